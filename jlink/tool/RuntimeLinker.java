import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The runtime: the JDK modules the class path needs and JavaFX's, linked by jlink. */
final class RuntimeLinker {

    private RuntimeLinker() {
    }

    /** What jdeps finds the jars use, plus modules.txt (service providers jdeps cannot see). */
    static List<String> modules(AppJars jars, Path extraModules) throws IOException {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(Runtime.version().feature()),
                "--module-path", join(jars.javafx()),
                "--class-path", join(jars.classpath())));
        jars.classpath().forEach(jar -> args.add(jar.toString()));
        String output = Commands.toolOutput("jdeps", args).strip();
        String found = output.substring(output.lastIndexOf('\n') + 1).strip();
        TreeSet<String> modules = new TreeSet<>(List.of(found.split(",")));
        Files.readAllLines(extraModules).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(modules::add);
        if (!modules.contains("javafx.controls")) {
            throw new IllegalStateException("jdeps found no use of javafx.controls: " + output);
        }
        return List.copyOf(modules);
    }

    static Path link(AppJars jars, List<String> modules, Path output) throws IOException {
        Files.createDirectories(output.getParent());
        Tree.delete(output);
        Commands.tool("jlink", List.of(
                "--module-path", join(jars.javafx()),
                "--add-modules", String.join(",", modules),
                "--output", output.toString(),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                // Half the size of lib/modules; the classes the HUD loads come from the AOT cache, not from here.
                "--compress=zip-6",
                // The JDK's own CDS archive for this set of modules: the CLI and an image without the AOT cache use it.
                "--generate-cds-archive"));
        // The archive for heaps over 32 GB (no compressed oops) is never used with jvm.options' ceiling; nor are
        // the JDK's command-line tools.
        Files.deleteIfExists(output.resolve("lib/server/classes_nocoops.jsa"));
        for (String tool : List.of("keytool", "jwebserver", "keytool.exe", "jwebserver.exe")) {
            Files.deleteIfExists(output.resolve("bin").resolve(tool));
        }
        installJavaFxNatives(jars, output);
        return output;
    }

    /**
     * JavaFX's platform jars carry its native libraries as resources, and jlink keeps them so, inside lib/modules: at
     * every start JavaFX then looks for each on the library path, reads it out of the modules, compares its MD5 with a
     * copy in ~/.openjfx/cache (written there on the first start) and loads that copy — ~50 ms of the toolkit's start
     * here (a bare toolkit 345 → 297 ms), and a write to the home directory a kiosk's may refuse. Put where the JDK's
     * own are, JavaFX loads them from there directly. The resources stay in the modules, JavaFX's own fallback.
     */
    private static void installJavaFxNatives(AppJars jars, Path runtime) throws IOException {
        Platform platform = Platform.current();
        Path dir = runtime.resolve(platform.nativeLibraryDir());
        for (Path jar : jars.javafx()) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (!entry.isDirectory() && !entry.getName().contains("/") && platform.isNativeLibrary(entry.getName())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, dir.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /**
     * jlink's default CDS archive is for 12-byte object headers; with compact headers in jvm.options the JVM looks
     * for lib/server/classes_coh.jsa instead, and without it starts with no CDS at all (MAESTRO_AOT=off, or when the
     * AOT cache is refused). Dumped here, by the image's own java.
     */
    static void dumpDefaultArchiveFor(Path runtime, JvmOptions jvm) throws IOException, InterruptedException {
        if (jvm.options().contains("-XX:+UseCompactObjectHeaders")) {
            Commands.run(List.of(runtime.resolve("bin/java").toString(), "-XX:+UseCompactObjectHeaders", "-Xshare:dump",
                    "-Xlog:disable", "-Xlog:all=warning:stderr"));
        }
    }

    private static String join(List<Path> jars) {
        return String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
    }
}
