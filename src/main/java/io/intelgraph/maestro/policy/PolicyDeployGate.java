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
import java.util.Optional;

/**
 * The deploy gate: the chart as it would be deployed (rendered by real Helm with the PR's values)
 * against the {@code kubernetes} rules, and the PR's Dockerfile at its head commit against the
 * {@code docker} rules.
 */
public final class PolicyDeployGate implements DeployGate {

    /** Where the PR's Dockerfile comes from (the GitHub contents API, or a checkout). */
    @FunctionalInterface
    public interface DockerfileSource {
        Optional<String> dockerfile(RepoId repo, String ref) throws Exception;
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
        PolicyReport manifests = checker.checkManifests(chart.chart() + " (" + request.releaseName() + ")",
                chart.render(request, clock.instant()));
        findings.addAll(manifests.findings());
        errors.addAll(manifests.errors());
        documents += manifests.documents();
        try {
            Optional<String> dockerfile = dockerfiles.dockerfile(request.repo(), request.headSha());
            if (dockerfile.isPresent()) {
                PolicyReport image = checker.checkDockerfile(request.repo() + ":Dockerfile@" + request.headSha()
                        .substring(0, Math.min(7, request.headSha().length())), dockerfile.get());
                findings.addAll(image.findings());
                errors.addAll(image.errors());
                documents += image.documents();
            }
        } catch (Exception e) {
            errors.add(request.repo() + ":Dockerfile: " + e.getMessage());
        }
        return new PolicyReport(findings, documents, errors);
    }
}
