package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.PolicyFinding;
import io.intelgraph.maestro.model.PolicyReport;
import io.intelgraph.maestro.model.RepoId;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.DeployGate;
import io.intelgraph.maestro.preview.PreviewRequest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The deploy gate: the chart as it would be deployed (rendered by real Helm with the PR's values)
 * against the {@code kubernetes} rules, and the repository's Dockerfiles at the PR's head commit
 * against the {@code docker} rules.
 */
public final class PolicyDeployGate implements DeployGate {

    /** A repository's Dockerfiles by path, and what could not be read. */
    public record Dockerfiles(java.util.Map<String, String> byPath, List<String> problems) {
        public Dockerfiles {
            byPath = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPath));
            problems = List.copyOf(problems);
        }

        public static Dockerfiles none() {
            return new Dockerfiles(java.util.Map.of(), List.of());
        }
    }

    /** Where a repository's Dockerfiles come from (the GitHub API — {@link GitHubDockerfiles} — or a checkout). */
    @FunctionalInterface
    public interface DockerfileSource {
        Dockerfiles dockerfiles(RepoId repo, String ref) throws Exception;
    }

    private final PolicyChecker checker;
    private final ChartRenderer chart;
    private final DockerfileSource dockerfiles;
    private final Clock clock;

    public PolicyDeployGate(PolicyChecker checker, ChartRenderer chart, DockerfileSource dockerfiles, Clock clock) {
        this.checker = checker;
        this.chart = chart;
        this.dockerfiles = dockerfiles;
        this.clock = clock;
    }

    @Override
    public PolicyReport check(PreviewRequest request) {
        List<PolicyFinding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int documents = 0;
        int successes = 0;
        PolicyReport manifests = checker.checkManifests(chart.chart() + " (" + request.releaseName() + ")",
                chart.render(request, clock.instant()));
        findings.addAll(manifests.findings());
        errors.addAll(manifests.errors());
        documents += manifests.documents();
        successes += manifests.successes();
        String at = "@" + request.headSha().substring(0, Math.min(7, request.headSha().length()));
        try {
            Dockerfiles found = dockerfiles.dockerfiles(request.repo(), request.headSha());
            for (var file : found.byPath().entrySet()) {
                PolicyReport image = checker.checkDockerfile(request.repo() + ":" + file.getKey() + at, file.getValue());
                findings.addAll(image.findings());
                errors.addAll(image.errors());
                documents += image.documents();
                successes += image.successes();
            }
            found.problems().forEach(problem -> errors.add(request.repo() + at + ": " + problem));
        } catch (Exception e) {
            errors.add(request.repo() + at + ": Dockerfiles could not be read: " + e.getMessage());
        }
        return new PolicyReport(findings, documents, successes, errors);
    }
}
