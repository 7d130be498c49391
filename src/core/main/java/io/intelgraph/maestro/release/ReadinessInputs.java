package io.intelgraph.maestro.release;

import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.Preview;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts a release's readiness is judged on, gathered by whoever has them (the HUD from its
 * snapshot, the CLI from one sync).
 *
 * @param defaultBranchRuns the latest run of each workflow on the default branch, or why they could not be read
 * @param candidateEvidence the reports of the candidate's runs, or why they could not be read
 * @param decidedFindings finding ids with a recorded decision (the candidate's {@code .trivyignore})
 * @param policy the policy check of the candidate, or why there is none
 * @param previews the previews on the cluster, or why they were not read
 * @param pullRequests the PRs merged into the release
 */
public record ReadinessInputs(String defaultBranch, String candidateSha, Fact<List<WorkflowRun>> defaultBranchRuns,
        Fact<List<RunEvidence>> candidateEvidence, Set<String> decidedFindings, Fact<PolicyVerdict> policy,
        Fact<List<Preview>> previews, Set<Integer> pullRequests) {

    public ReadinessInputs {
        decidedFindings = Set.copyOf(decidedFindings);
        pullRequests = Set.copyOf(pullRequests);
    }

    /** A fact that was read, or the sentence saying why it was not. */
    public record Fact<T>(Optional<T> value, String missing) {

        public static <T> Fact<T> of(T value) {
            return new Fact<>(Optional.of(value), "");
        }

        public static <T> Fact<T> missing(String why) {
            return new Fact<>(Optional.empty(), why);
        }
    }
}
