import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@code --deps=DIR --out=DIR --version=V --root=DIR --aot=true|false --timestamp=ISO}, as jlink/pom.xml passes them. */
record BuildOptions(Path deps, Path out, String version, Path root, boolean aot, Instant timestamp) {

    static BuildOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return new BuildOptions(path(given, "deps"), path(given, "out"), required(given, "version"), path(given, "root"),
                Boolean.parseBoolean(given.getOrDefault("aot", "true")), Instant.parse(required(given, "timestamp")));
    }

    /** jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT is packaged as 0.1.0. */
    String appVersion() {
        return version.replaceFirst("-.*$", "");
    }

    private static Path path(Map<String, String> given, String name) {
        return Path.of(required(given, name)).toAbsolutePath().normalize();
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=…");
        }
        return value;
    }
}
