import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Records the AOT cache (JDK 25, JEP 483/514/515: classes loaded and linked, method profiles) with a training run
 * of the image's own launcher, as a user starts it: the window on the simulated build plane until the first tiles
 * are painted and the plane has ticked a while, then SIGTERM; the JVM writes lib/app/maestro.aot as it exits.
 * The launcher uses the cache when the file is there and the JVM finds it matches (same JDK, same class path).
 */
final class AotTraining {

    private static final Duration FIRST_TILES_TIMEOUT = Duration.ofMinutes(3);
    /** After the first tiles: the plane ticks, tiles animate, the evidence and distillation feeds run once. */
    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(5);

    private final Path image;
    private final Path work;

    AotTraining(Path image, Path work) {
        this.image = image;
        this.work = work;
    }

    void run() throws IOException, InterruptedException {
        Path cache = image.resolve("lib/app/maestro.aot");
        Files.deleteIfExists(cache);
        Path log = work.resolve("aot-training.log");
        Path config = work.resolve("aot-training-config");
        Tree.delete(config);
        Files.createDirectories(config);
        try (Display display = Display.open()) {
            Log.step("AOT training run on the simulator (display " + display.name() + "), log: " + log);
            ProcessBuilder training = new ProcessBuilder(image.resolve("bin/maestro").toString(), "gui", "--sim")
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            training.environment().put("DISPLAY", display.name());
            training.environment().put("MAESTRO_CONFIG_DIR", config.toString());
            training.environment().put("MAESTRO_JAVA_OPTIONS", "-XX:AOTCacheOutput=" + cache);
            training.environment().remove("GITHUB_TOKEN");
            training.environment().remove("GH_TOKEN");
            Process process = training.start();
            try {
                awaitFirstTiles(process, log);
                Thread.sleep(SETTLE.toMillis());
                process.destroy(); // SIGTERM: the JVM runs its exit path, which writes the cache
                if (!process.waitFor(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the training run did not exit within " + WRITE_TIMEOUT + "; see " + log);
                }
            } finally {
                process.destroyForcibly();
            }
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see " + log);
        }
        Log.step("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
    }

    private static void awaitFirstTiles(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(FIRST_TILES_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                for (String line : lines) {
                    if (line.contains("first tiles in")) {
                        Log.step("training run: " + line.substring(line.indexOf("first tiles in")));
                        return;
                    }
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the training run exited (" + process.exitValue() + ") before painting tiles; see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no tiles within " + FIRST_TILES_TIMEOUT + " in the training run; see " + log);
    }
}
