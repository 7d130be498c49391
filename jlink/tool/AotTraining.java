import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Records the AOT cache (JDK 25, JEP 483/514: classes loaded and linked; not JEP 515's method profiles) with a training
 * run of the image's own launcher ({@link TrainedLauncher}), as a user starts it again: {@code maestro} on a desktop
 * with no token (on Linux the OS keyring asked and empty, in a {@link KeyringSession} where the machine has one; else
 * {@code gui --sim}), so the simulated build plane: first the picture a first start saved (shown STALE), then the live
 * tiles, and the plane ticking a while; then the program ends itself, as on SIGTERM, and the JVM writes the cache as
 * it exits. The launcher then uses the cache (checked: the JVM is asked to refuse to start without it) when
 * the file is there and matches (same JDK, same class path).
 */
final class AotTraining {

    private static final Duration FIRST_TILES_TIMEOUT = Duration.ofMinutes(3);
    /**
     * After the first tiles: the plane ticks, tiles animate; then the program ends itself (the HUD's
     * ExitAfterFirstTiles, the JVM's exit path as SIGTERM's). Ending it from outside works on Linux but not on
     * Windows, where it is TerminateProcess and the cache would never be written.
     */
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(5);

    /** What would point the training at another GitHub, a hub, a token or a config of the build machine's. */
    private static final List<String> FOREIGN_PREFIXES = List.of("MAESTRO_", "GITHUB_", "GH_");
    /**
     * Classes loaded and linked, without JEP 515's method profiles: they are for C2, which the image does not run
     * (jvm.options), and they were 4 of the cache's 65 MB, mapped at every start (README, "Startup and memory").
     * The program ends itself after the first tiles (see SETTLE).
     */
    private static final String RECORDING_OPTIONS = "-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
            + " -Dmaestro.exit-after-first-tiles-ms=" + SETTLE.toMillis();

    private static final Pattern AOT_ERROR = Pattern.compile("\\[error *\\]\\[aot");

    private final TrainedLauncher launcher;
    private final Path work;

    AotTraining(TrainedLauncher launcher, Path work) {
        this.launcher = launcher;
        this.work = work;
    }

    void run() throws IOException, InterruptedException {
        Path cache = launcher.cache();
        Files.deleteIfExists(cache);
        Path config = work.resolve("aot-training-config");
        Tree.delete(config);
        Files.createDirectories(config);
        Optional<KeyringSession> keyring = keyringSession();
        try (Display display = Display.open(launcher.platform())) {
            // A first start saves the picture a user's next start shows (config/cache/picture-*.json); the recorded
            // run starts with it, so the cache covers that path too: the picture read and shown, then replaced.
            Path warmLog = work.resolve("aot-training-first-start.log");
            Log.step("AOT training, first start (saves the picture for the next), log: " + warmLog);
            Process first = start(keyring, display, config, warmLog, Map.of());
            try {
                awaitFirstTiles(first, warmLog);
                awaitSavedPicture(first, config, warmLog);
            } finally {
                stop(first, warmLog);
            }
            Path log = work.resolve("aot-training.log");
            Log.step("AOT training run on the simulator (" + display.description() + "), log: " + log);
            Process process = start(keyring, display, config, log, Map.of(launcher.optionsVariable(),
                    RECORDING_OPTIONS + " " + TrainedLauncher.option("-XX:AOTCacheOutput", cache)));
            try {
                awaitFirstTiles(process, log);
                awaitExit(process, log);
            } finally {
                if (process.isAlive()) {
                    stop(process, log);
                }
            }
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see " + work.resolve("aot-training.log"));
        }
        // A failed check leaves the launchers pointed: DistBuild undoes that where it ships without the cache.
        launcher.pointAtCache().forEach(cfg -> Log.step("launcher configuration pointed at the cache: " + cfg));
        checkUsed();
        Log.step("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
    }

    /** On Linux the private keyring session, where the machine has its two programs; macOS and Windows train without. */
    private Optional<KeyringSession> keyringSession() throws IOException {
        if (launcher.platform() != Platform.LINUX) {
            return Optional.empty();
        }
        Optional<KeyringSession> session = KeyringSession.available(work);
        if (session.isEmpty()) {
            Log.step("AOT training on `gui --sim`: no " + KeyringSession.missing() + " here, so the cache leaves out "
                    + "the OS keyring's classes (a signed-in start reads its token ~0.1 s slower)");
        }
        return session;
    }

    /** The launcher with {@code -XX:AOTMode=on}, under which the JVM exits rather than start without its cache. */
    private void checkUsed() throws IOException, InterruptedException {
        Path log = work.resolve("aot-check.log");
        ProcessBuilder check = new ProcessBuilder(launcher.program().toString(), "--version")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        check.environment().put(launcher.optionsVariable(), "-XX:AOTMode=on");
        Process process = check.start();
        if (!process.waitFor(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the launcher's check with -XX:AOTMode=on did not end; see " + log);
        }
        // A launcher that names no cache still starts under AOTMode=on, on the JDK's own CDS archive, with errors.
        String output = Files.readString(log);
        if (process.exitValue() != 0 || AOT_ERROR.matcher(output).find()) {
            throw new IllegalStateException("the launcher does not start with the AOT cache (-XX:AOTMode=on, exit "
                    + process.exitValue() + "): " + output.strip());
        }
    }

    /**
     * The image's launcher as a user starts it without any GitHub token: plain {@code maestro} in the keyring session,
     * else {@code maestro gui --sim}; either way the simulated build plane.
     */
    private Process start(Optional<KeyringSession> keyring, Display display, Path config, Path log,
            Map<String, String> environment) throws IOException {
        List<String> program = List.of(launcher.program().toString(), "gui");
        ProcessBuilder training = new ProcessBuilder(keyring.map(session -> session.wrap(program))
                .orElseGet(() -> List.of(program.get(0), "gui", "--sim")))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = training.environment();
        env.keySet().removeIf(name -> FOREIGN_PREFIXES.stream().anyMatch(name::startsWith));
        keyring.ifPresent(session -> session.configure(env));
        display.configure(env);
        env.put("MAESTRO_CONFIG_DIR", config.toString());
        env.putAll(environment);
        return training.start();
    }

    /** The recorded run ends itself; the JVM writes the cache as it exits. */
    private static void awaitExit(Process process, Path log) throws InterruptedException {
        if (!process.waitFor(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the training run did not end itself within " + WRITE_TIMEOUT
                    + "; see " + log);
        }
    }

    /**
     * Ends a run from outside: the first start, and a recorded run that did not end itself. SIGTERM to the JVM — the
     * process itself (bin/maestro execs java), or in a keyring session a child of dbus-run-session, which exits after
     * it; a native launcher is the JVM — then the wait while everything exits.
     */
    private static void stop(Process process, Path log) throws InterruptedException {
        List<ProcessHandle> jvms = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(AotTraining::isJava).toList();
        if (jvms.isEmpty()) {
            process.destroy();
        }
        jvms.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the training run did not exit within " + WRITE_TIMEOUT + "; see " + log);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/java")).orElse(false);
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
