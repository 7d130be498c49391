package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens a link in the desktop's browser. There is no {@code Application} instance (see
 * {@link HudLauncher}), hence no HostServices: the URL goes to the platform's opener, off the FX
 * thread since starting a process may take a while.
 */
final class DesktopBrowser {

    private final TaskExecutor tasks;

    DesktopBrowser(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Opens {@code url}; {@code onFailure} is told in words (FX thread) when no opener could be started. */
    void open(String url, Consumer<String> onFailure) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String[] command = os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                : os.contains("mac") ? new String[] {"open", url} : new String[] {"xdg-open", url};
        tasks.execute(BackgroundTask.of("open " + url + " in the browser", () -> new ProcessBuilder(command).start())
                .onFailure(e -> onFailure.accept("Link copied to the clipboard (no browser opener found).")));
    }
}
