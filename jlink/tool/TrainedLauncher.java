import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The image's launcher as the AOT training run starts it, per platform: how to add JVM options to it and where its
 * jars, its AOT cache and (for jpackage's native launchers) its .cfg files are.
 * <ul>
 *   <li>Linux: bin/maestro, the script, which takes options from MAESTRO_JAVA_OPTIONS and adds lib/app/maestro.aot
 *       itself when the file is there;</li>
 *   <li>macOS: maestro.app/Contents/MacOS/maestro; Windows: maestro-cli.exe (the console twin of maestro.exe: same
 *       class path, same options, and its output reaches the training log). jpackage's native launchers read their
 *       options from app/*.cfg, so they take the recording options from JAVA_TOOL_OPTIONS, which the JVM itself
 *       reads, and are pointed at the cache afterwards ({@link #pointAtCache()}).</li>
 * </ul>
 */
record TrainedLauncher(Platform platform, Path program, Path appDir) {

    static final String CACHE = "maestro.aot";
    private static final String CACHE_OPTION = "java-options=-XX:AOTCache=$APPDIR/" + CACHE;

    static TrainedLauncher of(Path image, Platform platform) {
        return switch (platform) {
            case LINUX -> new TrainedLauncher(platform, image.resolve("bin/maestro"), image.resolve("lib/app"));
            case MAC -> new TrainedLauncher(platform, image.resolve("Contents/MacOS/maestro"), image.resolve("Contents/app"));
            case WINDOWS -> new TrainedLauncher(platform, image.resolve("maestro-cli.exe"), image.resolve("app"));
        };
    }

    Path cache() {
        return appDir.resolve(CACHE);
    }

    /** The environment variable the launcher's JVM options can be added through. */
    String optionsVariable() {
        return platform == Platform.LINUX ? "MAESTRO_JAVA_OPTIONS" : "JAVA_TOOL_OPTIONS";
    }

    /** JAVA_TOOL_OPTIONS splits at spaces unless the option is quoted. */
    static String option(String name, Path value) {
        String option = name + "=" + value;
        return option.contains(" ") ? "\"" + option + "\"" : option;
    }

    /**
     * After the training, every native launcher of the image gets {@code -XX:AOTCache=$APPDIR/maestro.aot} (jpackage
     * puts the app directory, wherever the image was installed, for $APPDIR); the Linux script needs nothing.
     *
     * @return the .cfg files changed
     */
    List<Path> pointAtCache() throws IOException {
        List<Path> configs = launcherConfigs();
        for (Path config : configs) {
            Files.write(config, withCache(Files.readAllLines(config)));
        }
        return configs;
    }

    /** Undoes {@link #pointAtCache()}, for a cache that is then not shipped. */
    void unpoint() throws IOException {
        for (Path config : launcherConfigs()) {
            List<String> lines = new ArrayList<>(Files.readAllLines(config));
            if (lines.remove(CACHE_OPTION)) {
                Files.write(config, lines);
            }
        }
    }

    private List<Path> launcherConfigs() throws IOException {
        if (platform == Platform.LINUX) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(appDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cfg")).sorted().toList();
        }
    }

    /** The option goes after the last {@code java-options=} line, so into [JavaOptions] whatever follows it. */
    static List<String> withCache(List<String> config) {
        if (config.contains(CACHE_OPTION)) {
            return config;
        }
        int last = -1;
        for (int i = 0; i < config.size(); i++) {
            if (config.get(i).startsWith("java-options=")) {
                last = i;
            }
        }
        if (last < 0) {
            throw new IllegalStateException("a jpackage launcher configuration without java-options: " + config);
        }
        List<String> changed = new ArrayList<>(config);
        changed.add(last + 1, CACHE_OPTION);
        return changed;
    }
}
