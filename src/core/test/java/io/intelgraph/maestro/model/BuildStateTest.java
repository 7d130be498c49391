package io.intelgraph.maestro.model;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildStateTest {

    @Test
    void everyDocumentedStatusAndConclusionIsModelled() {
        assertEquals(List.of("requested", "queued", "pending", "waiting", "in_progress", "completed"),
                Arrays.stream(RunStatus.values()).map(RunStatus::apiValue).toList());
        for (String value : List.of("success", "failure", "neutral", "cancelled", "skipped", "timed_out",
                "action_required", "stale", "startup_failure")) {
            assertEquals(value, Conclusion.fromApi(value).orElseThrow().apiValue());
        }
        assertEquals(Conclusion.NONE, Conclusion.fromApi(null).orElseThrow());
        assertTrue(Conclusion.fromApi("exploded").isEmpty());
        assertTrue(RunStatus.fromApi("exploded").isEmpty());
    }

    @Test
    void statesForPeople() {
        assertEquals(BuildState.RUNNING, BuildState.of(RunStatus.IN_PROGRESS, Conclusion.NONE));
        assertEquals(BuildState.QUEUED, BuildState.of(RunStatus.REQUESTED, Conclusion.NONE));
        assertEquals(BuildState.QUEUED, BuildState.of(RunStatus.PENDING, Conclusion.NONE));
        assertEquals(BuildState.WAITING, BuildState.of(RunStatus.WAITING, Conclusion.NONE));
        assertEquals(BuildState.FAILED, BuildState.of(RunStatus.COMPLETED, Conclusion.TIMED_OUT));
        assertEquals(BuildState.FAILED, BuildState.of(RunStatus.COMPLETED, Conclusion.STARTUP_FAILURE));
        assertEquals(BuildState.SKIPPED, BuildState.of(RunStatus.COMPLETED, Conclusion.STALE));
        assertEquals(BuildState.ACTION_REQUIRED, BuildState.of(RunStatus.COMPLETED, Conclusion.ACTION_REQUIRED));
        assertEquals(BuildState.PASSED, BuildState.of(RunStatus.COMPLETED, Conclusion.SUCCESS));
        assertEquals("ACTION REQUIRED", BuildState.ACTION_REQUIRED.word());
    }

    @Test
    void repoIdParsing() {
        assertEquals(new RepoId("octo-org", "octo-repo"), RepoId.parse("octo-org/octo-repo"));
        assertThrows(IllegalArgumentException.class, () -> RepoId.parse("no-slash"));
        assertThrows(IllegalArgumentException.class, () -> RepoId.parse("a/b/c"));
        assertThrows(IllegalArgumentException.class, () -> RepoId.parse("/b"));
    }
}
