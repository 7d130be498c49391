package io.intelgraph.maestro.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the JavaFX toolkit without a static {@code Application} subclass, so the composition
 * root can hand the window its collaborators directly. Blocks until the window is closed.
 */
public final class HudLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(HudLauncher.class);

    private HudLauncher() {
    }

    /**
     * Builds the HUD over {@code context} and shows it; once the window is closed, writes what is
     * pending and stops the HUD's workers, then runs {@code onClose} (the core runtimes).
     */
    public static void launch(HudContext context, Runnable onClose) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<HudComposition> built = new AtomicReference<>();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            try {
                HudComposition hud = HudComposition.create(context);
                built.set(hud);
                Stage stage = new Stage();
                hud.window().show(stage);
                stage.setOnHidden(e -> {
                    hud.window().dispose();
                    closed.countDown();
                });
            } catch (RuntimeException e) {
                LOG.error("The HUD window cannot be opened", e);
                closed.countDown();
            }
        });
        closed.await();
        if (built.get() != null) {
            built.get().close();
        }
        onClose.run();
        Platform.exit();
    }
}
