package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.cli.Main;
import io.intelgraph.maestro.github.TokenSource;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The policy engine through the CLI itself, each run in a child JVM (JVM start included, as a user's terminal sees
 * it; peak resident set from /proc/PID/status): {@code policy check} of 2,000 generated Deployments against
 * {@code policy/} (also warm: the CLI called repeatedly in one JVM), {@code policy verify} of the largest public
 * libraries in src/core/test/resources/rego-libraries/ (and of k8s-security-policies, the one whose Rego v0 the engine
 * before issue 14 could read), and a 200 KB {@code RUN curl …} Dockerfile line. With
 * {@code -Dbench.baseline.classes=DIR} (or the environment's {@code BENCH_BASELINE_CLASSES}), the compiled classes
 * of an older build, every run is repeated on them and the table shows before and after. Part of
 * {@code ./mvnw -Pbench verify}; alone (parts: deployments, libraries, dockerfile; none for all):
 * <pre>
 * git worktree add /tmp/base-c9e60fc c9e60fc &amp;&amp; (cd /tmp/base-c9e60fc &amp;&amp; ./mvnw -B -o -q -DskipTests package)
 * ./mvnw -B -o -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dbench.baseline.classes=/tmp/base-c9e60fc/target/classes -cp %classpath \
 *   io.intelgraph.maestro.bench.PolicyBenchmark deployments"
 * </pre>
 */
public final class PolicyBenchmark {

    static final int DEPLOYMENTS = 2_000;
    static final int DOCKERFILE_LINE_BYTES = 200 * 1024;
    /** Longest one child run may take: the old engine was quadratic on some inputs. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Child runs per figure, the fastest shown; fewer for the libraries, whose runs are long. */
    static final int REPEATS = 3;
    static final int LIBRARY_REPEATS = 2;
    static final Duration SLOW = Duration.ofSeconds(10);
    static final int WARM_UPS = 3;
    static final int WARM_RUNS = 5;
    private static final Path LIBRARIES = Path.of("src", "core", "test", "resources", "rego-libraries");
    private static final Path WORK = Path.of("target", "bench-policy");

    private PolicyBenchmark() {
    }

    /**
     * The classes a child JVM runs (this build's, or an older one's in place of target/classes) and the build's own
     * policy/ (kubernetes.rego has not changed since c9e60fc; docker.rego's pipe-to-shell rule has).
     */
    record Build(String label, String classPath, Path policy) {

        static Build current() {
            return new Build("after", System.getProperty("java.class.path"), Path.of("policy"));
        }

        /** This class path with target/classes replaced by the baseline's (its test classes and jars kept, a superset of its own). */
        static Optional<Build> baseline() {
            String dir = Optional.ofNullable(System.getProperty("bench.baseline.classes"))
                    .orElse(System.getenv("BENCH_BASELINE_CLASSES"));
            if (dir == null || dir.isBlank()) {
                return Optional.empty();
            }
            Path own = Path.of("target", "classes").toAbsolutePath().normalize();
            String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(entry -> Path.of(entry).toAbsolutePath().normalize().equals(own) ? dir : entry)
                    .collect(Collectors.joining(File.pathSeparator));
            Path policy = Path.of(dir).toAbsolutePath().getParent().getParent().resolve("policy");
            return Optional.of(new Build("before", classPath, Files.isDirectory(policy) ? policy : Path.of("policy")));
        }
    }

    /**
     * One child JVM's run: exit code (empty when it was stopped at the timeout), peak RSS, wall time, CPU time (all
     * threads, JIT and GC included: on a shared machine the steadier figure), its output.
     */
    record ChildRun(Optional<Integer> exit, long peakRssBytes, Duration took, Duration cpu, String out, String err) {

        String wall() {
            return exit.isEmpty() ? "> " + TIMEOUT.toSeconds() + " s" : seconds(took);
        }

        /** Wall time, CPU time and peak RSS, or what stopped the run. */
        String describe() {
            if (exit.isEmpty()) {
                return wall() + " (stopped)";
            }
            String error = err.lines().filter(l -> l.startsWith("error") || l.contains("Exception")).findFirst().orElse("");
            return String.format(Locale.ROOT, "%s (cpu %s), %.0f MB, exit %d%s", wall(), seconds(cpu),
                    peakRssBytes / 1048576.0, exit.get(), error.isEmpty() ? "" : " — " + tail(error, 48));
        }

        /** The last non-blank line of stdout: the CLI's summary. */
        String summary() {
            return out.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        }

        private static String seconds(Duration duration) {
            return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
    }

    /** Runs the CLI's main class (or another) of this build in a child JVM, stdin from a file if given. */
    static ChildRun child(Build build, Optional<Path> stdin, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", build.classPath(), mainClass));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(WORK, "out", ".txt");
        Path err = Files.createTempFile(WORK, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        stdin.ifPresent(file -> builder.redirectInput(file.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        long deadline = start + TIMEOUT.toNanos();
        long peak = 0;
        Duration cpu = Duration.ZERO;
        while (process.isAlive() && System.nanoTime() < deadline) {
            peak = Math.max(peak, highWaterMark(proc.resolve("status")));
            cpu = cpuTime(proc.resolve("stat")).orElse(cpu);
            process.waitFor(10, TimeUnit.MILLISECONDS);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Optional<Integer> exit = Optional.empty();
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        } else {
            exit = Optional.of(process.exitValue());
        }
        ChildRun run = new ChildRun(exit, peak, took, cpu, Files.readString(out), Files.readString(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return run;
    }

    /**
     * The best (shortest wall time) of {@code repeats} runs: the machine is shared, so the others waited for a core.
     * A run of more than {@link #SLOW} is not repeated: waiting is then noise.
     */
    static ChildRun best(int repeats, Build build, Optional<Path> stdin, String... args) throws IOException, InterruptedException {
        ChildRun best = cli(build, stdin, args);
        for (int i = 1; i < repeats && best.exit().isPresent() && best.took().compareTo(SLOW) < 0; i++) {
            ChildRun run = cli(build, stdin, args);
            best = run.took().compareTo(best.took()) < 0 ? run : best;
        }
        return best;
    }

    /** VmHWM (peak resident set) in bytes, or 0 once the process is gone. */
    private static long highWaterMark(Path status) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between the check and the read
        }
    }

    /** utime + stime from /proc/PID/stat (clock ticks, 100 a second on Linux), empty once the process is gone. */
    private static Optional<Duration> cpuTime(Path stat) {
        try {
            String line = Files.readString(stat);
            // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(Duration.ofMillis(ticks * 10));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static ChildRun cli(Build build, Optional<Path> stdin, String... args) throws IOException, InterruptedException {
        return child(build, stdin, Main.class.getName(), args);
    }

    /**
     * The CLI called {@link #WARM_UPS} + {@link #WARM_RUNS} times in one JVM, as a long-running process (the
     * HUD, the deploy gate) calls the engine: prints the median of the measured runs in milliseconds.
     */
    public static final class WarmCli {

        private WarmCli() {
        }

        public static void main(String[] args) {
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            long[] millis = new long[WARM_RUNS];
            for (int i = 0; i < WARM_UPS + WARM_RUNS; i++) {
                long start = System.nanoTime();
                Main.commandLine(new Main(System.getenv(), TokenSource.fromEnvironment(), sink, sink)).execute(args);
                if (i >= WARM_UPS) {
                    millis[i - WARM_UPS] = (System.nanoTime() - start) / 1_000_000;
                }
            }
            Arrays.sort(millis);
            System.out.println(millis[WARM_RUNS / 2]);
            System.exit(0); // as the CLI's main: a pool thread left by a run must not keep the JVM up
        }
    }

    /** 2,000 Deployments as one multi-document YAML; the even ones pass policy/, the odd ones break several of its rules. */
    static Path deployments() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < DEPLOYMENTS; i++) {
            boolean compliant = i % 2 == 0;
            yaml.append(String.format(Locale.ROOT, """
                    ---
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: app-%1$d
                      labels:
                        app.kubernetes.io/name: app-%1$d
                    spec:
                      replicas: 2
                      selector:
                        matchLabels:
                          app: app-%1$d
                      template:
                        metadata:
                          labels:
                            app: app-%1$d
                        spec:
                          securityContext:
                            runAsNonRoot: %2$s
                          containers:
                    """, i, compliant));
            yaml.append(container("web", compliant ? "ghcr.io/intelgraph/web:1." + i : "docker.io/library/nginx:latest", compliant));
            yaml.append(container("sidecar", "ghcr.io/intelgraph/sidecar:1." + i, true));
        }
        Path file = WORK.resolve("deployments-" + DEPLOYMENTS + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** One entry of a pod's containers list, indented under {@code containers:}. */
    private static String container(String name, String image, boolean compliant) {
        String container = String.format(Locale.ROOT, """
                - name: %s
                  image: %s
                  securityContext:
                    readOnlyRootFilesystem: %s
                    allowPrivilegeEscalation: %s
                  resources:
                    limits: {cpu: 500m, memory: 256Mi}
                """, name, image, compliant, !compliant);
        String probed = compliant ? container + """
                    requests: {cpu: 100m, memory: 128Mi}
                  livenessProbe: {httpGet: {path: /healthz, port: 8080}}
                  readinessProbe: {httpGet: {path: /ready, port: 8080}}
                """ : container;
        return probed.indent(6);
    }

    /** A Dockerfile of one 200 KB RUN line naming curl in each of its URLs, optionally piped into a shell at the end. */
    static Path curlLine(boolean pipeToShell) throws IOException {
        StringBuilder line = new StringBuilder("FROM ghcr.io/intelgraph/base:1\nRUN ");
        while (line.length() < DOCKERFILE_LINE_BYTES) {
            line.append("curl http://x/curl ");
        }
        line.append(pipeToShell ? "| sh\n" : "\n");
        Path file = WORK.resolve(pipeToShell ? "curl-line-pipe.Dockerfile" : "curl-line.Dockerfile");
        Files.writeString(file, line);
        return file;
    }

    /** A library's policy verify arguments: the Rego v0 flag only where the build has one (the old engine read both). */
    static String[] verifyArgs(Build build, Path library) throws IOException, InterruptedException {
        boolean hasVersionFlag = cli(build, Optional.empty(), "policy", "verify", "--help").out().contains("--rego-version");
        List<String> args = new ArrayList<>(List.of("policy", "verify", "-p", library.toString()));
        if (hasVersionFlag) {
            args.addAll(List.of("--rego-version", "v0"));
        }
        return args.toArray(String[]::new);
    }

    static long count(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.toString().endsWith(suffix) && Files.isRegularFile(f)).count();
        }
    }

    /** One row of the table: what was measured, and the figure per build. */
    record Row(String what, List<String> figures) {
    }

    /** The parts of the benchmark, each runnable alone ({@code PolicyBenchmark deployments dockerfile}). */
    enum Part { deployments, libraries, dockerfile }

    static String run() throws IOException, InterruptedException {
        return run(EnumSet.allOf(Part.class));
    }

    static String run(Set<Part> parts) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        List<Build> builds = new ArrayList<>();
        Build.baseline().ifPresent(builds::add);
        builds.add(Build.current());
        Path deployments = deployments();
        Path curl = curlLine(false);
        Path curlPipe = curlLine(true);
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        List<String> cold = new ArrayList<>();
        List<String> warm = new ArrayList<>();
        for (Build build : parts.contains(Part.deployments) ? builds : List.<Build>of()) {
            ChildRun run = best(REPEATS, build, Optional.empty(),
                    "policy", "check", "-p", build.policy().toString(), deployments.toString());
            cold.add(run.describe());
            notes.add(build.label() + ", 2,000 Deployments: " + run.summary());
            ChildRun warmRun = child(build, Optional.empty(), WarmCli.class.getName(),
                    "policy", "check", "-p", build.policy().toString(), deployments.toString());
            warm.add(warmRun.exit().filter(e -> e == 0).isPresent() ? warmRun.out().strip() + " ms" : warmRun.describe());
        }
        if (parts.contains(Part.deployments)) {
            rows.add(new Row(String.format(Locale.ROOT, "policy check, %,d Deployments (%.1f MB), child JVM", DEPLOYMENTS,
                    Files.size(deployments) / 1048576.0), cold));
            rows.add(new Row("  same, warm in one JVM (median of " + WARM_RUNS + " after " + WARM_UPS + ")", warm));
        }

        for (String name : parts.contains(Part.libraries) ? List.of("gatekeeper-library", "regula", "k8s-security-policies") : List.<String>of()) {
            Path library = LIBRARIES.resolve(name);
            List<String> figures = new ArrayList<>();
            for (Build build : builds) {
                ChildRun run = best(LIBRARY_REPEATS, build, Optional.empty(), verifyArgs(build, library));
                figures.add(run.describe());
                notes.add(build.label() + ", " + name + ": " + run.summary());
            }
            rows.add(new Row(String.format(Locale.ROOT, "policy verify %s (%d files, %d .rego)", name,
                    count(library, ""), count(library, ".rego")), figures));
        }

        for (Path dockerfile : parts.contains(Part.dockerfile) ? List.of(curl, curlPipe) : List.<Path>of()) {
            List<String> figures = new ArrayList<>();
            for (Build build : builds) {
                ChildRun run = best(REPEATS, build, Optional.of(dockerfile),
                        "policy", "check", "-p", build.policy().toString(), "--parser", "dockerfile", "-");
                figures.add(run.describe());
                notes.add(build.label() + ", " + dockerfile.getFileName() + ": " + run.summary());
            }
            rows.add(new Row(String.format(Locale.ROOT, "policy check --parser dockerfile -, 200 KB RUN curl line%s",
                    dockerfile == curlPipe ? " | sh" : ""), figures));
        }
        Files.deleteIfExists(deployments);
        Files.deleteIfExists(curl);
        Files.deleteIfExists(curlPipe);
        return table(builds, rows, notes);
    }

    static String table(List<Build> builds, List<Row> rows, List<String> notes) {
        int width = rows.stream().mapToInt(r -> r.what().length()).max().orElse(10);
        int cell = rows.stream().flatMap(r -> r.figures().stream()).mapToInt(String::length).max().orElse(10);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%npolicy engine through the CLI in a child JVM: wall time (JVM start included; fastest of %d, libraries %d), its"
                        + " CPU time, peak RSS (VmHWM), exit code%n", REPEATS, LIBRARY_REPEATS));
        table.append(String.format(Locale.ROOT, "  %-" + width + "s", ""));
        builds.forEach(b -> table.append(String.format(Locale.ROOT, " | %-" + cell + "s", b.label())));
        table.append(System.lineSeparator());
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "  %-" + width + "s", row.what()));
            row.figures().forEach(f -> table.append(String.format(Locale.ROOT, " | %-" + cell + "s", f)));
            table.append(System.lineSeparator());
        }
        table.append("  summaries:").append(System.lineSeparator());
        notes.forEach(n -> table.append("    ").append(n).append(System.lineSeparator()));
        return table.toString();
    }

    /** The end of an error, where its cause is (its start is a long path). */
    private static String tail(String text, int max) {
        return text.length() <= max ? text : "…" + text.substring(text.length() - max + 1);
    }

    /** Runs the parts named (deployments, libraries, dockerfile), or all. */
    public static void main(String[] args) throws Exception {
        System.out.println(run(args.length == 0 ? EnumSet.allOf(Part.class)
                : Arrays.stream(args).map(Part::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Part.class)))));
    }
}
