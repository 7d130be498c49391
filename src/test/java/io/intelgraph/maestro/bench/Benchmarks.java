package io.intelgraph.maestro.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** {@code ./mvnw -Pbench verify}: the JMH engine benchmarks, then the headless UI benchmark. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder()
                .include(BuildPlaneBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build()).run();
        UiBurstBenchmark.main(args);
    }
}
