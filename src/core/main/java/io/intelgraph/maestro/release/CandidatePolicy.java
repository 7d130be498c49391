package io.intelgraph.maestro.release;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.policy.GitHubDockerfiles;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import io.intelgraph.maestro.policy.PolicyData;
import io.intelgraph.maestro.policy.PolicyDeployGate;
import io.intelgraph.maestro.rego.RegoException;
import io.intelgraph.maestro.store.BuildSnapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The policy gate's word on a release candidate. */
@FunctionalInterface
public interface CandidatePolicy {

    ReadinessInputs.Fact<PolicyVerdict> check(RepoId repo, String sha, BuildSnapshot snapshot);

    /** The verdict the HUD already has for the commit (the gate checks a commit when its preview is deployed). */
    static CandidatePolicy fromSnapshot() {
        return (repo, sha, snapshot) -> Optional.ofNullable(snapshot.policyVerdicts().get(PolicyVerdict.key(repo, sha)))
                .map(ReadinessInputs.Fact::of)
                .orElseGet(() -> ReadinessInputs.Fact.missing("no policy check of " + ReadinessChecks.shortSha(sha)
                        + " has run (the gate checks a commit when its preview is deployed; `maestro release plan` checks it)"));
    }

    /**
     * {@code load}ed when first asked — the Release view's first plan — rather than when the window starts: compiling
     * the policies took ~14 ms of the start's main thread, for a view opened later or never. Two first checks at once
     * may both load; the first to finish is kept.
     */
    static CandidatePolicy loadedOnFirstCheck(Supplier<CandidatePolicy> load) {
        AtomicReference<CandidatePolicy> loaded = new AtomicReference<>();
        return (repo, sha, snapshot) -> {
            CandidatePolicy policy = loaded.get();
            if (policy == null) {
                loaded.compareAndSet(null, load.get());
                policy = loaded.get();
            }
            return policy.check(repo, sha, snapshot);
        };
    }

    /**
     * The deploy gate's policies ({@code policyDir}, with {@code policyData}) over the candidate's
     * Dockerfiles read through GitHub; without a policy directory, the verdicts the HUD has.
     */
    static CandidatePolicy of(Path policyDir, List<Path> policyData, GitHubClient github) throws IOException, RegoException {
        if (!Files.isDirectory(policyDir)) {
            return fromSnapshot();
        }
        PolicyChecker checker = new PolicyChecker(InProcessPolicyEngine.load(policyDir).withData(PolicyData.load(policyData)),
                Optional.empty());
        return checking(checker, new GitHubDockerfiles(github), Clock.systemUTC());
    }

    /** Checks the candidate's Dockerfiles against the policies, as the deploy gate does, unless the HUD has a verdict. */
    static CandidatePolicy checking(PolicyChecker checker, PolicyDeployGate.DockerfileSource dockerfiles, Clock clock) {
        return (repo, sha, snapshot) -> {
            ReadinessInputs.Fact<PolicyVerdict> known = fromSnapshot().check(repo, sha, snapshot);
            if (known.value().isPresent()) {
                return known;
            }
            String at = "@" + ReadinessChecks.shortSha(sha);
            PolicyReport report = new PolicyReport(List.of(), 0, List.of(), List.of());
            try {
                PolicyDeployGate.Dockerfiles found = dockerfiles.dockerfiles(repo, sha);
                for (var file : found.byPath().entrySet()) {
                    report = report.plus(checker.checkDockerfile(repo + ":" + file.getKey() + at, file.getValue()));
                }
                report = report.plus(new PolicyReport(List.of(), 0, List.of(), found.problems()));
            } catch (Exception e) {
                return ReadinessInputs.Fact.missing("the Dockerfiles of " + repo + at + " could not be read: " + e.getMessage());
            }
            return ReadinessInputs.Fact.of(PolicyVerdict.of(repo, sha, report, clock.instant()));
        };
    }
}
