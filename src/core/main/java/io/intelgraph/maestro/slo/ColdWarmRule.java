package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.model.build.WorkflowRun;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a cold build from a warm one. Dependency caches are keyed on the hash of the lockfiles and
 * build files ({@code actions/cache} with {@code hashFiles('**}{@code /package-lock.json')}, setup-java's
 * {@code cache: maven} on {@code **}{@code /pom.xml}), so a build is cold when
 * <ol>
 * <li>the commits since the previous run of the workflow changed such a file (the key misses), or</li>
 * <li>there is no previous run to have filled the cache: none on the branch, and none on the default
 *     branch (GitHub lets a branch restore the default branch's caches, so a new branch's first run
 *     is warm when its build files match the default branch's), or</li>
 * <li>the previous run is older than 7 days (GitHub evicts caches unused for 7 days).</li>
 * </ol>
 * "First run on a branch" alone is not the rule: on GitHub that run restores the default branch's
 * cache. When the changed files cannot be read, the build counts as cold, the looser target, so a
 * gap in the facts never raises a false alarm.
 */
public final class ColdWarmRule {

    static final Duration CACHE_EVICTION = Duration.ofDays(7);

    /** Lockfiles and build files whose change invalidates a dependency cache. */
    static final Pattern BUILD_FILES = Pattern.compile("(^|/)(pom\\.xml|build\\.gradle(\\.kts)?|settings\\.gradle(\\.kts)?"
            + "|gradle\\.lockfile|gradle/libs\\.versions\\.toml|gradle/wrapper/gradle-wrapper\\.properties|\\.mvn/wrapper/maven-wrapper\\.properties"
            + "|package-lock\\.json|npm-shrinkwrap\\.json|yarn\\.lock|pnpm-lock\\.yaml|bun\\.lockb?|go\\.sum|go\\.mod|Cargo\\.lock"
            + "|Gemfile\\.lock|poetry\\.lock|Pipfile\\.lock|uv\\.lock|requirements[^/]*\\.txt|composer\\.lock|packages\\.lock\\.json"
            + "|Directory\\.Packages\\.props|mix\\.lock|Package\\.resolved)$");

    /** The files changed between two commits, or empty when they cannot be read. */
    @FunctionalInterface
    public interface ChangedFiles {
        Optional<List<String>> between(String baseSha, String headSha);
    }

    /** A run's kind, and why. */
    public record Verdict(BuildKind kind, String reason) {
    }

    private ColdWarmRule() {
    }

    public static boolean isBuildFile(String path) {
        return BUILD_FILES.matcher(path).find();
    }

    /**
     * @param previous the previous run of the workflow on the branch, or else the latest earlier one
     *                 on the default branch
     */
    public static Verdict classify(WorkflowRun run, Optional<WorkflowRun> previous, ChangedFiles changed) {
        if (previous.isEmpty()) {
            return new Verdict(BuildKind.COLD, "no earlier run of " + run.workflowName() + " on " + run.headBranch()
                    + " or the default branch to have filled the cache");
        }
        WorkflowRun before = previous.get();
        if (Duration.between(before.createdAt(), run.createdAt()).compareTo(CACHE_EVICTION) > 0) {
            return new Verdict(BuildKind.COLD, "the previous run was more than 7 days earlier (its cache is evicted)");
        }
        if (before.headSha().equals(run.headSha())) {
            return new Verdict(BuildKind.WARM, "same commit as run #" + before.runNumber());
        }
        Optional<List<String>> files = changed.between(before.headSha(), run.headSha());
        if (files.isEmpty()) {
            return new Verdict(BuildKind.COLD, "the changes since run #" + before.runNumber()
                    + " could not be read (counted cold, the looser target)");
        }
        return files.get().stream().filter(ColdWarmRule::isBuildFile).findFirst()
                .map(file -> new Verdict(BuildKind.COLD, file + " changed since run #" + before.runNumber()))
                .orElseGet(() -> new Verdict(BuildKind.WARM, "no lockfile or build file changed since run #"
                        + before.runNumber()));
    }
}
