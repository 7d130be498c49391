package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process that has rendered the chart (Helm's Go library loaded) still ends on SIGTERM, as `kill`, Ctrl-C's sibling
 * and a pod's stop send it: Go's runtime had taken the signal for itself, and the process went on as if nothing came.
 */
class HelmLibrarySignalsTest {

    /** The child: renders the chart as the deploy gate does (loading Helm), says so, and waits to be stopped. */
    public static void main(String[] args) throws Exception {
        new ChartRenderer(Path.of("helm/intelgraph")).render(new PreviewRequest(RepoId.parse("intelgraph/intelgraph"), 7,
                "abc1234", Duration.ofHours(24)), Instant.parse("2026-11-25T00:00:00Z"));
        System.out.println("helm loaded");
        System.out.flush();
        Thread.sleep(120_000);
        System.exit(3); // not stopped
    }

    @Test
    void aProcessThatLoadedHelmStillEndsOnSigterm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx128m",
                HelmLibrarySignalsTest.class.getName()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("helm loaded"));
            assertEquals("helm loaded", line, "the child rendered the chart");

            child.destroy(); // SIGTERM

            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child ended on SIGTERM");
            assertEquals(128 + 15, child.exitValue(), "ended by the signal, as the JVM ends on it");
        } finally {
            child.destroyForcibly().waitFor();
        }
    }
}
