package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.preview.PreviewContexts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A separate JVM that shares its simulated cluster as a HUD window does, until it is killed: what
 * the SIGTERM test of {@code sim-cluster.url} runs. Arguments: the config directory, then
 * {@code on-demand} to start the cluster only when a command rings its doorbell, as a window does.
 */
final class HudClusterProcess {

    /** One running, and the line it said when ready ("published …" or "doorbell hung"). */
    record Started(Process process, String ready) {
    }

    private HudClusterProcess() {
    }

    /** Starts one in a JVM of its own and returns once it is ready; its output is drained meanwhile and after. */
    static Started start(Path configDir, String... mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HudClusterProcess.class.getName(), configDir.toString()));
        command.addAll(List.of(mode));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("published") && !line.startsWith("doorbell")) {
            // the child's start-up logging
        }
        // Read on, so that the child's logging never blocks on a full pipe.
        Thread.ofPlatform().daemon().start(() -> {
            try (output) {
                output.transferTo(Writer.nullWriter());
            } catch (IOException e) {
                // the child is gone
            }
        });
        return new Started(process, line);
    }

    public static void main(String[] args) throws Exception {
        var config = new ConfigLoader(Map.of(), Path.of(args[0])).load(
                new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null, true, null));
        if (args.length > 1 && args[1].equals("on-demand")) {
            PreviewContexts contexts = new PreviewContexts(List.of(),
                    context -> PreviewRuntime.create(config, Duration.ofMillis(500), true), (previews, status) -> { },
                    name -> { });
            contexts.connectOnFirstUse(Optional.empty(), PreviewRuntime.SIM_CLUSTER_NOT_STARTED);
            SimClusterDoorbell.hang(config.configDir(), contexts::use);
            System.out.println("doorbell hung");
        } else {
            PreviewRuntime runtime = PreviewRuntime.create(config, Duration.ofMillis(500), true);
            System.out.println("published " + runtime.clusterName());
        }
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5)); // never closed: only the shutdown hook can withdraw the address
    }
}
