package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.preview.PreviewContexts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A separate JVM that shares its simulated cluster as a HUD window does, until it is killed: what
 * the SIGTERM test of {@code sim-cluster.url} runs. Arguments: the config directory, then
 * {@code on-demand} to start the cluster only when a command rings its doorbell, as a window does.
 */
final class HudClusterProcess {

    private HudClusterProcess() {
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
