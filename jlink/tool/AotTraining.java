import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Records the AOT cache (JDK 25, JEP 483/514/515: classes loaded and linked, method profiles) with a training run
 * of the image's own launcher, as a user starts it again: the window on the simulated build plane, first the picture
 * a first start saved (shown STALE), then the live tiles, and the plane ticking a while, then SIGTERM; the JVM writes
 * lib/app/maestro.aot as it exits.
 * The launcher uses the cache when the file is there and the JVM finds it matches (same JDK, same class path).
 */
final class AotTraining {

    private static final Duration FIRST_TILES_TIMEOUT = Duration.ofMinutes(3);
    /** After the first tiles: the plane ticks, tiles animate, the evidence and distillation feeds run once. */
    private static final Duration SETTLE = Duration.ofMillis(500);
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
        Path config = work.resolve("aot-training-config");
        Tree.delete(config);
        Files.createDirectories(config);
        try (Display display = Display.open()) {
            // A first start saves the picture a user's next start shows (config/cache/picture-*.json); the recorded
            // run starts with it, so the cache covers that path too: the picture read and shown, then replaced.
            Path warmLog = work.resolve("aot-training-first-start.log");
            Log.step("AOT training, first start (saves the picture for the next), log: " + warmLog);
            Process first = start(display, config, warmLog, Map.of());
            try {
                awaitFirstTiles(first, warmLog);
                awaitSavedPicture(first, config, warmLog);
            } finally {
                stop(first, warmLog);
            }
            Path log = work.resolve("aot-training.log");
            Log.step("AOT training run on the simulator (display " + display.name() + "), log: " + log);
            Process process = start(display, config, log, Map.of("MAESTRO_JAVA_OPTIONS", "-XX:AOTCacheOutput=" + cache));
            try {
                awaitFirstTiles(process, log);
                Thread.sleep(SETTLE.toMillis());
            } finally {
                stop(process, log); // SIGTERM: the JVM runs its exit path, which writes the cache
            }
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see " + work.resolve("aot-training.log"));
        }
        Log.step("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
    }

    /** The image's launcher as a user starts it, on the simulator, without any GitHub token. */
    private Process start(Display display, Path config, Path log, Map<String, String> environment) throws IOException {
        ProcessBuilder training = new ProcessBuilder(image.resolve("bin/maestro").toString(), "gui", "--sim")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        training.environment().put("DISPLAY", display.name());
        training.environment().put("MAESTRO_CONFIG_DIR", config.toString());
        training.environment().putAll(environment);
        training.environment().remove("GITHUB_TOKEN");
        training.environment().remove("GH_TOKEN");
        return training.start();
    }

    private static void stop(Process process, Path log) throws InterruptedException {
        process.destroy();
        try {
            if (!process.waitFor(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the training run did not exit within " + WRITE_TIMEOUT + "; see " + log);
            }
        } finally {
            process.destroyForcibly();
        }
    }

    private static void awaitSavedPicture(Process process, Path config, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(FIRST_TILES_TIMEOUT);
        Path dir = config.resolve("cache");
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.getFileName().toString().matches("picture-.*\\.json"))) {
                        return;
                    }
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the first start exited (" + process.exitValue() + ") before saving its picture; see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no picture saved within " + FIRST_TILES_TIMEOUT + " in the first start; see " + log);
    }

    private static void awaitFirstTiles(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(FIRST_TILES_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                if (lines.stream().anyMatch(line -> line.contains("first live tiles in"))) {
                    lines.stream().filter(line -> line.contains("first cached tiles in") || line.contains("first live tiles in"))
                            .forEach(line -> Log.step("training run: " + line.substring(line.indexOf("first "))));
                    return;
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
