package io.intelgraph.maestro.ui.notify;

/** Where notices appear: the operating system's notifications (tray), or the HUD's window. */
public interface NotificationSink extends AutoCloseable {

    /**
     * Shows {@code notice}; any thread. {@code onClick} runs on the FX thread when the user clicks it.
     */
    void show(Notice notice, Runnable onClick);

    /** "the system tray", "the window": for the log. */
    String where();

    @Override
    default void close() {
    }
}
