package io.intelgraph.maestro.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.concurrent.CountDownLatch;

/**
 * Starts the JavaFX toolkit without a static {@code Application} subclass, so the composition
 * root can hand the window its collaborators directly. Blocks until the window is closed.
 */
public final class HudLauncher {

    private HudLauncher() {
    }

    public static void launch(HudContext context, Runnable onClose) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            HudWindow window = new HudWindow(context);
            window.show(stage);
            stage.setOnHidden(e -> {
                window.dispose();
                closed.countDown();
            });
        });
        closed.await();
        onClose.run();
        Platform.exit();
    }
}
