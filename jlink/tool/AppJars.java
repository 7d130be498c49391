import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The copied runtime dependencies, sorted: JavaFX's platform jars (modular, natives inside) go into the runtime as
 * modules; everything else, the app's own jars first, goes on the class path in lib/app.
 */
record AppJars(List<Path> javafx, List<Path> classpath, Path mainJar) {

    /** javafx-graphics-21.0.5-linux.jar; the unclassified javafx-*.jar are empty placeholders Maven also copies. */
    private static final Pattern JAVAFX_PLATFORM = Pattern.compile("javafx-[a-z]+-[0-9.]+-(linux|win|mac)(-aarch64)?\\.jar");
    private static final Pattern JAVAFX_PLACEHOLDER = Pattern.compile("javafx-[a-z]+-[0-9.]+\\.jar");

    static AppJars sort(Path deps, String version) throws IOException {
        List<Path> javafx = new ArrayList<>();
        List<Path> app = new ArrayList<>();
        try (Stream<Path> files = Files.list(deps)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                String name = jar.getFileName().toString();
                if (JAVAFX_PLATFORM.matcher(name).matches()) {
                    javafx.add(jar);
                } else if (!JAVAFX_PLACEHOLDER.matcher(name).matches()) {
                    app.add(jar);
                }
            }
        }
        if (javafx.isEmpty()) {
            throw new IllegalStateException("no JavaFX platform jars in " + deps);
        }
        // The product's jars first (a fixed order: the AOT cache is only used with the class path it was made with).
        app.sort(Comparator.comparing((Path jar) -> !jar.getFileName().toString().startsWith("maestro-"))
                .thenComparing(jar -> jar.getFileName().toString()));
        Path main = deps.resolve("maestro-core-" + version + ".jar");
        if (!app.contains(main)) {
            throw new IllegalStateException("no " + main.getFileName() + " in " + deps);
        }
        return new AppJars(List.copyOf(javafx), List.copyOf(app), main);
    }

    List<String> classpathNames() {
        return classpath.stream().map(jar -> jar.getFileName().toString()).toList();
    }
}
