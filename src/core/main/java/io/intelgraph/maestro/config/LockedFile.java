package io.intelgraph.maestro.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A file in the config directory that several writers share — the HUD, and {@code teachers} or
 * {@code preview} commands run beside it. A change takes the file's lock (an OS lock on the
 * sibling {@code NAME.lock}, which serialises processes, plus a lock per path in this JVM, since
 * the OS lock is held per process and a second thread asking for it would fail), reads the
 * current content, writes the new content to a temporary file in the same directory, forces it to
 * disk and moves it over the file atomically. Readers need no lock: they see the old content or
 * the new, never half of one. An append takes the same lock and forces the line to disk.
 * Files are created readable by their owner only, where the file system has POSIX permissions.
 */
public final class LockedFile {

    /** What a change makes of the current content (empty when the file does not exist yet). */
    @FunctionalInterface
    public interface Change<E extends Exception> {
        String apply(Optional<String> current) throws IOException, E;
    }

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<StandardOpenOption> LOCK_OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    private static final Set<StandardOpenOption> APPEND_OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);

    private final Path file;
    private final Path lockFile;
    private final boolean force;

    /** A file whose every change is forced to disk before it replaces the old content. */
    public LockedFile(Path file) {
        this(file, true);
    }

    private LockedFile(Path file, boolean force) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.force = force;
    }

    /**
     * A file replaced whole and atomically but not forced to disk: for preferences saved on every
     * keystroke from the FX thread, where a forced write costs milliseconds and a crash may at worst
     * lose the last change.
     */
    public static LockedFile unforced(Path file) {
        return new LockedFile(file, false);
    }

    public Path path() {
        return file;
    }

    /** The current content, or empty when there is no file; a replace is atomic, so no lock is needed. */
    public Optional<String> read() throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }

    /**
     * Replaces the content with what {@code change} makes of the current one, under the lock, and
     * returns what was written. When {@code change} throws, the file is left as it was.
     */
    public <E extends Exception> String update(Change<E> change) throws IOException, E {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel lock = open(lockFile, LOCK_OPTIONS); var held = lock.lock()) {
            String next = change.apply(read());
            replace(next);
            return next;
        } finally {
            local.unlock();
        }
    }

    /** Appends {@code text} under the lock and forces it to disk, so concurrent appends neither interleave nor get lost. */
    public void append(String text) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel lock = open(lockFile, LOCK_OPTIONS); var held = lock.lock();
                FileChannel out = open(file, APPEND_OPTIONS)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(false);
        } finally {
            local.unlock();
        }
    }

    private void replace(String content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp", ownerOnly());
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                if (force) {
                    out.force(true);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(file + ": the file system cannot replace it atomically (" + e.getMessage() + ")", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileChannel open(Path path, Set<StandardOpenOption> options) throws IOException {
        Files.createDirectories(path.getParent());
        try {
            return FileChannel.open(path, options, ownerOnly());
        } catch (FileSystemException e) {
            throw new IOException(path + ": cannot open it for writing (" + e.getReason() + ")", e);
        }
    }

    /** rw------- on POSIX file systems (applied only when the file is created); nothing elsewhere. */
    private static FileAttribute<?>[] ownerOnly() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}
