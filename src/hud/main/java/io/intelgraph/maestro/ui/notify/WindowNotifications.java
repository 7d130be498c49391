package io.intelgraph.maestro.ui.notify;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Notices in the HUD's window (ControlsFX {@link Notifications}, bottom right), where the platform
 * has no system tray. Built and shown on the FX thread.
 */
public final class WindowNotifications implements NotificationSink {

    private static final Logger LOG = LoggerFactory.getLogger(WindowNotifications.class);
    /** Long enough to read two lines and decide to click. */
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final Supplier<Window> owner;
    private final Executor ui;

    /**
     * @param owner the HUD's window (null until it is shown)
     * @param ui the FX thread's executor
     */
    public WindowNotifications(Supplier<Window> owner, Executor ui) {
        this.owner = owner;
        this.ui = ui;
    }

    @Override
    public void show(Notice notice, Runnable onClick) {
        ui.execute(() -> {
            Window window = owner.get();
            if (window == null || !window.isShowing()) {
                LOG.info("{}: {} (no window to show it in)", notice.title(), notice.text());
                return;
            }
            Notifications.create().owner(window).title(notice.title()).text(notice.text())
                    .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR).onAction(e -> onClick.run())
                    .styleClass("hud-notification").show();
        });
    }

    @Override
    public String where() {
        return "the window";
    }
}
