package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.ui.task.FxToolkit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the window on a JavaFX toolkit started without a static {@code Application} subclass, so the
 * composition root can hand the window its collaborators directly. Blocks until the window is closed.
 */
public final class HudLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(HudLauncher.class);

    private HudLauncher() {
    }

    /**
     * Builds the HUD over {@code context} and shows it; once the window is closed, writes what is
     * pending and stops the HUD's workers, then runs {@code onClose} (the core runtimes).
     *
     * @param toolkit started as the program began ({@link FxToolkit#start()}), while the sources started
     * @param afterFirstTiles run once, off the FX thread, when the first live tiles are on screen or after
     *                        {@code atLatest}: work that would compete with the window for the CPU
     */
    public static void launch(FxToolkit toolkit, HudContext context, Duration atLatest, Runnable afterFirstTiles,
            Runnable onClose) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<HudComposition> built = new AtomicReference<>();
        CompletableFuture<Void> firstTiles = new CompletableFuture<>();
        firstTiles.completeOnTimeout(null, atLatest.toMillis(), TimeUnit.MILLISECONDS)
                .thenRunAsync(afterFirstTiles, Thread.ofPlatform().daemon().name("after-first-tiles")::start);
        try {
            toolkit.whenUp(() -> open(context, built, closed, firstTiles));
        } catch (IllegalStateException e) {
            onClose.run(); // the sources started meanwhile: stop them, or their threads keep the JVM
            throw e;
        }
        closed.await();
        if (built.get() != null) {
            built.get().close();
        }
        onClose.run();
        Platform.exit();
    }

    /** On the FX thread: builds the HUD and shows its window; {@code closed} opens when it is hidden. */
    private static void open(HudContext context, AtomicReference<HudComposition> built, CountDownLatch closed,
            CompletableFuture<Void> firstTiles) {
        try {
            StartupMarks.mark("window building");
            HudComposition hud = HudComposition.create(context);
            built.set(hud);
            Stage stage = new Stage();
            hud.window().show(stage);
            hud.window().firstLiveTilesShown().thenRun(() -> firstTiles.complete(null));
            ExitAfterFirstTiles.requested(System.getProperties())
                    .ifPresent(exit -> exit.arm(hud.window().firstLiveTilesShown(), ExitAfterFirstTiles::exitTheJvm));
            StartupMarks.mark("window shown");
            stage.setOnHidden(e -> {
                hud.window().dispose();
                closed.countDown();
            });
        } catch (RuntimeException e) {
            LOG.error("The HUD window cannot be opened", e);
            closed.countDown();
        }
    }
}
