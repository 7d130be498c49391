package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.config.WallPage;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.ui.HudWindow;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wall's rotation, headless, on a clock the test turns: pages advance, a pause holds, the page is named. */
class WallRotationViewTest {

    private final CurrentThreadTaskExecutor clock = new CurrentThreadTaskExecutor();
    private final Map<WallPage, Node> pages = new EnumMap<>(WallPage.class);
    private WallRotationView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        view = OnFx.read(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            for (WallPage page : WallPage.values()) {
                pages.put(page, new Label(page.name()));
            }
            WallRotationView created = new WallRotationView(new WallRotation(List.of(WallPage.BUILDS,
                    WallPage.PREVIEWS, WallPage.RELEASE, WallPage.DISTILL), Duration.ofSeconds(20), clock), views());
            StackPane root = new StackPane(created);
            root.getStyleClass().add("hud-root");
            Scene scene = new Scene(root, 1920, 1080);
            scene.getStylesheets().add(HudWindow.class.getResource("hud.css").toExternalForm());
            created.rotation().setRunning(true);
            root.applyCss();
            root.layout();
            return created;
        });
    }

    private String caption() {
        return OnFx.read(() -> ((Label) view.lookup("#wall-page-name")).getText());
    }

    private int turn() {
        return OnFx.read(clock::runScheduled);
    }

    @Test
    void theRotationAdvancesOnItsClockAndNamesThePageLargeEnoughForAcrossTheRoom() {
        assertEquals("1/4 · Builds", caption());
        assertSame(pages.get(WallPage.BUILDS), OnFx.read(view::pageShown));
        assertEquals(1, turn(), "one page turn waits on the clock");
        assertEquals("2/4 · Previews", caption());
        assertSame(pages.get(WallPage.PREVIEWS), OnFx.read(view::pageShown));
        turn();
        assertEquals("3/4 · Release readiness", caption());
        assertSame(pages.get(WallPage.RELEASE), OnFx.read(view::pageShown));
        turn();
        turn();
        assertEquals("1/4 · Builds", caption(), "after the last page, the first");
        Label name = OnFx.read(() -> (Label) view.lookup("#wall-page-name"));
        assertTrue(OnFx.read(() -> name.isVisible() && name.getParent().isVisible() && name.getScene() != null));
        double size = OnFx.read(() -> name.getFont().getSize());
        assertTrue(size >= 28, "the page's name is " + size + " px");
    }

    @Test
    void aPauseHoldsThePageUntilResumed() {
        press(KeyCode.P);
        assertTrue(OnFx.read(() -> view.lookup("#wall-paused").isVisible()), "paused is shown");
        assertEquals(0, turn(), "nothing turns while paused");
        assertEquals("1/4 · Builds", caption());
        press(KeyCode.SPACE);
        assertFalse(OnFx.read(() -> view.lookup("#wall-paused").isVisible()));
        assertEquals(1, turn());
        assertEquals("2/4 · Previews", caption());
    }

    @Test
    void arrowKeysStepAndRestartTheInterval() {
        press(KeyCode.LEFT);
        assertEquals("4/4 · Recommendations", caption());
        press(KeyCode.RIGHT);
        press(KeyCode.RIGHT);
        assertEquals("2/4 · Previews", caption());
        assertEquals(1, OnFx.read(clock::waiting), "one turn pending, not one per key");
        press(KeyCode.P);
        press(KeyCode.RIGHT);
        assertEquals("3/4 · Release readiness", caption(), "stepping works while paused");
        assertEquals(0, turn(), "and the pause holds");
    }

    @Test
    void theRotationStopsWhenTheWallIsDownAndStartsFromTheFirstPage() {
        turn();
        OnFx.read(() -> {
            view.rotation().setRunning(false);
            return null;
        });
        assertEquals(0, turn());
        OnFx.read(() -> {
            view.rotation().setRunning(true);
            return null;
        });
        assertEquals("1/4 · Builds", caption());
    }

    private void press(KeyCode code) {
        OnFx.read(() -> view.handle(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
    }

    /** The pages as the window hands them over: each built when it first comes round. */
    private Map<WallPage, Supplier<Node>> views() {
        Map<WallPage, Supplier<Node>> views = new EnumMap<>(WallPage.class);
        pages.forEach((page, node) -> views.put(page, () -> node));
        return views;
    }
}
