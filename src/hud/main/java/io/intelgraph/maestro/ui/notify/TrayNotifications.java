package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.transitions.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.AWTError;
import java.awt.AWTException;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Notices through the operating system ({@link SystemTray}, {@link TrayIcon#displayMessage}): the
 * Windows and macOS notification centres, and Linux desktops that still offer a tray. AWT is only
 * touched when it is not headless and, on X11, when the display has a tray ({@link X11Tray}); every AWT call runs on
 * AWT's own thread, never on the FX thread. A click on the message (or on the icon) opens what the latest notice was about.
 */
public final class TrayNotifications implements NotificationSink {

    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifications.class);

    private final TrayIcon icon;
    private final AtomicReference<Runnable> lastClick = new AtomicReference<>(() -> { });

    private TrayNotifications(TrayIcon icon, Executor ui) {
        this.icon = icon;
        icon.addActionListener(e -> ui.execute(lastClick.get()));
    }

    /**
     * The tray, when this platform has one: never in a headless JVM (tests, servers), and often not
     * on Linux (GNOME shows no tray icons). Blocks briefly on AWT's thread: call it off the FX thread.
     *
     * @param ui the FX thread's executor, where clicks are handed to
     */
    public static Optional<NotificationSink> install(String tooltip, Executor ui) {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.empty();
        }
        if (onX11() && X11Tray.on(System.getenv("DISPLAY")) == X11Tray.Presence.ABSENT) {
            LOG.info("no system tray on this X display: notifications appear in the window");
            return Optional.empty();
        }
        AtomicReference<Optional<NotificationSink>> installed = new AtomicReference<>(Optional.empty());
        try {
            EventQueue.invokeAndWait(() -> {
                if (!SystemTray.isSupported()) {
                    return;
                }
                TrayIcon icon = new TrayIcon(image(SystemTray.getSystemTray().getTrayIconSize().width), tooltip);
                icon.setImageAutoSize(true);
                try {
                    SystemTray.getSystemTray().add(icon);
                    installed.set(Optional.of(new TrayNotifications(icon, ui)));
                } catch (AWTException e) {
                    LOG.info("no system tray after all ({}): notifications appear in the window", e.getMessage());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException | RuntimeException | AWTError e) {
            LOG.info("no system tray ({}): notifications appear in the window", e.toString());
        }
        return installed.get();
    }

    /** Linux and the BSDs, where AWT's tray is the X11 one (macOS and Windows have their own). */
    private static boolean onX11() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") || os.contains("bsd");
    }

    /** The HUD's mark: a filled circle, drawn (no image file to ship). */
    private static BufferedImage image(int size) {
        int side = Math.max(16, size);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x2F, 0x81, 0xF7));
        g.fillOval(1, 1, side - 2, side - 2);
        g.dispose();
        return image;
    }

    @Override
    public void show(Notice notice, Runnable onClick) {
        lastClick.set(onClick);
        boolean broke = notice.transitions().stream().anyMatch(t -> t.kind() == Transition.Kind.BREAK);
        EventQueue.invokeLater(() -> icon.displayMessage(notice.title(), notice.text(),
                broke ? TrayIcon.MessageType.ERROR : TrayIcon.MessageType.INFO));
    }

    @Override
    public String where() {
        return "the system tray";
    }

    @Override
    public void close() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }
}
