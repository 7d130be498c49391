package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.LockedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file in the config directory through which this process tells others it is there (its simulated cluster's
 * address, its doorbell). It is withdrawn when the process closes it or — on SIGTERM or Ctrl-C, when close() never
 * runs — by a shutdown hook, so no later command acts on a process that is gone; and only while it still holds
 * what this process wrote, since a later process may have replaced it.
 */
final class PublishedFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedFile.class);

    private final Path file;
    private final String content;
    private final Thread hook;

    private PublishedFile(Path file, String content) {
        this.file = file;
        this.content = content;
        this.hook = new Thread(this::withdraw, file.getFileName() + "-cleanup");
    }

    /** Writes {@code content} to {@code file} (atomically and locked, as every file there) and arms the hook. */
    static PublishedFile publish(LockedFile file, String content) throws IOException {
        Files.createDirectories(file.path().getParent());
        file.update(current -> content);
        PublishedFile published = new PublishedFile(file.path(), content);
        Runtime.getRuntime().addShutdownHook(published.hook);
        return published;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook itself is running or has run
        }
        withdraw();
    }

    private void withdraw() {
        try {
            if (Files.isRegularFile(file) && Files.readString(file).strip().equals(content)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}; the next preview command will find it stale and remove it", file, e.getMessage());
        }
    }
}
