package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A separate JVM that shares its simulated cluster as a HUD window does, until it is killed: what
 * the SIGTERM test of {@code sim-cluster.url} runs. Argument: the config directory.
 */
final class HudClusterProcess {

    private HudClusterProcess() {
    }

    public static void main(String[] args) throws Exception {
        var config = new ConfigLoader(Map.of(), Path.of(args[0])).load(
                new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null, true, null));
        PreviewRuntime runtime = PreviewRuntime.create(config, Duration.ofMillis(500), true);
        System.out.println("published " + runtime.clusterName());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5)); // never closed: only the shutdown hook can withdraw the address
    }
}
