package io.intelgraph.maestro.bench;

import javafx.application.Platform;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code ./mvnw -Pbench verify}: the JMH benchmarks (store, 100 MB reports), the memory of
 * {@code inspect sbom} on a 400,000-component SBOM, the policy engine through the CLI (before and after with
 * {@code BENCH_BASELINE_CLASSES}, see {@link PolicyBenchmark}), both pollers on 400 simulated repositories
 * ({@link PollingBenchmark}), a first pass behind an added round trip ({@link FirstPassLatency}), the hub's WebSocket
 * fan-out beside a Node
 * {@code ws} broadcaster ({@link HubFanOut}, 10 s per server and client count), then the headless UI benchmarks (frame
 * time under bursts, 100 MB reports, the FX thread's stalls while GitHub holds a poll cycle open), and the
 * wall at organisation size ({@link WallBenchmark}: 2,000 tiles under 500 changes a second, idle, memory).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder()
                .include(BuildPlaneBenchmark.class.getSimpleName())
                .include(DistillBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build()).run();
        new Runner(new OptionsBuilder()
                .include(SupplyChainBenchmark.class.getSimpleName())
                .warmupIterations(1)
                .measurementIterations(3)
                .build()).run();
        System.out.println(InspectMemoryBenchmark.run());
        System.out.println(PolicyBenchmark.run());
        System.out.println(PollingBenchmark.run(42));
        System.out.println(FirstPassLatency.run());
        System.out.println(HubFanOut.run(Duration.ofSeconds(10), List.of(100, 1000)));
        HeadlessFx.start();
        System.out.println(UiBurstBenchmark.run());
        System.out.println(SupplyChainUiBenchmark.run());
        System.out.println(FxStallBenchmark.run());
        // The wall at 2,000 tiles runs in JVMs of its own: its screen, and the launcher's options.
        WallBenchmark.fork();
        Platform.exit();
        System.exit(0);
    }
}
