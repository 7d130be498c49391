package io.intelgraph.maestro.policy;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.rego.RegoPolicy;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** policy/: its own Rego unit tests pass, its hardened examples and the chart in helm/ pass it. */
class PolicyDirectoryTest {

    private static RegoPolicy policy;

    @BeforeAll
    static void compile() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> rego = Files.list(Path.of("policy"))) {
            for (Path file : rego.filter(p -> p.toString().endsWith(".rego")).sorted().toList()) {
                files.put(file.toString(), Files.readString(file));
            }
        }
        policy = RegoPolicy.compile(files);
    }

    private static List<Map<String, Object>> dockerfile(Path file) throws IOException {
        return new DockerfileParser().parse(Files.readString(file)).stream().map(DockerInstruction::toInput).toList();
    }

    @Test
    void everyRegoUnitTestPasses() {
        var results = policy.runTests();
        assertTrue(results.size() >= 35, "tests found: " + results.size());
        var failed = results.stream().filter(r -> !r.passed()).toList();
        assertEquals(List.of(), failed);
        assertTrue(results.stream().anyMatch(r -> r.pkg().equals("docker")));
        assertTrue(results.stream().anyMatch(r -> r.pkg().equals("kubernetes")));
    }

    @Test
    void theHardenedExampleDockerfilesPass() throws IOException {
        for (String example : List.of("policy/examples/Dockerfile.server", "policy/examples/Dockerfile.client")) {
            var input = dockerfile(Path.of(example));
            assertEquals(Optional.of(List.of()), policy.evaluate("docker", "deny", input, null), example);
            assertEquals(Optional.of(List.of()), policy.evaluate("docker", "warn", input, null), example);
        }
    }

    @Test
    void theChartPassesTheKubernetesPolicy() {
        String manifests = new ChartRenderer(Path.of("helm/intelgraph")).render(new PreviewRequest(
                RepoId.parse("intelgraph/intelgraph"), 7, "abc1234", Duration.ofHours(24)), Instant.parse("2026-11-25T00:00:00Z"));
        try (var client = new KubernetesClientBuilder().build()) {
            var objects = client.load(new ByteArrayInputStream(manifests.getBytes(StandardCharsets.UTF_8))).items();
            assertEquals(11, objects.size());
            for (var object : objects) {
                Object input = Serialization.unmarshal(Serialization.asJson(object), Map.class);
                assertEquals(Optional.of(List.of()), policy.evaluate("kubernetes", "deny", input, null),
                        object.getKind() + "/" + object.getMetadata().getName());
            }
        }
    }

    @Test
    void conftestsExampleDockerfileFailsTheHardeningPolicy() {
        var input = new DockerfileParser().parse(new String(Fixtures.bytes("conftest/docker/Dockerfile"),
                StandardCharsets.UTF_8)).stream().map(DockerInstruction::toInput).toList();
        @SuppressWarnings("unchecked")
        List<String> denials = (List<String>) policy.evaluate("docker", "deny", input, null).orElseThrow();
        assertEquals(List.of(
                "Base image openjdk:8-jdk-alpine is pinned by tag only: add @sha256:<digest> for a reproducible build"),
                policy.evaluate("docker", "warn", input, null).map(w -> ((List<?>) w).stream()
                        .filter(m -> m.toString().startsWith("Base")).toList()).orElseThrow());
        assertTrue(denials.contains("Use a multi-stage build: compile in one stage, ship only the result from a minimal final stage"));
        assertTrue(denials.contains("The final stage must set a non-root USER"));
        assertTrue(denials.contains("The final stage must declare a HEALTHCHECK"));
        assertTrue(denials.stream().anyMatch(d -> d.startsWith("Final stage runs on openjdk:8-jdk-alpine")));
    }
}
