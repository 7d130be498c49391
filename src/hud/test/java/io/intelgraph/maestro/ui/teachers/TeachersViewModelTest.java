package io.intelgraph.maestro.ui.teachers;

import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.distill.TeacherProfile;
import io.intelgraph.maestro.ui.dialog.ScriptedDialogs;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Teachers view's model without a window: retire asks first, a bad profile is refused with its reasons. */
class TeachersViewModelTest {

    @TempDir
    Path configDir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private List<String> names(TeachersViewModel model) {
        return model.profiles().stream().map(TeacherProfile::name).toList();
    }

    @Test
    void retireAsksFirstAndOnlyAYesRetires() throws Exception {
        TeachersViewModel model = new TeachersViewModel(new TeacherMarketplace(configDir), tasks, dialogs);
        assertTrue(names(model).contains("velocity"), names(model).toString());
        int before = model.profiles().size();

        dialogs.answerNo();
        model.retire("velocity");
        assertEquals(before, model.profiles().size());
        assertEquals(List.of("confirm: Retire teacher velocity?"), dialogs.shown());

        dialogs.answerYes();
        model.retire("velocity");
        assertEquals("Retired velocity.", model.messageProperty().get());
        assertFalse(names(model).contains("velocity"), "the marketplace's announcement reached the list");
        assertFalse(Files.readString(configDir.resolve("teachers.json")).contains("\"velocity\""));
    }

    @Test
    void aBadProfileIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        TeachersViewModel model = new TeachersViewModel(new TeacherMarketplace(configDir), tasks, dialogs);
        List<String> before = names(model);
        Path bad = configDir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"loud\", \"version\": \"1\", \"ensembleWeight\": 0, \"weights\": {\"FAILURE_RATE\": 1},"
                + " \"thresholds\": {\"FAILURE_RATE\": 0.1}, \"badMix\": {\"BLOCK\": 1}}");
        dialogs.chooseFile(bad);
        model.chooseAndRegister();
        assertTrue(model.messageProperty().get().startsWith("Refused: teacher loud refused: ensembleWeight must be a number above 0"),
                model.messageProperty().get());
        assertEquals(before, names(model));
    }

    @Test
    void teachersChangedElsewhereReachTheListThroughTheUiThread() throws Exception {
        TeacherMarketplace market = new TeacherMarketplace(configDir);
        TeachersViewModel model = new TeachersViewModel(market, tasks, dialogs);
        Thread elsewhere = new Thread(() -> {
            try {
                market.retire("security");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        elsewhere.start();
        elsewhere.join();
        assertFalse(names(model).contains("security"));
        assertEquals(List.of(), dialogs.shown(), "nobody was asked: it was not the user's doing here");
    }
}
