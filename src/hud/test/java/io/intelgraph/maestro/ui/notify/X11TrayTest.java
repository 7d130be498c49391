package io.intelgraph.maestro.ui.notify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tray question asked of real X servers: a virtual display (Xvfb) without a tray, the same with trayer (a
 * freedesktop system tray) running on it, and displays that cannot be asked. The first two need the programs
 * (apt-get install -y xvfb trayer) and are skipped where they are missing.
 */
class X11TrayTest {

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.reversed().forEach(Process::destroy);
    }

    @Test
    void aDisplayThatCannotBeAskedIsUnknownNotAbsent() {
        assertEquals(X11Tray.Presence.UNKNOWN, X11Tray.on(":987"));
        assertEquals(X11Tray.Presence.UNKNOWN, X11Tray.on(""));
        assertEquals(X11Tray.Presence.UNKNOWN, X11Tray.on(null));
    }

    @Test
    void aVirtualDisplayHasNoTrayUntilATrayRunsOnIt() throws Exception {
        assumeTrue(onPath("Xvfb"), "Xvfb is not installed");
        String display = startXvfb();
        assertEquals(X11Tray.Presence.ABSENT, X11Tray.on(display));

        assumeTrue(onPath("trayer"), "trayer is not installed");
        ProcessBuilder trayer = new ProcessBuilder("trayer", "--edge", "top").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        trayer.environment().put("DISPLAY", display);
        started.add(trayer.start());
        X11Tray.Presence presence = X11Tray.Presence.ABSENT;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                presence != X11Tray.Presence.PRESENT && System.nanoTime() < deadline; Thread.sleep(100)) {
            presence = X11Tray.on(display);
        }
        assertEquals(X11Tray.Presence.PRESENT, presence);
    }

    /**
     * Xvfb on a free display number it picks itself (-displayfd), once it accepts clients. -noreset: by default the
     * server resets when its last client leaves — the first question's connection — and refuses connections while it
     * does, so trayer, started just then, died on "cannot open display" and the tray never came.
     */
    private String startXvfb() throws IOException {
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp",
                "-noreset")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        started.add(xvfb);
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assumeTrue(number != null && number.strip().matches("\\d+"), "Xvfb did not start");
        return ":" + number.strip();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
