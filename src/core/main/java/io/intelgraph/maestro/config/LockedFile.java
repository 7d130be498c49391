package io.intelgraph.maestro.config;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
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
            return change(change);
        } finally {
            local.unlock();
        }
    }

    /**
     * As {@link #update(Change)}, waiting at most {@code maxWait} for the lock: a process stopped while it holds the
     * lock (Ctrl-Z, a debugger) would otherwise keep every other one waiting without a word.
     *
     * @throws IOException when the lock was not had in time (the file is left as it was), or as {@link #update(Change)}
     */
    public <E extends Exception> String update(Change<E> change, Duration maxWait) throws IOException, E {
        long deadline = System.nanoTime() + maxWait.toNanos();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!local.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw heldTooLong(maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(file + ": interrupted while waiting for its lock");
        }
        try (FileChannel lock = open(lockFile, LOCK_OPTIONS); var held = lockBy(lock, deadline, maxWait)) {
            return change(change);
        } finally {
            local.unlock();
        }
    }

    private <E extends Exception> String change(Change<E> change) throws IOException, E {
        String next = change.apply(read());
        replace(next);
        return next;
    }

    /** The OS lock, asked for again every 50 ms until the deadline (the JDK has no timed wait for it). */
    private FileLock lockBy(FileChannel lock, long deadline, Duration maxWait) throws IOException {
        while (true) {
            FileLock held = lock.tryLock();
            if (held != null) {
                return held;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw heldTooLong(maxWait);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(file + ": interrupted while waiting for its lock");
            }
        }
    }

    private IOException heldTooLong(Duration maxWait) {
        String waited = maxWait.toMillis() < 1000 ? maxWait.toMillis() + " ms" : maxWait.toSeconds() + " s";
        return new IOException(file.getFileName() + " has been locked for " + waited
                + " by another process (or one stopped while it held the lock); not waiting longer");
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
