package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import io.intelgraph.maestro.userstate.UserStateStore.UserState;
import io.intelgraph.maestro.userstate.UserStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The debounced save of ui-state.json: one write per pause, and nothing lost when the window closes first. */
class UserStateSaverTest {

    @TempDir
    Path configDir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    private UserState withText(String text) {
        return new UserState(TileQuery.ALL.withText(text), true);
    }

    @Test
    void closingBeforeThePauseEndsStillWritesTheLastChange() {
        UserStateSaver saver = new UserStateSaver(new UserStateStore(configDir), tasks);
        saver.changed(withText("a"));
        saver.changed(withText("ab"));
        assertFalse(Files.exists(configDir.resolve("ui-state.json")));
        saver.flush();
        assertEquals("ab", new UserStateStore(configDir).load().query().text());
        new UserStateStore(configDir).save(withText("another window's"));
        assertEquals(1, tasks.runScheduled(), "the scheduled write still runs…");
        assertEquals("another window's", new UserStateStore(configDir).load().query().text(),
                "…and finds nothing left to write: it does not write the old state again");
    }
}
