package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.config.LockedFile;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.distill.TeacherProfile;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.userstate.UserStateStore;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writers of the config directory's shared files, as separate processes would be: {@link #spawn}
 * starts this class's {@code main} in a child JVM on the test class path, and {@link #write} is
 * what each writer (a child process or a thread of the test) does, {@code count} times.
 */
public final class ChildWriters {

    /** What a writer does; HOLD takes the counter's lock, says so in a file {@code held}, and keeps it {@code count} ms. */
    public enum Kind { COUNTER, APPEND, TEACHERS, AUDIT, UI_STATE, HOLD }

    /** Long enough for a child JVM to start on a busy machine. */
    private static final Duration START_UP = Duration.ofMillis(2500);

    private ChildWriters() {
    }

    public static void main(String[] args) throws Exception {
        waitUntil(Instant.parse(args[4]));
        write(Kind.valueOf(args[0]), Path.of(args[1]), args[2], Integer.parseInt(args[3]));
    }

    /** Every writer starts at the same instant, the child JVMs' start-up over, so that they really overlap. */
    private static void waitUntil(Instant start) throws InterruptedException {
        Duration wait = Duration.between(Instant.now(), start);
        if (!wait.isNegative()) {
            Thread.sleep(wait);
        }
    }

    /** One writer's work: each step a whole read-change-write or append, as a separate command run would do it. */
    public static void write(Kind kind, Path dir, String id, int count) throws Exception {
        if (kind == Kind.HOLD) {
            new LockedFile(dir.resolve("counter")).update(current -> {
                Files.writeString(dir.resolve("held"), id);
                Thread.sleep(count);
                return current.orElse("0");
            });
            return;
        }
        for (int i = 0; i < count; i++) {
            switch (kind) {
                case COUNTER -> new LockedFile(dir.resolve("counter")).update(current ->
                        String.valueOf(Integer.parseInt(current.orElse("0")) + 1));
                case APPEND -> new LockedFile(dir.resolve("lines")).append(id + " " + i + " " + "x".repeat(i * 37 % 5000) + "\n");
                case TEACHERS -> new TeacherMarketplace(dir).register(teacher(id + "-" + i));
                case AUDIT -> new AuditLog(dir, Clock.systemUTC()).record(id + "@test", "deploy", "pr-" + i, "ok: " + "y".repeat(i * 53 % 3000));
                case UI_STATE -> {
                    if (!new UserStateStore(dir).save(new UserStateStore.UserState(
                            TileQuery.ALL.withText(id + "-" + i + " " + "z".repeat(i * 997 % 20_000)), i % 2 == 0))) {
                        throw new IOException(id + ": save " + i + " failed (see the log)");
                    }
                }
                case HOLD -> throw new IllegalStateException("done above");
            }
        }
    }

    public static TeacherProfile teacher(String name) {
        return new TeacherProfile(name, "1.0.0", 0.5, Map.of(Signal.PREVIEW_UNHEALTHY, 1.0), Map.of(Signal.PREVIEW_UNHEALTHY, 0.5),
                Map.of(Recommendation.HOLD, 1.0));
    }

    /** A child JVM running {@link #write}: its own process, so only the OS file lock keeps it from the others. */
    public static Process spawn(Kind kind, Path dir, String id, int count, Instant start) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx128m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ChildWriters.class.getName(), kind.name(), dir.toString(), id,
                String.valueOf(count), start.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * {@code processes} child JVMs and {@code threads} threads of this one, all writing at once;
     * fails if any of them fails.
     */
    public static void race(Kind kind, Path dir, int processes, int threads, int count) throws Exception {
        Instant start = Instant.now().plus(START_UP);
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            children.add(spawn(kind, dir, "process" + p, count, start));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String id = "thread" + t;
                done.add(pool.submit((Callable<Object>) () -> {
                    waitUntil(start);
                    write(kind, dir, id, count);
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
            for (Process child : children) {
                if (!child.waitFor(2, TimeUnit.MINUTES)) {
                    child.destroyForcibly();
                    throw new AssertionError("a child writer did not finish");
                }
                if (child.exitValue() != 0) {
                    throw new AssertionError("a child writer failed with exit " + child.exitValue());
                }
            }
        } finally {
            pool.shutdownNow();
            children.forEach(Process::destroyForcibly);
        }
    }

    /** Files left in {@code dir} other than those named: a temporary file left behind is a bug. */
    public static List<String> strays(Path dir, String... expected) {
        List<String> names = new ArrayList<>();
        for (File f : Optional.ofNullable(dir.toFile().listFiles()).orElse(new File[0])) {
            if (!List.of(expected).contains(f.getName())) {
                names.add(f.getName());
            }
        }
        return names;
    }
}
