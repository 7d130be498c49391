package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The collector against the simulated GitHub over HTTP: artifacts listed, zips downloaded through
 * the storage redirect (which refuses a request carrying the token), reports read, problems named.
 */
class EvidenceCollectorTest {

    private final SimHarness sim = new SimHarness(42);
    private final GitHubClient github = sim.client();
    private final EvidenceCollector collector = new EvidenceCollector(github, 64L * 1024 * 1024);

    @AfterEach
    void close() {
        sim.close();
    }

    /** The newest completed run of each simulated repository (one per repository, so each repository's traits show). */
    private List<WorkflowRun> completedRuns() throws Exception {
        List<WorkflowRun> runs = new ArrayList<>();
        for (Repo repo : github.listRepos("intelgraph-sim").value()) {
            github.listRuns(repo.id(), 30, 1).value().stream().filter(r -> r.status() == RunStatus.COMPLETED)
                    .findFirst().ifPresent(runs::add);
        }
        return runs;
    }

    @Test
    void aFailedRunsEvidence() throws Exception {
        WorkflowRun failed = null;
        for (Repo repo : github.listRepos("intelgraph-sim").value()) {
            failed = github.listRuns(repo.id(), 30, 1).value().stream().filter(r -> r.conclusion() == Conclusion.FAILURE)
                    .findFirst().orElse(null);
            if (failed != null) {
                break;
            }
        }
        RunEvidence evidence = collector.collect(failed);

        assertEquals(2, evidence.sboms().size(), "the artifact's CycloneDX SBOM and the dependency graph's SPDX export");
        Sbom artifactSbom = evidence.sboms().get(0);
        assertEquals("sbom/app.cdx.json", artifactSbom.file());
        assertEquals(62, artifactSbom.components().size());
        Sbom graph = evidence.sboms().get(1);
        assertEquals(Sbom.Format.SPDX, graph.format());
        assertEquals("github/example@main", graph.subject(), "the package SPDXRef-DOCUMENT DESCRIBES");

        assertEquals(1, evidence.scans().size());
        assertEquals("trivy-report/trivy-results.json", evidence.scans().get(0).file());
        assertEquals(2, evidence.severityCounts().get(Severity.CRITICAL));
        assertEquals(4, evidence.severityCounts().get(Severity.MEDIUM));

        assertTrue(evidence.tests().size() >= 2, evidence.tests().toString());
        assertEquals(4, evidence.testCounts().get(TestOutcome.FAILED), "2 in Surefire's report, 2 in pytest's");
        assertEquals(2, evidence.testCounts().get(TestOutcome.PASSED));

        assertEquals(SignatureState.UNVERIFIED, evidence.signatureState(), "the failed run's provenance bundle is broken");
        assertTrue(evidence.checks().stream().anyMatch(c -> c.state() == BuildState.FAILED
                && c.annotations() == 1), "the failed job's check run, with its annotation: " + evidence.checks());
        assertEquals("DSSE signature was not valid", evidence.attestations().get(0).reason());
    }

    @Test
    void aGreenRunsEvidenceAndCodeScanning() throws Exception {
        List<WorkflowRun> green = completedRuns().stream().filter(r -> r.conclusion() == Conclusion.SUCCESS).toList();
        boolean sawAlerts = false;
        boolean sawScanningOff = false;
        for (WorkflowRun run : green.subList(0, Math.min(12, green.size()))) {
            RunEvidence evidence = collector.collect(run);
            assertEquals(2, evidence.scans().size(), "Trivy JSON and SARIF of the same scan");
            assertEquals(evidence.scans().get(0).severityCounts(), evidence.scans().get(1).severityCounts());
            assertEquals(evidence.scans().get(0).severityCounts(), evidence.severityCounts(), "the SARIF twin is not counted twice");
            // Surefire's flakyFailure, mocha's pass, go-junit-report's retried race + skip + pass.
            assertEquals(2, evidence.testCounts().get(TestOutcome.FLAKY));
            assertEquals(2, evidence.testCounts().get(TestOutcome.PASSED));
            assertEquals(1, evidence.testCounts().get(TestOutcome.SKIPPED));
            assertEquals(SignatureState.VERIFIED, evidence.signatureState(), evidence.attestations().toString());
            if (!evidence.alerts().isEmpty()) {
                sawAlerts = true;
                assertEquals(4, evidence.alerts().size());
                assertEquals("medium", evidence.alerts().get(0).severity());
                assertEquals("refs/heads/" + run.headBranch(), evidence.alerts().get(0).ref());
            } else {
                sawScanningOff = evidence.problems().stream().anyMatch(p -> p.startsWith("code scanning: not available (")
                        && p.contains("Advanced Security must be enabled")) || sawScanningOff;
            }
        }
        assertTrue(sawAlerts, "some repositories have code scanning");
        assertTrue(sawScanningOff, "others say it is off, as GitHub does");
    }

    @Test
    void aTruncatedReportIsAProblemAndTheRestIsRead() throws Exception {
        RunEvidence withCorrupt = null;
        for (WorkflowRun run : completedRuns()) {
            RunEvidence evidence = collector.collect(run);
            if (evidence.problems().stream().anyMatch(p -> p.contains("TEST-corrupt.CorruptTest.xml"))) {
                withCorrupt = evidence;
                break;
            }
        }
        assertTrue(withCorrupt != null, "one repository in seven ships a truncated Surefire report");
        String problem = withCorrupt.problems().stream().filter(p -> p.contains("CorruptTest")).findFirst().orElseThrow();
        assertTrue(problem.startsWith("test-results/surefire-reports/TEST-corrupt.CorruptTest.xml: not well-formed XML at line "),
                problem);
        assertTrue(withCorrupt.tests().size() >= 2, "the other reports of the artifact are still read");
        assertTrue(!withCorrupt.scans().isEmpty() && withCorrupt.sboms().size() == 2, "and the other artifacts too");
    }

    @Test
    void anAnonymousClientReadsTheSameAndTheTokenNeverReachesStorage() throws Exception {
        // With a token: storage would answer 400 if the token followed the redirect, and the artifact would be a problem.
        WorkflowRun run = completedRuns().get(0);
        RunEvidence withToken = collector.collect(run);
        assertTrue(withToken.problems().stream().noneMatch(p -> p.startsWith("artifact ")), withToken.problems().toString());
        RunEvidence anonymous = new EvidenceCollector(sim.client(Optional.empty()), 64L * 1024 * 1024).collect(run);
        assertEquals(withToken.sboms().get(0).components(), anonymous.sboms().get(0).components());
    }

    /** A run on a release tag also reads the release's assets: the SBOM and provenance published with it. */
    @Test
    void aReleaseRunReadsItsReleaseAssets() throws Exception {
        WorkflowRun run = completedRuns().get(0);
        WorkflowRun onTag = new WorkflowRun(run.id(), run.repo(), "Release", run.displayTitle(), "v1.4.0", run.headSha(),
                "release", run.status(), run.conclusion(), run.runNumber(), run.runAttempt(), run.createdAt(),
                run.runStartedAt(), run.updatedAt(), run.actor(), run.triggeringActor(), run.htmlUrl(), List.of());
        RunEvidence evidence = collector.collect(onTag);
        String repo = run.repo().name();
        assertTrue(evidence.sboms().stream().anyMatch(s -> s.file().equals("release v1.4.0/" + repo + ".cdx.json")
                && s.components().size() == 62), evidence.sboms().toString());
        var bundle = evidence.attestations().stream().filter(a -> a.file().startsWith("release v1.4.0/")).findFirst().orElseThrow();
        assertEquals(SignatureState.VERIFIED, bundle.state(), bundle.reason());
        assertTrue(evidence.problems().stream().noneMatch(p -> p.contains("linux-amd64")), "the binary is not a report: skipped");

        WorkflowRun onBranch = completedRuns().get(0);
        assertTrue(collector.collect(onBranch).sboms().stream().noneMatch(s -> s.file().startsWith("release ")),
                "a branch run has no release");
    }

    @Test
    void anArtifactOverTheLimitIsNotDownloaded() throws Exception {
        WorkflowRun run = completedRuns().get(0);
        RunEvidence evidence = new EvidenceCollector(github, 100).collect(run);
        assertEquals(1, evidence.sboms().size(), "only the dependency graph");
        assertTrue(evidence.problems().stream().anyMatch(p -> p.matches("artifact sbom: [0-9.]+ kB is over the 100 B limit, not downloaded")),
                evidence.problems().toString());
    }
}
