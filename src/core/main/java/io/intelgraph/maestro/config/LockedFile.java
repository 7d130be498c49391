package io.intelgraph.maestro.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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
import java.util.regex.Pattern;

/**
 * A file in the config directory that several writers share — the HUD, and {@code teachers} or
 * {@code preview} commands run beside it. A change takes the file's lock (an OS lock on the
 * sibling {@code NAME.lock}, which serialises processes, plus a lock per path in this JVM, since
 * the OS lock is held per process and a second thread asking for it would fail), reads the
 * current content, writes the new content to a temporary file in the same directory, forces it to
 * disk and moves it over the file atomically. Readers need no lock: they see the old content or
 * the new, never half of one. An append takes the same lock and forces the line to disk.
 * Files are created readable by their owner only, where the file system has POSIX permissions.
 * The lock is asked for again every 50 ms (the JDK has no timed wait for it), for
 * {@value #DEFAULT_MAX_WAIT_SECONDS} s at the most: a process stopped while it holds it (Ctrl-Z, a
 * debugger) then costs the others an error that says so, not a wait without end.
 */
public final class LockedFile {

    /** What a change makes of the current content (empty when the file does not exist yet). */
    @FunctionalInterface
    public interface Change<E extends Exception> {
        String apply(Optional<String> current) throws IOException, E;
    }

    private static final Logger LOG = LoggerFactory.getLogger(LockedFile.class);
    private static final Duration SAY_WAITING_AFTER = Duration.ofSeconds(2);
    static final int DEFAULT_MAX_WAIT_SECONDS = 120;
    private static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(DEFAULT_MAX_WAIT_SECONDS);
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<StandardOpenOption> LOCK_OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    private static final Set<StandardOpenOption> APPEND_OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);

    private final Path file;
    private final Path lockFile;
    private final boolean force;
    /** For a cache: the most it reads; what is larger, or not a regular file, or not UTF-8, is read as absent. */
    private final long cacheBytes;

    /** A file whose every change is forced to disk before it replaces the old content. */
    public LockedFile(Path file) {
        this(file, true, -1);
    }

    private LockedFile(Path file, boolean force, long cacheBytes) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.force = force;
        this.cacheBytes = cacheBytes;
    }

    /**
     * A cache: what can be made again, so content that cannot be read as one — larger than {@code maxBytes}, not a
     * regular file (a directory, a FIFO, a link to {@code /dev/zero}), not UTF-8 — is read as no file and replaced by
     * the next change, where another file's damage is an error that loses nothing.
     */
    public static LockedFile cache(Path file, long maxBytes) {
        return new LockedFile(file, true, maxBytes);
    }

    /**
     * A file replaced whole and atomically but not forced to disk: for preferences saved on every
     * keystroke from the FX thread, where a forced write costs milliseconds and a crash may at worst
     * lose the last change.
     */
    public static LockedFile unforced(Path file) {
        return new LockedFile(file, false, -1);
    }

    public Path path() {
        return file;
    }

    /** The current content, or empty when there is no file; a replace is atomic, so no lock is needed. */
    public Optional<String> read() throws IOException {
        if (cacheBytes >= 0) {
            return readCache();
        }
        return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }

    /**
     * Replaces the content with what {@code change} makes of the current one, under the lock, and
     * returns what was written. When {@code change} throws, the file is left as it was.
     */
    public <E extends Exception> String update(Change<E> change) throws IOException, E {
        return update(change, DEFAULT_MAX_WAIT);
    }

    /**
     * As {@link #update(Change)}, waiting at most {@code maxWait} for the lock: a process stopped while it holds the
     * lock (Ctrl-Z, a debugger) would otherwise keep every other one waiting without a word.
     *
     * @throws IOException when the lock was not had in time (the file is left as it was), or as {@link #update(Change)}
     */
    public <E extends Exception> String update(Change<E> change, Duration maxWait) throws IOException, E {
        long deadline = System.nanoTime() + maxWait.toNanos();
        ReentrantLock local = localLock(maxWait);
        try (FileChannel lock = open(lockFile, LOCK_OPTIONS); var held = lockBy(lock, deadline, maxWait)) {
            return change(change);
        } finally {
            local.unlock();
        }
    }

    /** This JVM's lock of the file, within {@code maxWait}. */
    private ReentrantLock localLock(Duration maxWait) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!local.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw heldTooLong(maxWait);
            }
            return local;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(file + ": interrupted while waiting for its lock");
        }
    }

    private <E extends Exception> String change(Change<E> change) throws IOException, E {
        String next = change.apply(read());
        replace(next);
        return next;
    }

    /** The OS lock, asked for again every 50 ms until the deadline (the JDK has no timed wait for it). */
    private FileLock lockBy(FileChannel lock, long deadline, Duration maxWait) throws IOException {
        long sayAt = System.nanoTime() + SAY_WAITING_AFTER.toNanos();
        while (true) {
            FileLock held = lock.tryLock();
            if (held != null) {
                return held;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw heldTooLong(maxWait);
            }
            if (sayAt != 0 && System.nanoTime() - sayAt >= 0) {
                // A command that seems to hang says why (a wait is usually a few milliseconds).
                LOG.warn("{} is locked by another process: waiting for it, {} s at the most", file, maxWait.toSeconds());
                sayAt = 0;
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
        long deadline = System.nanoTime() + DEFAULT_MAX_WAIT.toNanos();
        ReentrantLock local = localLock(DEFAULT_MAX_WAIT);
        try (FileChannel lock = open(lockFile, LOCK_OPTIONS); var held = lockBy(lock, deadline, DEFAULT_MAX_WAIT);
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

    /** A cache's content, or empty when it cannot be read as one (see {@link #cache}). */
    private Optional<String> readCache() throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > cacheBytes) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private void replace(String content) throws IOException {
        removeLeftTemporaries();
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp", ownerOnly());
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

    /**
     * The temporary files of writers killed between writing and renaming (SIGKILL, a power cut). Only a lock holder
     * writes one, and this one holds the lock: every such file there now is left over.
     */
    private void removeLeftTemporaries() throws IOException {
        // Files.createTempFile puts digits between the prefix and the suffix: ".a.5.tmp" is a temporary of "a", and
        // ".a2.5.tmp" one of "a2", which another lock guards.
        Pattern mine = Pattern.compile(Pattern.quote("." + file.getFileName() + ".") + "\\d+\\.tmp");
        try (DirectoryStream<Path> left = Files.newDirectoryStream(file.getParent(),
                p -> mine.matcher(p.getFileName().toString()).matches())) {
            for (Path temp : left) {
                Files.deleteIfExists(temp);
            }
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
