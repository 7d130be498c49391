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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Reading a 100 MB report (SBOM, Trivy scan, JUnit) end to end, in a JVM whose heap is capped at
 * 256 MB — a reader that built the whole document as a tree could not. Prints each file's size,
 * entries, and the heap its parsed result holds.
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
    /** The last read's result, held so the heap it needs can be measured. */
    private Object kept;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("bench-" + kind, kind.equals("junit") ? ".xml" : ".json");
        entries = switch (kind) {
            case "sbom" -> BigReports.sbom(file, SIZE);
            case "trivy" -> BigReports.trivy(file, SIZE);
            default -> BigReports.junit(file, SIZE);
        };
    }

    @Benchmark
    public Object read() throws IOException {
        kept = null; // the previous result must not share the heap with this read
        kept = switch (kind) {
            case "sbom" -> new SbomReader().read(file);
            case "trivy" -> new ScanReader().read(file);
            default -> new JUnitReader().read(file);
        };
        return kept;
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long retained = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "%n  %s: %.0f MB file, %,d entries, read in a %.0f MB heap; the result holds %.0f MB%n",
                kind, Files.size(file) / 1048576.0, entries, runtime.maxMemory() / 1048576.0, retained / 1048576.0);
        kept = null;
        Files.deleteIfExists(file);
    }
}
