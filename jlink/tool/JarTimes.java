import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The JVM uses an AOT cache only with the very jars it was made with, and tells them by size and modification time.
 * jpackage's .deb and .rpm give every file the time of packaging, so before the training run every jar in lib/app
 * gets one fixed time (the build's outputTimestamp), written to lib/app/jar-mtime for the packages' install scripts
 * to put back (touch -d @seconds). A tarball keeps the times by itself.
 */
final class JarTimes {

    private JarTimes() {
    }

    static void pin(Path app, Instant time) throws IOException {
        FileTime fixed = FileTime.from(time);
        try (Stream<Path> files = Files.list(app)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, fixed);
            }
        }
        Files.writeString(app.resolve("jar-mtime"), time.getEpochSecond() + "\n");
    }
}
