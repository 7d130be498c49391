package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Build-time targets: cold and warm, by default 15 and 5 minutes, overridden per repository
 * ({@code owner/name}) or per workflow of a repository ({@code owner/name/workflow}, the workflow
 * named as on GitHub, case and spaces-versus-dashes ignored). The most specific one applies.
 */
public record SloTargets(Duration cold, Duration warm, Map<String, Duration> overrides) {

    public static final SloTargets DEFAULT = new SloTargets(Duration.ofMinutes(15), Duration.ofMinutes(5), Map.of());

    public SloTargets {
        if (!cold.isPositive() || !warm.isPositive()) {
            throw new IllegalArgumentException("build-time targets must be above zero");
        }
        overrides = Map.copyOf(overrides);
    }

    /** The override key for a repository's or a workflow's target of a kind. */
    public static String key(String repoOrWorkflow, BuildKind kind) {
        return normalise(repoOrWorkflow) + "#" + kind.word();
    }

    public Duration target(RepoId repo, String workflow, BuildKind kind) {
        return Optional.ofNullable(overrides.get(key(repo.fullName() + "/" + workflow, kind)))
                .or(() -> Optional.ofNullable(overrides.get(key(repo.fullName(), kind))))
                .orElse(kind == BuildKind.COLD ? cold : warm);
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
