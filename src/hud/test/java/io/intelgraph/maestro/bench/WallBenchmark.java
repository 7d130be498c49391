package io.intelgraph.maestro.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import io.intelgraph.maestro.sim.SimScale;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.ui.HudWindow;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The wall at organisation size, headless (Monocle, software rendering, 1920×1080), as issue 16
 * measures it: 2,000 tiles while 500 run changes a second arrive for a minute (frame time, frames
 * over 16.7 and 50 ms, event to pixel), the same 2,000 tiles idle with 100 running (the process's
 * CPU and the FX thread's busy share over a minute), and resident memory and live heap after GC at
 * 87 and 2,000 tiles — each on the desktop grid and on the wall, in JVMs started with the packaged
 * launcher's options. Prints the figures beside the ones measured before the wall was rebuilt
 * ({@code src/hud/test/resources/bench/wall-before.properties}) and the issue's goals, and keeps
 * them in {@code src/hud/target/wall-benchmark.properties}.
 *
 * <p>{@code ./mvnw -Pbench verify -Dbench.main=io.intelgraph.maestro.bench.WallBenchmark}
 * ({@code -Dwall.seconds=15} for a quicker, rougher run; {@code -Dwall.views=wall}, {@code -Dwall.memory=false}
 * to measure less). Uses only API the HUD had before, so the
 * same class measures before and after.
 */
public final class WallBenchmark {

    static final SimScale ORGANISATION = new SimScale(400, 9, 100);
    private static final int RUNNING = 100;
    private static final int CHANGES_PER_SECOND = 500;
    private static final String GEOMETRY = "1920x1080";
    private static final Path BEFORE = Path.of("src/hud/test/resources/bench/wall-before.properties");
    private static final Path NOW = Path.of("src/hud/target/wall-benchmark.properties");
    private static final String CHILD = "wall.child";

    private final int seconds = Integer.getInteger("wall.seconds", 60);
    /**
     * Changes run this long before the loaded scenario is measured: a wall runs for days, and what is
     * measured is its steady state, not the JIT compiling the change path in the first seconds.
     */
    private final int warmUpSeconds = Integer.getInteger("wall.warmup", 10);
    /** {@code -Dwall.views=wall} measures one view; {@code -Dwall.memory=false} skips the memory probes (profiling). */
    private static final List<String> VIEWS = List.of(System.getProperty("wall.views", "desktop,wall,spinning")
            .split(","));
    private final Map<String, Double> figures = new LinkedHashMap<>();

    private WallBenchmark() {
    }

    /**
     * Without arguments: runs the benchmark in a JVM with the launcher's options and prints the
     * table. {@code memory TILES VIEW}: one memory probe (a JVM of its own each).
     */
    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean(CHILD)) {
            System.exit(fork(args));
        }
        System.setProperty("headless.geometry", GEOMETRY + "-32");
        // Each frame is drawn before the next pulse starts, so each frame's time is its own (FrameMonitor).
        System.setProperty("quantum.multithreaded", "false");
        HeadlessFx.start();
        if (args.length == 3 && args[0].equals("memory")) {
            WallMemoryProbe.run(Integer.parseInt(args[1]), args[2].equals("wall"));
        } else {
            WallBenchmark benchmark = new WallBenchmark();
            benchmark.measure();
            System.out.println(benchmark.report());
        }
        Platform.exit();
        System.exit(0);
    }

    /** This class again, in a JVM of its own with the launcher's options; the child's exit code. */
    static int fork(String... args) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(LauncherOptions.javaCommand(childOptions(), WallBenchmark.class,
                List.of(args))).inheritIO().start();
        return child.waitFor();
    }

    /**
     * What every JVM of the benchmark is started with after the launcher's options: {@code -Dwall.jvm}
     * adds options of its own (later ones win, e.g. {@code -Dwall.jvm=-Xmx2g} for a HUD that does not
     * fit the launcher's heap), passed on to the memory probes.
     */
    private static List<String> childOptions() {
        List<String> options = new ArrayList<>();
        String extra = System.getProperty("wall.jvm", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
            options.add("-Dwall.jvm=" + extra);
        }
        options.add("-D" + CHILD + "=true");
        options.add("-Dwall.seconds=" + Integer.getInteger("wall.seconds", 60));
        for (String passed : List.of("wall.views", "wall.memory", "wall.warmup")) {
            if (System.getProperty(passed) != null) {
                options.add("-D" + passed + "=" + System.getProperty(passed));
            }
        }
        return options;
    }

    private void measure() throws Exception {
        long setup = System.nanoTime();
        try (WallWorkload workload = WallWorkload.open(ORGANISATION, RUNNING)) {
            System.out.printf(Locale.ROOT, "wall benchmark: %,d tiles, %d running, synced in %.1f s; %d s a scenario%n",
                    workload.tiles(), workload.running(), (System.nanoTime() - setup) / 1e9, seconds);
            figures.put("tiles", (double) workload.tiles());
            for (String view : VIEWS) {
                measureView(workload, view);
            }
        }
        if (Boolean.parseBoolean(System.getProperty("wall.memory", "true"))) {
            for (String view : VIEWS.stream().filter(v -> !v.equals("spinning")).toList()) {
                for (int tiles : List.of(87, 2000)) {
                    memory(tiles, view);
                }
            }
        }
        Files.createDirectories(NOW.getParent());
        Properties out = new Properties();
        figures.forEach((k, v) -> out.setProperty(k, String.format(Locale.ROOT, "%.2f", v)));
        try (Writer writer = Files.newBufferedWriter(NOW)) {
            out.store(writer, "WallBenchmark, " + seconds + " s a scenario");
        }
    }

    /**
     * One view: idle for a minute, then 500 changes a second for a minute. "spinning" is the desktop
     * filtered to the running builds, so the spinners are on screen (failing first, the others show
     * none): idle only, the animation budget.
     */
    private void measureView(WallWorkload workload, String view) throws Exception {
        boolean wall = view.equals("wall");
        Path userState = Files.createTempDirectory("wall-bench");
        if (view.equals("spinning")) {
            Files.writeString(userState.resolve("ui-state.json"), "{\"query\": {\"states\": [\"RUNNING\"]}}");
        }
        HudComposition hud = HeadlessFx.onFx(() -> HudComposition.create(new HudContext(workload.plane(),
                workload.client(), () -> { }, new UserStateStore(userState), wall, true)));
        HudWindow window = hud.window();
        Stage stage = HeadlessFx.onFx(() -> {
            Stage created = new Stage();
            window.show(created);
            return created;
        });
        FrameMonitor monitor = HeadlessFx.onFx(() -> new FrameMonitor(window.root().getScene(),
                () -> window.model().snapshotProperty().get() == null ? -1 : window.model().snapshotProperty().get().version()));
        awaitShown(window, workload);
        Thread.sleep(5_000);

        Threads cpu = Threads.now();
        Map<String, Long> threadsBefore = cpuByThread();
        monitor.record(true);
        Thread.sleep(seconds * 1000L);
        monitor.record(false);
        Threads idle = Threads.now().since(cpu);
        printBusiest(view + ", idle", threadsBefore, cpuByThread(), idle.at());
        figures.put(view + ".idle.cpu", idle.process() * 100);
        figures.put(view + ".idle.fx", idle.fx() * 100);
        figures.put(view + ".idle.render", idle.renderer() * 100);
        figures.put(view + ".idle.fps", monitor.takeFrames().size() / (double) seconds);
        monitor.takeGaps();
        if (view.equals("spinning")) {
            close(hud, stage);
            return;
        }

        workload.startChanges(CHANGES_PER_SECOND, RUNNING, monitor::sent);
        Thread.sleep(warmUpSeconds * 1000L);
        Threads before = Threads.now();
        monitor.takeEventToPixel();
        monitor.record(true);
        Thread.sleep(seconds * 1000L);
        workload.stopChanges();
        awaitShown(window, workload);
        Thread.sleep(200);
        monitor.record(false);
        Threads load = Threads.now().since(before);
        List<Long> frames = monitor.takeFrames();
        List<Long> gaps = monitor.takeGaps();
        List<Long> latency = monitor.takeEventToPixel();
        figures.put(view + ".load.fps", frames.size() / (double) seconds);
        figures.put(view + ".load.frame.p50", HeadlessFx.pct(frames, 50) / 1e6);
        figures.put(view + ".load.frame.p99", HeadlessFx.pct(frames, 99) / 1e6);
        figures.put(view + ".load.frame.max", HeadlessFx.max(frames) / 1e6);
        figures.put(view + ".load.over16", (double) frames.stream().filter(f -> f > 16_700_000).count());
        figures.put(view + ".load.over50", (double) frames.stream().filter(f -> f > 50_000_000).count());
        figures.put(view + ".load.gap.p99", HeadlessFx.pct(gaps, 99) / 1e6);
        figures.put(view + ".load.gap.max", HeadlessFx.max(gaps) / 1e6);
        figures.put(view + ".load.e2p.p50", HeadlessFx.pct(latency, 50) / 1e6);
        figures.put(view + ".load.e2p.p99", HeadlessFx.pct(latency, 99) / 1e6);
        figures.put(view + ".load.cpu", load.process() * 100);
        figures.put(view + ".load.fx", load.fx() * 100);
        figures.put(view + ".load.render", load.renderer() * 100);
        // Per frame drawn: CPU time is steadier than wall-clock frame times on a shared machine.
        figures.put(view + ".load.fxPerFrame", frames.isEmpty() ? 0 : load.fx() * load.at() / 1e6 / frames.size());
        figures.put(view + ".load.renderPerFrame", frames.isEmpty() ? 0 : load.renderer() * load.at() / 1e6 / frames.size());
        figures.put(view + ".load.fxAlloc", load.fxAllocated() / 1e6 / seconds);
        figures.put(view + ".load.gcMs", (double) load.gcMillis());
        close(hud, stage);
    }

    private static void close(HudComposition hud, Stage stage) throws InterruptedException {
        HeadlessFx.onFx(() -> {
            hud.close();
            stage.hide();
            return null;
        });
    }

    /** Waits until the window shows the plane's newest snapshot (the first can take a while before the change). */
    private static void awaitShown(HudWindow window, WallWorkload workload) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            long shown = HeadlessFx.onFx(() -> window.model().snapshotProperty().get() == null ? -1L
                    : window.model().snapshotProperty().get().version());
            if (shown == workload.plane().snapshot().version()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window never caught up with the plane");
    }

    private void memory(int tiles, String view) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(LauncherOptions.javaCommand(childOptions(), WallBenchmark.class, List.of("memory", Integer.toString(tiles), view)))
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(WallMemoryProbe.PREFIX)) {
                    String[] parts = line.substring(WallMemoryProbe.PREFIX.length()).strip().split(" ");
                    figures.put("memory." + view + "." + tiles + ".rss", Double.parseDouble(parts[0]));
                    figures.put("memory." + view + "." + tiles + ".heap", Double.parseDouble(parts[1]));
                } else if (line.contains("OutOfMemoryError")) {
                    System.out.println("memory probe, " + tiles + " tiles, " + view + ": " + line);
                }
            }
        }
        probe.waitFor(5, TimeUnit.MINUTES);
        probe.destroyForcibly();
    }

    /** The figures as a table: before the wall was rebuilt, now, and the goal. */
    private String report() throws IOException {
        Properties before = new Properties();
        if (Files.isRegularFile(BEFORE)) {
            try (Reader reader = Files.newBufferedReader(BEFORE)) {
                before.load(reader);
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nWall benchmark (headless Monocle, software rendering, %s; %,.0f tiles; %d s a scenario, changes measured after %d s of"
                        + " them; JVM options of %s%s)%n",
                GEOMETRY, figures.getOrDefault("tiles", 0.0), seconds, warmUpSeconds, LauncherOptions.source(),
                System.getProperty("wall.jvm", "").isBlank() ? "" : " and " + System.getProperty("wall.jvm")));
        out.append(line("", "before", "now", "goal"));
        for (String view : List.of("desktop", "wall", "spinning")) {
            for (Row row : ROWS) {
                String key = row.key().replace("VIEW", view);
                if (!figures.containsKey(key) && before.getProperty(key) == null) {
                    continue;
                }
                out.append(line(row.label().replace("VIEW", view), before.getProperty(key, "—"),
                        figures.containsKey(key) ? String.format(Locale.ROOT, "%.1f", figures.get(key)) : "—", row.goal()));
            }
        }
        return out.toString();
    }

    private static String line(String label, String before, String now, String goal) {
        return String.format(Locale.ROOT, "  %-56s %10s %10s %8s%n", label, before, now, goal);
    }

    private record Row(String key, String label, String goal) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("VIEW.load.frame.p50", "VIEW, 500 changes/s: frame time p50, ms", ""),
            new Row("VIEW.load.frame.p99", "VIEW, 500 changes/s: frame time p99, ms", "≤ 16.7"),
            new Row("VIEW.load.frame.max", "VIEW, 500 changes/s: frame time max, ms", ""),
            new Row("VIEW.load.over16", "VIEW, 500 changes/s: frames over 16.7 ms", ""),
            new Row("VIEW.load.over50", "VIEW, 500 changes/s: frames over 50 ms", "0"),
            new Row("VIEW.load.fps", "VIEW, 500 changes/s: frames drawn a second", ""),
            new Row("VIEW.load.gap.p99", "VIEW, 500 changes/s: gap between frames p99, ms", ""),
            new Row("VIEW.load.gap.max", "VIEW, 500 changes/s: gap between frames max, ms", ""),
            new Row("VIEW.load.e2p.p50", "VIEW, 500 changes/s: event to pixel p50, ms", ""),
            new Row("VIEW.load.e2p.p99", "VIEW, 500 changes/s: event to pixel p99, ms", "≤ 33"),
            new Row("VIEW.load.cpu", "VIEW, 500 changes/s: process CPU, % of a core", ""),
            new Row("VIEW.load.fx", "VIEW, 500 changes/s: FX thread busy, % of a core", ""),
            new Row("VIEW.load.render", "VIEW, 500 changes/s: renderer busy, % of a core", ""),
            new Row("VIEW.load.fxPerFrame", "VIEW, 500 changes/s: FX thread CPU per frame drawn, ms", ""),
            new Row("VIEW.load.renderPerFrame", "VIEW, 500 changes/s: renderer CPU per frame drawn, ms", ""),
            new Row("VIEW.load.fxAlloc", "VIEW, 500 changes/s: FX thread allocates, MB/s", ""),
            new Row("VIEW.load.gcMs", "VIEW, 500 changes/s: GC pauses in total, ms", ""),
            new Row("VIEW.idle.cpu", "VIEW, idle, 100 running: process CPU, % of a core", "≤ 5"),
            new Row("VIEW.idle.fx", "VIEW, idle, 100 running: FX thread busy, % of a core", ""),
            new Row("VIEW.idle.render", "VIEW, idle, 100 running: renderer busy, % of a core", ""),
            new Row("VIEW.idle.fps", "VIEW, idle, 100 running: frames drawn a second", ""),
            new Row("memory.VIEW.87.rss", "VIEW, 87 tiles: resident, MB", ""),
            new Row("memory.VIEW.87.heap", "VIEW, 87 tiles: live heap after GC, MB", ""),
            new Row("memory.VIEW.2000.rss", "VIEW, 2,000 tiles: resident, MB", "≤ 250"),
            new Row("memory.VIEW.2000.heap", "VIEW, 2,000 tiles: live heap after GC, MB", ""));

    /** CPU and allocation counters of the process, the FX thread and the renderer, and GC time. */
    /** Each live thread's CPU time so far, by name and id. */
    private static Map<String, Long> cpuByThread() {
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                cpu.put(info.getThreadName() + "#" + info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    /** Where a scenario's CPU went outside the FX and render threads: the five busiest Java threads. */
    private static void printBusiest(String scenario, Map<String, Long> before, Map<String, Long> after, double wallNanos) {
        String busiest = after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), e.getValue() * 100 / wallNanos))
                .collect(Collectors.joining(", "));
        System.out.println(scenario + ": busiest Java threads (% of a core): " + (busiest.isEmpty() ? "none" : busiest));
    }

    private record Threads(long at, double process, double fx, double renderer, long fxAllocated, long gcMillis) {

        static Threads now() throws InterruptedException {
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long fx = HeadlessFx.onFx(() -> Thread.currentThread().threadId());
            long renderer = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::threadId).findFirst()
                    .orElse(-1);
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            return new Threads(System.nanoTime(), os.getProcessCpuTime(), threads.getThreadCpuTime(fx),
                    renderer < 0 ? 0 : threads.getThreadCpuTime(renderer), threads.getThreadAllocatedBytes(fx), gc);
        }

        /** Shares of one core (CPU) and totals (bytes, GC) from {@code earlier} to this. */
        Threads since(Threads earlier) {
            double wall = at - earlier.at;
            return new Threads(at - earlier.at, (process - earlier.process) / wall, (fx - earlier.fx) / wall,
                    (renderer - earlier.renderer) / wall, fxAllocated - earlier.fxAllocated, gcMillis - earlier.gcMillis);
        }
    }
}
