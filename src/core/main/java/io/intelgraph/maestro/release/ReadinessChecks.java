package io.intelgraph.maestro.release;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.ClusterEvent;
import io.intelgraph.maestro.model.preview.Preview;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Judges a release candidate: five checks, each with its reason. */
public final class ReadinessChecks {

    public static final String GREEN = "Default branch green";
    public static final String FINDINGS = "No undecided critical/high findings";
    public static final String SIGNED = "Artifacts signed and verified";
    public static final String POLICY = "Policy gate";
    public static final String PREVIEWS = "Previews of the release's PRs";

    private ReadinessChecks() {
    }

    public static Readiness judge(ReadinessInputs in) {
        return new Readiness(List.of(green(in), findings(in), signed(in), policy(in), previews(in)));
    }

    static ReadinessCheck green(ReadinessInputs in) {
        String branch = in.defaultBranch();
        if (in.defaultBranchRuns().value().isEmpty()) {
            return ReadinessCheck.unknown(GREEN, in.defaultBranchRuns().missing());
        }
        List<WorkflowRun> runs = in.defaultBranchRuns().value().get();
        if (runs.isEmpty()) {
            return ReadinessCheck.unknown(GREEN, "no workflow has run on " + branch + " yet");
        }
        List<WorkflowRun> red = runs.stream().filter(r -> !r.state().isActive()
                && r.state() != BuildState.PASSED && r.state() != BuildState.SKIPPED).toList();
        if (!red.isEmpty()) {
            return ReadinessCheck.fail(GREEN, red.stream().map(r -> r.workflowName() + " #" + r.runNumber() + " "
                    + r.state().word().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + " on " + branch);
        }
        List<WorkflowRun> going = runs.stream().filter(r -> r.state().isActive()).toList();
        if (!going.isEmpty()) {
            return ReadinessCheck.unknown(GREEN, describe(going) + " still running on " + branch);
        }
        List<WorkflowRun> older = runs.stream()
                .filter(r -> !r.headSha().equals(in.candidateSha())).toList();
        if (!older.isEmpty()) {
            return ReadinessCheck.unknown(GREEN, describe(older) + " ran on an older commit than the candidate "
                    + shortSha(in.candidateSha()));
        }
        return ReadinessCheck.pass(GREEN, "the latest " + describe(runs) + " on " + branch + " passed");
    }

    static ReadinessCheck findings(ReadinessInputs in) {
        if (in.candidateEvidence().value().isEmpty()) {
            return ReadinessCheck.unknown(FINDINGS, in.candidateEvidence().missing());
        }
        List<RunEvidence> evidence = in.candidateEvidence().value().get();
        if (evidence.stream().allMatch(e -> e.scans().isEmpty())) {
            return ReadinessCheck.unknown(FINDINGS, "no run of " + shortSha(in.candidateSha()) + " published a scan report");
        }
        List<Finding> serious = evidence.stream().flatMap(e -> e.findings().stream())
                .filter(f -> f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH).toList();
        List<String> undecided = serious.stream().map(Finding::id).filter(id -> !in.decidedFindings().contains(id))
                .distinct().sorted().toList();
        long decided = serious.stream().map(Finding::id).distinct().filter(in.decidedFindings()::contains).count();
        if (!undecided.isEmpty()) {
            return ReadinessCheck.fail(FINDINGS, undecided.size() + " critical/high finding"
                    + (undecided.size() == 1 ? "" : "s") + " without a fix decision: " + first(undecided, 4)
                    + " (fix them, or record the decision in .trivyignore)");
        }
        return ReadinessCheck.pass(FINDINGS, serious.isEmpty() ? "the scan found no critical or high finding"
                : decided + " critical/high finding" + (decided == 1 ? " has" : "s have") + " a decision in .trivyignore");
    }

    static ReadinessCheck signed(ReadinessInputs in) {
        if (in.candidateEvidence().value().isEmpty()) {
            return ReadinessCheck.unknown(SIGNED, in.candidateEvidence().missing());
        }
        List<RunEvidence> evidence = in.candidateEvidence().value().get();
        List<SignatureState> states = evidence.stream().map(RunEvidence::signatureState).toList();
        if (states.contains(SignatureState.UNVERIFIED)) {
            return ReadinessCheck.fail(SIGNED, "a provenance bundle of " + runsWith(evidence, SignatureState.UNVERIFIED)
                    + " does not verify");
        }
        if (states.contains(SignatureState.COULD_NOT_VERIFY)) {
            return ReadinessCheck.unknown(SIGNED, "the signature of " + runsWith(evidence, SignatureState.COULD_NOT_VERIFY)
                    + " could not be checked");
        }
        if (!states.contains(SignatureState.VERIFIED)) {
            return ReadinessCheck.fail(SIGNED, "no run of " + shortSha(in.candidateSha()) + " published a signed provenance bundle");
        }
        return ReadinessCheck.pass(SIGNED, "the provenance of " + runsWith(evidence, SignatureState.VERIFIED) + " verifies");
    }

    static ReadinessCheck policy(ReadinessInputs in) {
        if (in.policy().value().isEmpty()) {
            return ReadinessCheck.unknown(POLICY, in.policy().missing());
        }
        PolicyVerdict verdict = in.policy().value().get();
        OptionalInt denies = verdict.standingDenies();
        if (denies.isEmpty()) {
            return ReadinessCheck.unknown(POLICY, "nothing could be checked at " + shortSha(verdict.sha()) + " ("
                    + verdict.errors() + " file" + (verdict.errors() == 1 ? "" : "s") + " could not be read)");
        }
        if (denies.getAsInt() > 0) {
            return ReadinessCheck.fail(POLICY, denies.getAsInt() + " den" + (denies.getAsInt() == 1 ? "y" : "ies")
                    + " at " + shortSha(verdict.sha()));
        }
        return ReadinessCheck.pass(POLICY, "passes at " + shortSha(verdict.sha())
                + (verdict.warnings() > 0 ? " (" + verdict.warnings() + " warnings)" : ""));
    }

    static ReadinessCheck previews(ReadinessInputs in) {
        if (in.previews().value().isEmpty()) {
            return ReadinessCheck.skipped(PREVIEWS, in.previews().missing());
        }
        List<Preview> failing = in.previews().value().get().stream()
                .filter(p -> in.pullRequests().contains(p.prNumber()) && failing(p)).toList();
        if (!failing.isEmpty()) {
            return ReadinessCheck.fail(PREVIEWS, failing.stream().map(p -> "#" + p.prNumber() + " (" + p.namespace() + ")")
                    .collect(Collectors.joining(", ")) + (failing.size() == 1 ? " is" : " are") + " still failing");
        }
        return ReadinessCheck.pass(PREVIEWS, in.pullRequests().isEmpty() ? "the release names no PR"
                : "no preview of the release's " + in.pullRequests().size() + " PR"
                        + (in.pullRequests().size() == 1 ? "" : "s") + " is failing");
    }

    /** Failing: not ready, not going away, and a pod failed, restarted or the cluster warned. */
    static boolean failing(Preview p) {
        return !p.ready() && !p.terminating() && (p.podPhases().getOrDefault("Failed", 0) > 0 || p.restarts() > 0
                || p.events().stream().anyMatch(ClusterEvent::warning));
    }

    private static String describe(List<WorkflowRun> runs) {
        return runs.stream().map(r -> r.workflowName() + " #" + r.runNumber()).collect(Collectors.joining(", "));
    }

    private static String runsWith(List<RunEvidence> evidence, SignatureState state) {
        return evidence.stream().filter(e -> e.signatureState() == state).map(e -> "run " + e.runId())
                .collect(Collectors.joining(", "));
    }

    private static String first(List<String> ids, int n) {
        return String.join(", ", ids.subList(0, Math.min(n, ids.size()))) + (ids.size() > n ? " and " + (ids.size() - n) + " more" : "");
    }

    static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
