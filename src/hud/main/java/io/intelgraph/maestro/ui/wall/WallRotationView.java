package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.config.WallPage;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The wall's frame: the rotation's current page in the middle and, above it, the page's name in
 * type large enough for across the room ("2/4 · Release readiness") with "‖ paused" while a person
 * holds it. The pages are the window's own views, lent to the frame while the wall is up.
 */
public final class WallRotationView extends BorderPane {

    private final WallRotation rotation;
    /** Each page's view, built when the page first comes round (see HudWindow's DeferredView). */
    private final Map<WallPage, Supplier<Node>> pages;

    public WallRotationView(WallRotation rotation, Map<WallPage, Supplier<Node>> pages) {
        this.rotation = rotation;
        this.pages = new EnumMap<>(pages);
        setId("wall-rotation");
        getStyleClass().add("wall-rotation");
        Label name = new Label();
        name.setId("wall-page-name");
        name.getStyleClass().add("wall-page-name");
        name.textProperty().bind(rotation.captionProperty());
        Label paused = new Label("‖ paused");
        paused.setId("wall-paused");
        paused.getStyleClass().add("wall-paused");
        paused.visibleProperty().bind(rotation.pausedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(24, name, gap, paused);
        bar.getStyleClass().add("wall-page-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 14, 4, 14));
        // One page: no caption to show, no room taken.
        bar.visibleProperty().bind(rotation.captionProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        setTop(bar);
        rotation.pageProperty().addListener((o, a, page) -> {
            if (getCenter() != null) {
                showPage(page);
            }
        });
        showPage(rotation.pageProperty().get());
    }

    public WallRotation rotation() {
        return rotation;
    }

    /** The page on screen now. */
    public Node pageShown() {
        return getCenter();
    }

    /**
     * The wall comes up (the pages' nodes are taken back into the frame: the desktop may have shown
     * them) or goes down (they are let go, for the desktop to show).
     */
    public void lend(boolean wallUp) {
        setCenter(null);
        if (wallUp) {
            showPage(rotation.pageProperty().get());
        }
    }

    /** P or Space pauses or resumes, ← and → step; true when the key was the rotation's. */
    public boolean handle(KeyEvent event) {
        KeyCode code = event.getCode();
        switch (code) {
            case P, SPACE -> rotation.togglePause();
            case RIGHT -> rotation.next();
            case LEFT -> rotation.previous();
            default -> {
                return false;
            }
        }
        event.consume();
        return true;
    }

    private void showPage(WallPage page) {
        Supplier<Node> view = pages.get(page);
        setCenter(view != null ? view.get() : new Label(page.title() + " is not available here."));
    }
}
