package io.intelgraph.maestro.ui.task;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * The JavaFX toolkit, started on its own thread as the program begins, so the window's platform (GTK,
 * the rendering pipeline: about a second) comes up while the sources start, not after them.
 */
public final class FxToolkit {

    private final CompletableFuture<Void> up = new CompletableFuture<>();

    private FxToolkit() {
    }

    /** Starts the toolkit in the background and returns at once; the JVM ends with the last window. */
    public static FxToolkit start() {
        FxToolkit toolkit = new FxToolkit();
        Platform.setImplicitExit(true);
        Thread.ofPlatform().daemon().name("fx-toolkit-start").start(() -> {
            try {
                Platform.startup(() -> toolkit.up.complete(null));
            } catch (RuntimeException | Error e) {
                toolkit.up.completeExceptionally(e); // no display, no GTK: said where the window is wanted
            }
        });
        return toolkit;
    }

    /** Completes on the FX thread as the toolkit comes up; never if it cannot start. */
    public CompletionStage<Void> up() {
        return up.minimalCompletionStage();
    }

    /** Runs {@code onFx} on the FX thread once the toolkit is up, and returns at once; never if it cannot start. */
    public void onFxWhenUp(Runnable onFx) {
        up.thenRunAsync(onFx, Platform::runLater);
    }

    /**
     * Waits for the toolkit, then runs {@code onFx} on the FX thread (the window is built there).
     *
     * @throws IllegalStateException when the toolkit could not start; its cause says why
     */
    public void whenUp(Runnable onFx) throws InterruptedException {
        try {
            up.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The JavaFX toolkit cannot start: " + e.getCause().getMessage(), e.getCause());
        }
        Platform.runLater(onFx);
    }
}
