package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.policy.PolicyFinding;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate reads the repository's Dockerfile through the real client (contents API) and renders the chart. */
class PolicyDeployGateTest {

    private final SimHarness sim = new SimHarness(42);

    @AfterEach
    void stop() {
        sim.close();
    }

    private PolicyDeployGate gate() throws Exception {
        var client = sim.client();
        return new PolicyDeployGate(new PolicyChecker(InProcessPolicyEngine.load(Path.of("policy")), Optional.empty()),
                new ChartRenderer(Path.of("helm/intelgraph")), new GitHubDockerfiles(client),
                Clock.systemUTC());
    }

    private String headOfMain(RepoId repo) throws Exception {
        return sim.client().listRuns(repo, 50, 1).value().stream().filter(r -> r.headBranch().equals("main"))
                .map(WorkflowRun::headSha).findFirst().orElseThrow();
    }

    @Test
    void aHardenedRepositoryPasses() throws Exception {
        RepoId repo = RepoId.parse("intelgraph-sim/api-gateway");
        var report = gate().checkCommit(repo, headOfMain(repo));
        assertTrue(report.passed(), report.toString());
        assertEquals(12, report.documents(), "11 chart objects and the Dockerfile");
    }

    @Test
    void aLegacyDockerfileIsDeniedWithItsLines() throws Exception {
        RepoId repo = RepoId.parse("intelgraph-sim/billing-engine");
        var report = gate().checkCommit(repo, headOfMain(repo));
        assertEquals(7, report.denies());
        PolicyFinding secret = report.findings().stream().filter(f -> f.message().startsWith("ENV NPM_TOKEN"))
                .findFirst().orElseThrow();
        assertEquals(3, secret.line());
        assertTrue(secret.file().startsWith("intelgraph-sim/billing-engine:Dockerfile@"), secret.file());
    }

    @Test
    void everyDockerfileOfTheRepositoryIsChecked() throws Exception {
        // auth-service ships a second image, services/worker/Dockerfile, whose bases are pinned by tag only.
        RepoId repo = RepoId.parse("intelgraph-sim/auth-service");
        String sha = headOfMain(repo);
        var report = gate().checkCommit(repo, sha);
        assertTrue(report.passed(), report.toString());
        assertEquals(13, report.documents(), "11 chart objects and two Dockerfiles");
        String worker = "intelgraph-sim/auth-service:services/worker/Dockerfile@" + sha.substring(0, 7);
        var warnings = report.findings().stream().filter(f -> f.file().equals(worker)).toList();
        assertEquals(2, warnings.size(), report.findings().toString());
        assertTrue(warnings.stream().allMatch(f -> f.severity() == PolicyFinding.Severity.WARN
                && f.message().contains("pinned by tag only")), warnings.toString());
    }

    @Test
    void aRepositoryThatCannotBeReadIsNotAPass() throws Exception {
        var report = gate().checkCommit(RepoId.parse("intelgraph-sim/nope"), "abc1234");
        assertEquals(11, report.documents(), "the chart is still checked");
        assertFalse(report.passed());
        assertTrue(report.errors().get(0).startsWith("intelgraph-sim/nope@abc1234: Dockerfiles could not be read: Not found"),
                report.errors().toString());
    }
}
