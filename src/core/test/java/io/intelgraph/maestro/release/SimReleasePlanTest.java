package io.intelgraph.maestro.release;

import com.github.zafarkhaja.semver.Version;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.PollPlanner;
import io.intelgraph.maestro.github.PollTargets;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Release plans of the simulated organisation, through the real client and the simulator's endpoints. */
class SimReleasePlanTest {

    @TempDir
    Path configDir;

    private final SimHarness sim = new SimHarness(42);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private BuildPlane plane;
    private ReleasePlanner planner;

    @BeforeEach
    void sync() throws Exception {
        plane = new BuildPlane(sim.clock, Clock.systemUTC(), SourceHealth.connecting("sim", true), Runnable::run);
        new GitHubPoller(sim.client(), plane, new PollTargets(List.of(), List.of("api-gateway", "auth-service",
                        "billing-engine", "build-hud", "catalog-service").stream().map(n -> RepoId.parse("intelgraph-sim/" + n)).toList()),
                PollPlanner.defaults(), executor, Clock.systemUTC(), 50, 1).syncOnce();
        planner = new ReleasePlanner(sim.client(), new EvidenceCollector(sim.client(), 64L << 20),
                CandidatePolicy.fromSnapshot());
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        plane.close();
        sim.close();
    }

    private ReleasePlan plan(String name, Optional<String> channel) throws Exception {
        BuildSnapshot snapshot = plane.snapshot();
        return planner.plan(RepoId.parse("intelgraph-sim/" + name), snapshot,
                ReadinessInputs.Fact.missing("no cluster in this test"), channel);
    }

    @Test
    void aReleasedRepositoryCountsFromItsLastTag() throws Exception {
        ReleasePlan plan = plan("api-gateway", Optional.empty()); // index 0: v1.4.1, a feature and its revert since
        assertEquals("v1.4.1", plan.base().orElseThrow().tag());
        assertEquals("v1.4.1", plan.latestRelease().orElseThrow().tagName());
        assertTrue(plan.commits().size() > 6, "six historical commits and the world's pushes on main");
        assertEquals(2, plan.changelog().section(ChangelogSection.REVERTED).size(), "the feature and its revert cancel out");
        assertTrue(plan.nextTag().isPresent(), plan.verdictSentence());
        assertFalse(plan.changelog().section(ChangelogSection.UNCONVENTIONAL).isEmpty(), "Merge and Update README are listed");
        assertEquals(plan.commits().get(plan.commits().size() - 1).commit().sha(), plan.candidateSha());
        assertEquals(5, plan.readiness().checks().size());
        assertEquals(ReadinessCheck.Verdict.SKIPPED, plan.readiness().checks().get(4).verdict());
        assertEquals(ReadinessCheck.Verdict.UNKNOWN, plan.readiness().checks().get(3).verdict(), "no policy check in the snapshot");
    }

    @Test
    void beforeOneABreakingChangeReachesOne() throws Exception {
        ReleasePlan plan = plan("auth-service", Optional.empty()); // index 1: v0.9.3, then a BREAKING CHANGE footer
        assertEquals("v0.9.3", plan.base().orElseThrow().tag());
        assertEquals(Bump.MAJOR, plan.bump());
        assertEquals(Optional.of("v1.0.0"), plan.nextTag());
    }

    @Test
    void aRepositoryNeverReleasedStartsAtOne() throws Exception {
        ReleasePlan plan = plan("billing-engine", Optional.empty()); // index 2
        assertTrue(plan.base().isEmpty());
        assertTrue(plan.latestRelease().isEmpty());
        assertEquals(Optional.of(Version.parse("1.0.0")), plan.next());
    }

    @Test
    void aBetaChannelGoesOnFromItsLastPreRelease() throws Exception {
        ReleasePlan release = plan("build-hud", Optional.empty()); // index 3: v2.1.0, then v3.0.0-beta.1 and beta.2
        assertEquals("v2.1.0", release.base().orElseThrow().tag());
        ReleasePlan beta = plan("build-hud", Optional.of("beta"));
        assertEquals("v3.0.0-beta.2", beta.base().orElseThrow().tag());
        assertEquals(Optional.of("v3.0.0-beta.3"), beta.nextTag());
    }

    @Test
    void aDraftIsCreatedAuditedAndNeverPublished() throws Exception {
        ReleasePlan plan = plan("catalog-service", Optional.empty()); // index 4: v4.3.0 and a feat(api)! since
        assertEquals(Optional.of("v5.0.0"), plan.nextTag());
        assertEquals(Optional.of(true), plan.canPush(), "the simulated token may push");
        AuditLog audit = new AuditLog(configDir, Clock.systemUTC());
        var draft = new DraftReleaser(sim.client(), audit).createDraft(plan, "tester@cli");
        assertTrue(draft.draft());
        assertEquals("v5.0.0", draft.tagName());
        String created = sim.server.createdReleases().get(0);
        assertTrue(created.contains("\"draft\":true"), created);
        assertTrue(created.contains("### ⚠ Breaking changes"), created);
        String log = Files.readString(audit.file());
        assertTrue(log.contains("\"action\":\"release.create-draft\""), log);
        assertTrue(log.contains("\"target\":\"intelgraph-sim/catalog-service v5.0.0\""), log);
        assertTrue(log.contains("draft created"), log);
    }

    @Test
    void withoutWriteAccessNothingIsAskedAndTheRefusalIsAudited() throws Exception {
        ReleasePlan plan = plan("catalog-service", Optional.empty());
        ReleasePlan readOnly = new ReleasePlan(plan.repo(), plan.defaultBranch(), Optional.of(false), plan.latestRelease(),
                plan.latestTag(), plan.base(), plan.candidateSha(), plan.commits(), plan.truncated(), plan.changelog(),
                plan.next(), plan.nextTag(), plan.channel(), plan.readiness());
        AuditLog audit = new AuditLog(configDir, Clock.systemUTC());
        DraftReleaser.RefusedException refused = assertThrows(DraftReleaser.RefusedException.class,
                () -> new DraftReleaser(sim.client(), audit).createDraft(readOnly, "tester@cli"));
        assertTrue(refused.getMessage().startsWith("You have no write access to intelgraph-sim/catalog-service"));
        assertTrue(sim.server.createdReleases().isEmpty());
        assertTrue(Files.readString(audit.file()).contains("\"outcome\":\"refused: You have no write access"));
    }
}
