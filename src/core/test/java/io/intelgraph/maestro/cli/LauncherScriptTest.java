package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image's launcher ({@code jlink/launcher/maestro}) as it is shipped, run in an image-shaped
 * directory whose {@code lib/runtime/bin/java} prints what it was given: the JVM options and the
 * GDK_GL and NO_AT_BRIDGE it would start with. GTK is made present with an {@code ldconfig} on the PATH that lists it;
 * whether this machine has a GPU device is read as the launcher reads it (/dev/dri, /dev/nvidia*).
 */
@EnabledOnOs(OS.LINUX)
class LauncherScriptTest {

    @TempDir
    Path image;
    private Path launcher;
    private Path fakeBin;

    @BeforeEach
    void image() throws IOException {
        // Surefire runs every module's tests from the repository root, as the other tests that read helm/ or policy/.
        launcher = executable(image.resolve("bin/maestro"), Files.readString(Path.of("jlink", "launcher", "maestro")));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/jvm.args"), "-XX:+UseSerialGC\n");
        Files.writeString(image.resolve("lib/app/classpath"), "maestro-core.jar\n");
        executable(image.resolve("lib/runtime/bin/java"), """
                #!/bin/sh
                echo "GDK_GL=${GDK_GL-unset}"
                echo "NO_AT_BRIDGE=${NO_AT_BRIDGE-unset}"
                for argument in "$@"; do echo "$argument"; done
                """);
        fakeBin = image.resolve("fake-bin");
        executable(fakeBin.resolve("ldconfig"), """
                #!/bin/sh
                echo '	libgtk-3.so.0 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libgtk-3.so.0'
                """);
    }

    @Test
    void withoutAGpuDeviceTheWindowAsksNeitherGtkNorJavaFxForOpenGl() throws Exception {
        List<String> started = run(Map.of(), "gui", "--sim");
        if (hasGpuDevice()) {
            assertEquals("GDK_GL=unset", started.getFirst(), "a GPU is there: GTK keeps OpenGL");
            assertFalse(started.contains("-Dprism.order=sw"), "a GPU is there: JavaFX chooses its pipeline");
            assertFalse(started.contains("-Dprism.disableRegionCaching=true"), "a GPU caches regions in its own memory");
        } else {
            assertEquals("GDK_GL=disable", started.getFirst());
            assertTrue(started.indexOf("-Dprism.order=sw") < started.indexOf("io.intelgraph.maestro.cli.Main"),
                    "the software pipeline is a JVM option: " + started);
            assertTrue(started.indexOf("-Dprism.disableRegionCaching=true") < started.indexOf("io.intelgraph.maestro.cli.Main"),
                    "the software pipeline's region cache would be 8 MB of heap: " + started);
        }
        assertEquals(List.of("io.intelgraph.maestro.cli.Main", "gui", "--sim"), started.subList(started.size() - 3,
                started.size()));
    }

    @Test
    void theWindowStartsWithoutGtksAccessibilityBridgeForJavaFxGivesItNothingOnLinux() throws Exception {
        assertEquals("NO_AT_BRIDGE=1", run(Map.of(), "gui", "--sim").get(1));
        assertEquals("NO_AT_BRIDGE=1", run(Map.of(), "--wall").get(1), "options of the default command open the window too");
    }

    @Test
    void theUsersChoicesWin() throws Exception {
        List<String> started = run(Map.of("GDK_GL", "always", "MAESTRO_JAVA_OPTIONS", "-Dprism.order=es2",
                "NO_AT_BRIDGE", "0"), "gui");
        assertEquals("GDK_GL=always", started.getFirst());
        assertEquals("NO_AT_BRIDGE=0", started.get(1), "0 keeps GTK's accessibility bridge");
        // The JVM takes the last of a property's values: the user's come after the launcher's.
        assertTrue(started.lastIndexOf("-Dprism.order=es2") > started.lastIndexOf("-Dprism.order=sw"), started.toString());
    }

    @Test
    void commandsWithoutAWindowAreLeftAlone() throws Exception {
        List<String> started = run(Map.of(), "status", "--sim", "--json");
        assertEquals("GDK_GL=unset", started.getFirst());
        assertEquals("NO_AT_BRIDGE=unset", started.get(1));
        assertFalse(started.contains("-Dprism.order=sw"), started.toString());
        assertFalse(started.contains("-Dprism.disableRegionCaching=true"), started.toString());
    }

    @Test
    void theAotCacheIsUsedOnlyWithTheJarsItWasMadeWithAndACopyWithoutTheirTimesIsToldHowToMendIt() throws Exception {
        Files.writeString(image.resolve("lib/app/maestro.aot"), "the build's AOT cache");
        Files.writeString(image.resolve("lib/app/jar-mtime"), "1796169600\n");
        Path jar = Files.writeString(image.resolve("lib/app/maestro-core.jar"), "a jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(1796169600)));
        List<String> asBuilt = run(Map.of("MAESTRO_AOT", "on"), "status");
        assertTrue(asBuilt.stream().anyMatch(argument -> argument.startsWith("-XX:AOTCache=")
                && argument.endsWith("/lib/app/maestro.aot")), asBuilt.toString());
        assertFalse(asBuilt.stream().anyMatch(line -> line.startsWith("maestro:")), asBuilt.toString());

        Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(1796169600 + 3600))); // cp -r
        List<String> copied = run(Map.of("MAESTRO_AOT", "on"), "status");
        assertTrue(copied.stream().noneMatch(argument -> argument.startsWith("-XX:AOTCache")), copied.toString());
        assertTrue(copied.getFirst().startsWith("maestro: the start-up cache (lib/app/maestro.aot) was made for jars with"
                + " other modification times") && copied.getFirst().contains("touch -m -d @1796169600 "), copied.getFirst());
        assertEquals("io.intelgraph.maestro.cli.Main", copied.get(copied.size() - 2), "and the program still starts");
    }

    private List<String> run(Map<String, String> environment, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString());
        builder.command().addAll(List.of(args));
        builder.environment().remove("GDK_GL");
        builder.environment().remove("NO_AT_BRIDGE");
        builder.environment().remove("MAESTRO_JAVA_OPTIONS");
        builder.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        builder.environment().put("MAESTRO_CONFIG_DIR", image.resolve("config").toString());
        builder.environment().put("MAESTRO_AOT", "off");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().toList();
    }

    private static boolean hasGpuDevice() throws IOException {
        return anyMatch(Path.of("/dev/dri"), "{card,renderD}*") || anyMatch(Path.of("/dev"), "nvidia[0-9]*");
    }

    private static boolean anyMatch(Path directory, String glob) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(directory, glob)) {
            return matches.iterator().hasNext();
        }
    }

    private static Path executable(Path file, String contents) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, contents);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
