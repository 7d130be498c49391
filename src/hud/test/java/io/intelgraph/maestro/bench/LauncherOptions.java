package io.intelgraph.maestro.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the packaged launcher starts the HUD with ({@code jlink/jvm.options}, one a line),
 * so memory is measured as users run it, plus what the launcher adds for JavaFX's software pipeline, which these
 * headless runs use. Only heap, GC, stack, code-cache and Netty allocator options are taken:
 * module and logging options name things a class-path run does not have. Without the file (a tree
 * from before the packaging landed) the same options, as chosen there, are used.
 */
final class LauncherOptions {

    private static final Path FILE = Path.of("jlink", "jvm.options");
    private static final Path LAUNCHER = Path.of("jlink", "launcher", "maestro");
    private static final String NO_REGION_CACHE = "-Dprism.disableRegionCaching=true";
    private static final List<String> AS_PACKAGED = List.of("-XX:+UseSerialGC", "-Xms48m", "-Xmx320m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    private LauncherOptions() {
    }

    static List<String> jvmOptions() throws IOException {
        if (!Files.isRegularFile(FILE)) {
            return AS_PACKAGED;
        }
        List<String> options = new ArrayList<>();
        // bin/maestro adds this where it starts JavaFX's software pipeline (no GPU device), as these headless runs do.
        if (Files.isRegularFile(LAUNCHER) && Files.readString(LAUNCHER).contains(NO_REGION_CACHE)) {
            options.add(NO_REGION_CACHE);
        }
        for (String line : Files.readAllLines(FILE)) {
            String option = line.strip();
            if (option.startsWith("-XX:") && !option.startsWith("-XX:AOT") || option.startsWith("-Xm")
                    || option.startsWith("-Xss") || option.startsWith("-Dio.netty.")) {
                options.add(option);
            }
        }
        return options;
    }

    /** Where the options came from, for the report. */
    static String source() {
        return Files.isRegularFile(FILE) ? FILE.toString() : "the packaged launcher's options (jlink/jvm.options)";
    }

    /** A java command on this JVM's class path with the launcher's options, then {@code extra}, then {@code main}. */
    static List<String> javaCommand(List<String> extra, Class<?> main, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(extra);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }
}
