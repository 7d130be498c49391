import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the training run's window goes: on Linux an X display, $DISPLAY when there is one, else a private Xvfb closed
 * afterwards; on macOS and Windows the desktop of the session the build runs in (a CI runner has one).
 */
final class Display implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static Display open(Platform platform) throws IOException {
        if (platform != Platform.LINUX) {
            return new Display(null, null);
        }
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new Display(existing, null);
        }
        Process xvfb;
        try {
            // -displayfd 1: Xvfb picks a free display number and writes it to stdout once it accepts clients.
            // -noreset: the training run and the check after it connect one after the other; by default the server
            // resets when its last client leaves and refuses connections meanwhile.
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                    "-noreset")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("the AOT training run needs a display: set DISPLAY, install Xvfb "
                    + "(apt-get install xvfb), or build without the cache (-Ddist.aot=false)", e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start (it printed " + number + ")");
        }
        return new Display(":" + number.strip(), xvfb);
    }

    String description() {
        return name == null ? "the desktop" : "display " + name;
    }

    void configure(Map<String, String> env) {
        if (name != null) {
            env.put("DISPLAY", name);
        }
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
