package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import javafx.scene.layout.Pane;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tile nodes of a virtualised view: one per build on screen, reused. A branch that stays on
 * screen keeps its node, updated in place (and pulsed when its state changed); a node whose build
 * left the screen waits, hidden, for the next one to come on. Nodes are made only when more builds
 * are on screen than ever before. The pool attaches what is on screen to the view's clock.
 */
public final class TilePool {

    private final Pane parent;
    private final AnimationClock clock;
    private final Consumer<BuildTile> onOpen;
    private final Map<TileKey, TileView> onScreen = new HashMap<>();
    private final Deque<TileView> spare = new ArrayDeque<>();

    /** @param parent holds the nodes, which the view positions itself (they are unmanaged) */
    public TilePool(Pane parent, AnimationClock clock, Consumer<BuildTile> onOpen) {
        this.parent = parent;
        this.clock = clock;
        this.onOpen = onOpen;
    }

    /** Frees the nodes of every branch but {@code next}'s, before those are {@link #show shown}. */
    public void keepOnly(Collection<TileKey> next) {
        Set<TileKey> keep = next instanceof Set<TileKey> set ? set : new HashSet<>(next);
        onScreen.entrySet().removeIf(entry -> {
            if (keep.contains(entry.getKey())) {
                return false;
            }
            TileView view = entry.getValue();
            clock.detach(view);
            view.setVisible(false);
            spare.push(view);
            return true;
        });
    }

    /**
     * The node of {@code tile}'s branch, showing it: the one it had, a freed one, or a new one. Its
     * new colours are applied now (this runs in the layout pass, after CSS), so a change costs one frame.
     */
    public TileView show(BuildTile tile, TileExtras extras, Instant now) {
        TileView view = onScreen.computeIfAbsent(tile.key(), k -> spare.isEmpty() ? create() : spare.pop());
        view.setVisible(true);
        clock.attach(view);
        if (!view.shows(tile, extras)) {
            boolean changed = view.update(tile, extras, now);
            view.applyCss();
            if (changed) {
                clock.pulse(view);
            }
        }
        return view;
    }

    /** After a placement: the clock runs if something shown moves, and stops if nothing does. */
    public void placed() {
        clock.wake();
    }

    public Map<TileKey, TileView> onScreen() {
        return onScreen;
    }

    /** Nodes made so far, on screen or waiting. */
    public int size() {
        return parent.getChildren().size();
    }

    private TileView create() {
        TileView view = new TileView(onOpen);
        view.setManaged(false);
        parent.getChildren().add(view);
        return view;
    }
}
