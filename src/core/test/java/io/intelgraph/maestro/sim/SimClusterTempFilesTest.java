package io.intelgraph.maestro.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A simulated cluster killed without its shutdown hooks (a kiosk's crash) leaves nothing in the temp directory. */
class SimClusterTempFilesTest {

    private static final String READY = "simulated cluster at ";

    /** The child JVM: starts a simulated cluster, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        SimCluster sim = new SimCluster(Duration.ofSeconds(1), true).start();
        sim.client().namespaces().list();
        System.out.println(READY + sim.url());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(1));
    }

    @Test
    void aKilledSimulatedClusterLeavesNoDirectoryInTheTempDirectory(@TempDir Path tmp) throws Exception {
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + javaTmp, "-cp", System.getProperty("java.class.path"),
                SimClusterTempFilesTest.class.getName())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            awaitReady(child, tmp.resolve("child.log"));
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (Stream<Path> left = Files.list(javaTmp)) {
            List<String> names = left.map(path -> path.getFileName().toString()).toList();
            assertEquals(List.of(), names.stream().filter(name -> name.startsWith("vertx-cache")).toList(),
                    "Vert.x's class-path file cache is not made (it would outlive a killed HUD)");
        }
    }

    private static void awaitReady(Process child, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String said = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (said.contains(READY)) {
                return;
            }
            assertTrue(child.isAlive(), "the child JVM ended before its cluster was up:\n" + said);
            Thread.sleep(100);
        }
        throw new AssertionError("no simulated cluster within 60 s: " + Files.readString(log));
    }
}
