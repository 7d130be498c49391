package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.preview.DeployGate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deploy gate: the chart as it would be deployed (rendered by real Helm with the PR's values)
 * against the {@code kubernetes} rules, and the repository's Dockerfiles at the PR's head commit
 * against the {@code docker} rules.
 */
public final class PolicyDeployGate implements DeployGate {

    /** A repository's Dockerfiles by path, and what could not be read. */
    public record Dockerfiles(Map<String, String> byPath, List<String> problems) {
        public Dockerfiles {
            byPath = Collections.unmodifiableMap(new LinkedHashMap<>(byPath));
            problems = List.copyOf(problems);
        }

        public static Dockerfiles none() {
            return new Dockerfiles(Map.of(), List.of());
        }

        /**
         * The first {@value GitHubDockerfiles#MAX} of {@code paths}, read in order (to stay within the API
         * budget); one that cannot be read, and those past the limit, are problems, after {@code notes}.
         */
        static Dockerfiles read(List<String> paths, Reader reader, List<String> notes) throws Exception {
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>(notes);
            for (String path : paths.subList(0, Math.min(GitHubDockerfiles.MAX, paths.size()))) {
                reader.text(path).ifPresentOrElse(text -> texts.put(path, text),
                        () -> problems.add(path + ": listed in the tree but not readable"));
            }
            if (paths.size() > GitHubDockerfiles.MAX) {
                problems.add((paths.size() - GitHubDockerfiles.MAX) + " more Dockerfiles were not checked (at most "
                        + GitHubDockerfiles.MAX + " are read)");
            }
            return new Dockerfiles(texts, problems);
        }

        /** Reads one Dockerfile by its path; empty when it cannot be read. */
        @FunctionalInterface
        interface Reader {
            Optional<String> text(String path) throws Exception;
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
        PolicyReport report = checker.checkManifests(chart.chart() + " (" + request.releaseName() + ")",
                chart.render(request, clock.instant()));
        String at = "@" + request.headSha().substring(0, Math.min(7, request.headSha().length()));
        try {
            Dockerfiles found = dockerfiles.dockerfiles(request.repo(), request.headSha());
            for (var file : found.byPath().entrySet()) {
                report = report.plus(checker.checkDockerfile(request.repo() + ":" + file.getKey() + at, file.getValue()));
            }
            List<String> problems = found.problems().stream().map(problem -> request.repo() + at + ": " + problem).toList();
            return report.plus(new PolicyReport(List.of(), 0, List.of(), problems));
        } catch (Exception e) {
            return report.plus(new PolicyReport(List.of(), 0, List.of(),
                    List.of(request.repo() + at + ": Dockerfiles could not be read: " + e.getMessage())));
        }
    }
}
