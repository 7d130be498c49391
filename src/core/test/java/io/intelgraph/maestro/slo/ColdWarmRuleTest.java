package io.intelgraph.maestro.slo;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cold or warm: build files changed, no earlier run to fill the cache, or a cache evicted. */
class ColdWarmRuleTest {

    private static WorkflowRun run(long id, String branch, int minute) {
        return Runs.run(id, "o/app", branch, "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, minute);
    }

    private static ColdWarmRule.ChangedFiles files(String... paths) {
        return (base, head) -> Optional.of(List.of(paths));
    }

    @Test
    void aChangedLockfileOrBuildFileMakesItCold() {
        WorkflowRun before = run(1, "main", 0);
        WorkflowRun after = run(2, "main", 30);
        ColdWarmRule.Verdict verdict = ColdWarmRule.classify(after, Optional.of(before), files("src/App.java", "web/package-lock.json"));
        assertEquals(BuildKind.COLD, verdict.kind());
        assertEquals("web/package-lock.json changed since run #1", verdict.reason());
        assertEquals(BuildKind.WARM, ColdWarmRule.classify(after, Optional.of(before), files("src/App.java", "README.md")).kind());
        for (String buildFile : List.of("pom.xml", "services/api/pom.xml", "build.gradle.kts", "gradle/libs.versions.toml",
                "go.sum", "Cargo.lock", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "requirements-dev.txt", "Gemfile.lock")) {
            assertTrue(ColdWarmRule.isBuildFile(buildFile), buildFile);
        }
        for (String source : List.of("src/pom.xml.bak", "docs/package-lock.json.md", "mypom.xml", "README.md")) {
            assertFalse(ColdWarmRule.isBuildFile(source), source);
        }
    }

    @Test
    void nothingEarlierToHaveFilledTheCacheMakesItCold() {
        ColdWarmRule.Verdict first = ColdWarmRule.classify(run(1, "feat/x", 0), Optional.empty(), files());
        assertEquals(BuildKind.COLD, first.kind());
        assertEquals("no earlier run of CI on feat/x or the default branch to have filled the cache", first.reason());
    }

    @Test
    void aBranchsFirstRunRestoresTheDefaultBranchsCache() {
        List<WorkflowRun> runs = List.of(run(1, "main", 0), run(2, "feat/x", 10));
        Optional<WorkflowRun> previous = SloReader.previous(runs.get(1), runs, "main");
        assertEquals(Optional.of(runs.get(0)), previous);
        assertEquals(BuildKind.WARM, ColdWarmRule.classify(runs.get(1), previous, files("src/App.java")).kind());
        // A later run of the branch compares with the branch's own previous run.
        List<WorkflowRun> more = List.of(run(1, "main", 0), run(2, "feat/x", 10), run(3, "main", 15), run(4, "feat/x", 20));
        assertEquals(Optional.of(more.get(1)), SloReader.previous(more.get(3), more, "main"));
    }

    @Test
    void aCacheUnusedForSevenDaysIsGone() {
        WorkflowRun old = run(1, "main", 0);
        WorkflowRun now = run(2, "main", (int) Duration.ofDays(8).toMinutes());
        assertEquals(BuildKind.COLD, ColdWarmRule.classify(now, Optional.of(old), files()).kind());
    }

    @Test
    void unreadableChangesCountAsColdTheLooserTarget() {
        ColdWarmRule.Verdict verdict = ColdWarmRule.classify(run(2, "main", 30), Optional.of(run(1, "main", 0)),
                (base, head) -> Optional.empty());
        assertEquals(BuildKind.COLD, verdict.kind());
        assertTrue(verdict.reason().contains("could not be read"));
    }
}
