package io.intelgraph.maestro.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One run of the HUD's own entry point in a separate JVM, as a user starts it: the token in the
 * environment, logging at TRACE, a home, config directory and temp directory of its own, standard
 * output and error captured to files. Everything it could leave behind is under {@link #root}.
 */
final class CanaryRun {

    /** Headless JavaFX for a {@code gui} run, as the test JVM has it. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true");

    final Path root;
    final Path out;
    final Path err;
    final int exit;

    private CanaryRun(Path root, int exit) {
        this.root = root;
        this.out = root.resolve("stdout.txt");
        this.err = root.resolve("stderr.txt");
        this.exit = exit;
    }

    /**
     * Runs {@code args} with {@code env}; a run that does not end by itself (the GUI) is stopped once
     * {@code enough} holds or {@code limit} has passed.
     */
    static CanaryRun run(Path root, Map<String, String> env, BooleanSupplier enough, Duration limit, String... args)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(root.resolve("home"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path config = Files.createDirectories(root.resolve("config"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home));
        command.addAll(HEADLESS);
        command.add("io.intelgraph.maestro.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("GH_") || k.startsWith("MAESTRO_")
                || k.equals("KUBECONFIG"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("MAESTRO_CONFIG_DIR", config.toString());
        builder.environment().put("KUBECONFIG", home.resolve("no-kubeconfig").toString());
        builder.environment().putAll(env);
        builder.redirectOutput(root.resolve("stdout.txt").toFile());
        builder.redirectError(root.resolve("stderr.txt").toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + limit.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline && !enough.getAsBoolean()) {
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        return new CanaryRun(root, process.exitValue());
    }

    String stdout() throws IOException {
        return Files.readString(out);
    }

    String stderr() throws IOException {
        return Files.readString(err);
    }
}
