package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.supplychain.JUnitReader;
import io.intelgraph.maestro.supplychain.SbomReader;
import io.intelgraph.maestro.supplychain.ScanReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Reading a 100 MB report (SBOM, Trivy scan, JUnit) end to end, in a JVM whose heap is capped at
 * 256 MB — a reader that built the whole document as a tree could not. Prints each file's size,
 * entries, throughput and the peak heap the trial used.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class SupplyChainBenchmark {

    static final long SIZE = 100L * 1024 * 1024;

    @Param({"sbom", "trivy", "junit"})
    String kind;

    private Path file;
    private int entries;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("bench-" + kind, kind.equals("junit") ? ".xml" : ".json");
        entries = switch (kind) {
            case "sbom" -> BigReports.sbom(file, SIZE);
            case "trivy" -> BigReports.trivy(file, SIZE);
            default -> BigReports.junit(file, SIZE);
        };
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Benchmark
    public int read() throws IOException {
        return switch (kind) {
            case "sbom" -> new SbomReader().read(file).components().size();
            case "trivy" -> new ScanReader().read(file).findings().size();
            default -> new JUnitReader().read(file).cases().size();
        };
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%n  %s: %.0f MB file, %,d entries, peak heap %.0f MB of %.0f MB max%n", kind,
                Files.size(file) / 1048576.0, entries, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        Files.deleteIfExists(file);
    }
}
