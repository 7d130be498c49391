package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.PolicyFinding;
import io.intelgraph.maestro.model.RepoId;
import io.intelgraph.maestro.model.WorkflowRun;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                new ChartRenderer(Path.of("helm/intelgraph")), (repo, ref) -> client.getFileText(repo, "Dockerfile", ref),
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
    void aRepositoryWithoutDockerfileChecksTheChartOnly() throws Exception {
        var report = gate().checkCommit(RepoId.parse("intelgraph-sim/nope"), "abc1234");
        assertTrue(report.passed(), report.toString());
        assertEquals(11, report.documents());
    }
}
