package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code release plan} and {@code release create --draft} against the simulator. */
class ReleaseCommandTest {

    @TempDir
    Path configDir;

    private CliRun run(String stdin, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("MAESTRO_CONFIG_DIR", configDir.toString());
        env.put("USER", "rm");
        return CliRun.run(env, stdin, args);
    }

    @Test
    void planOfOneRepositoryAsTextAndJson() throws Exception {
        CliRun text = run("", "release", "plan", "--sim", "--repo", "intelgraph-sim/auth-service");
        assertTrue(text.out().startsWith("Source: SIMULATED build plane"), text.out());
        assertTrue(text.out().contains("intelgraph-sim/auth-service  "), text.out());
        assertTrue(text.out().contains("v1.0.0"), "a breaking change before 1.0 reaches 1.0.0: " + text.out());
        assertTrue(text.out().contains("Default branch green — "), text.out());
        assertTrue(text.out().contains("SKIPPED  Previews of the release's PRs — " + ReleasePreviews.NO_CLUSTER), text.out());
        assertTrue(text.out().contains("Not following the convention\n    - Merge pull request #"), text.out());

        CliRun json = run("", "release", "plan", "--sim", "--repo", "intelgraph-sim/auth-service", "--json");
        JsonNode plan = new ObjectMapper().readTree(json.out()).at("/plans/0");
        assertEquals("intelgraph-sim/auth-service", plan.get("repo").asText());
        assertEquals("v1.0.0", plan.get("nextTag").asText());
        assertEquals("major", plan.get("bump").asText());
        assertEquals("v0.9.3", plan.get("base").asText());
        assertEquals(5, plan.get("checks").size());
        assertTrue(plan.at("/changelog/breaking/0/header").asText().startsWith("fix(auth): reject tokens without an audience"));
        assertTrue(plan.get("notes").asText().startsWith("## v1.0.0 (since v0.9.3)"));
        assertEquals(json.exit() == 0, plan.get("ready").asBoolean(), "exit 0 only when ready: " + json.exit());
    }

    @Test
    void planReadsTheClustersPreviewsAndIsBlockedOnlyByAFailingOneOfThisRepository() throws Exception {
        String repo = "intelgraph-sim/auth-service";
        try (PreviewRuntime hud = hudOnTheSimulatedCluster()) {
            JsonNode clean = plan(repo);
            JsonNode previews = check(clean, "Previews of the release's PRs");
            assertEquals("pass", previews.get("verdict").asText(), previews.toString());
            assertTrue(previews.get("reason").asText().matches("no preview of the release's \\d+ PRs? is failing"),
                    previews.toString());
            int pr = clean.findValues("pullRequest").get(0).asInt();

            // The same PR number in another repository is not this release's.
            failingPreview(hud, "pr-" + pr, pr, "other-org.other-repo");
            assertEquals("pass", check(plan(repo), "Previews of the release's PRs").get("verdict").asText());

            // The namespace becomes this repository's PR's (its pod still failed).
            hud.client().namespaces().withName("pr-" + pr).edit(n -> {
                n.getMetadata().getLabels().put(PreviewLabels.REPO, PreviewLabels.repoLabel(repo));
                return n;
            });
            JsonNode blocked = check(plan(repo), "Previews of the release's PRs");
            assertEquals("fail", blocked.get("verdict").asText(), blocked.toString());
            assertEquals("#" + pr + " (pr-" + pr + ") is still failing", blocked.get("reason").asText());
        }
    }

    private JsonNode plan(String repo) throws Exception {
        CliRun json = run("", "release", "plan", "--sim", "--sim-cluster", "--repo", repo, "--json");
        assertTrue(json.exit() == 0 || json.exit() == 3, json.err());
        return new ObjectMapper().readTree(json.out()).at("/plans/0");
    }

    private static JsonNode check(JsonNode plan, String name) {
        for (JsonNode check : plan.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + plan);
    }

    /** A HUD window's simulated cluster, its address shared with the commands through the config directory. */
    private PreviewRuntime hudOnTheSimulatedCluster() throws Exception {
        var config = new ConfigLoader(Map.of(), configDir).load(
                new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null, true, null));
        return PreviewRuntime.create(config, Duration.ofMillis(500), true);
    }

    /** A preview of PR {@code pr} whose pod failed (as a crashing image leaves it), made behind the HUD's back. */
    private static void failingPreview(PreviewRuntime hud, String namespace, int pr, String repoLabel) {
        Map<String, String> labels = new HashMap<>(PreviewLabels.selector());
        labels.put(PreviewLabels.PR, Integer.toString(pr));
        labels.put(PreviewLabels.REPO, repoLabel);
        hud.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .withLabels(labels).endMetadata().build()).create();
        hud.client().pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName("server-0")
                .withLabels(Map.of(PreviewLabels.PREVIEW, "true")).endMetadata().withNewStatus().withPhase("Failed").endStatus().build()).create();
    }

    @Test
    void createAsksForTheTagAndMakesADraftOnlyWhenItIsTyped() throws Exception {
        CliRun cancelled = run("v5.0.0x\n", "release", "create", "--draft", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(1, cancelled.exit());
        assertTrue(cancelled.out().contains("Type v5.0.0 to confirm: "), cancelled.out());
        assertTrue(cancelled.err().contains("Cancelled: nothing was created."), cancelled.err());
        assertFalse(Files.exists(configDir.resolve("audit.log")), "nothing done, nothing audited");

        CliRun created = run("v5.0.0\n", "release", "create", "--draft", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(0, created.exit(), created.err());
        assertTrue(created.out().contains("Created draft release v5.0.0: https://github.sim.local/intelgraph-sim/catalog-service/releases/edit/untagged-v5.0.0"),
                created.out());
        String audit = Files.readString(configDir.resolve("audit.log"));
        assertTrue(audit.contains("\"actor\":\"rm@cli\""), audit);
        assertTrue(audit.contains("\"action\":\"release.create-draft\""), audit);
    }

    @Test
    void createNeedsDraftAndOneRepository() {
        CliRun noDraft = run("", "release", "create", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(2, noDraft.exit());
        assertTrue(noDraft.err().contains("Missing required option: '--draft'"), noDraft.err());
        CliRun noRepo = run("", "release", "create", "--draft", "--sim");
        assertEquals(1, noRepo.exit());
        assertTrue(noRepo.err().contains("name the one repository to release: --repo OWNER/NAME"), noRepo.err());
        CliRun noTerminal = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), "",
                "release", "create", "--draft", "--sim", "--repo", "intelgraph-sim/catalog-service");
        assertEquals(1, noTerminal.exit());
        assertTrue(noTerminal.err().contains("no answer (no terminal): pass --yes"), noTerminal.err());
    }
}
