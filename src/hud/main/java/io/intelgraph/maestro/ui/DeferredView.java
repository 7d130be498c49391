package io.intelgraph.maestro.ui;

import javafx.scene.Node;

import java.util.function.Supplier;

/**
 * A view built the first time it is shown, then kept: the window's other views (Previews, Teachers, Release,
 * SLOs) were built with the window, on the FX thread, before the first tiles; a wall or a developer who only
 * watches the builds may never open them. A view shows its model's state as it is when built, so nothing is missed.
 */
final class DeferredView implements Supplier<Node> {

    private final Supplier<? extends Node> build;
    private Node view;

    DeferredView(Supplier<? extends Node> build) {
        this.build = build;
    }

    /** The view, built now if it was not yet; FX thread. */
    @Override
    public Node get() {
        if (view == null) {
            view = build.get();
        }
        return view;
    }
}
