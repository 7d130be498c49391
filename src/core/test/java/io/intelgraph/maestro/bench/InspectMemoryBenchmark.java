package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.supplychain.ComponentSearch;
import io.intelgraph.maestro.supplychain.SbomReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code inspect sbom} on a 400,000-component CycloneDX SBOM (~190 MB, written to target/), in a
 * child JVM: exit code and peak resident memory of the summary and of {@code --json} with a 32 MB
 * heap (does it fit at all?), a 256 MB one and the JVM's default heap (what a user gets without
 * flags; a big heap lets garbage pile up before collecting, so resident memory exceeds what is
 * live). Part of {@code ./mvnw -Pbench verify}.
 */
final class InspectMemoryBenchmark {

    static final int COMPONENTS = 400_000;

    private InspectMemoryBenchmark() {
    }

    static String run() throws IOException, InterruptedException {
        Path sbom = Path.of("target", "bench-sbom-400k.cdx.json");
        Path out = Path.of("target", "bench-inspect-out.txt");
        Files.createDirectories(sbom.getParent());
        int components = BigReports.sbom(sbom, Long.MAX_VALUE, COMPONENTS, true);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "inspect sbom, child JVM, peak resident set (VmHWM)%n  file: %.0f MB, %,d components%n",
                Files.size(sbom) / 1048576.0, components));
        for (String heap : new String[] {"32m", "256m", ""}) {
            String label = heap.isEmpty() ? "default heap" : "-Xmx" + heap;
            report.append(String.format(Locale.ROOT, "  %-12s summary: %s%n", label,
                    InspectMemory.run(heap, out, "inspect", "sbom", sbom.toString()).describe()));
            report.append(String.format(Locale.ROOT, "  %-12s --json : %s%n", label,
                    InspectMemory.run(heap, out, "inspect", "sbom", "--json", sbom.toString()).describe()));
        }
        report.append(panel(sbom));
        Files.deleteIfExists(out);
        Files.deleteIfExists(sbom);
        return report.toString();
    }

    /**
     * What the SBOM panel holds for this SBOM (every component kept, to search): the heap still in
     * use after reading it and collecting garbage, and how long a search over it takes.
     */
    private static String panel(Path sbom) throws IOException {
        long before = usedAfterGc();
        Sbom read = new SbomReader().read(sbom);
        long held = usedAfterGc() - before;
        long start = System.nanoTime();
        int found = new ComponentSearch(read.components()).find("laravel framework").size();
        long search = System.nanoTime() - start;
        return String.format(Locale.ROOT, "  panel (all %,d components kept): %.0f MB held; a search (%,d found) %.0f ms%n",
                read.componentCount(), held / 1048576.0, found, search / 1e6);
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
    }
}
