package io.intelgraph.maestro.cli;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.release.ReadinessInputs.Fact;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The previews {@code release plan} checks: the cluster's, read once, or why they were not. */
final class ReleasePreviews {

    static final String NO_CLUSTER = "no cluster to look at (no kubeconfig; --sim-cluster for the simulated one)";

    private ReleasePreviews() {
    }

    static Fact<List<Preview>> read(HudConfig config, Consumer<String> notices) {
        if (!PreviewRuntime.clusterConfigured(config)) {
            return Fact.missing(NO_CLUSTER);
        }
        try (PreviewRuntime cluster = PreviewRuntime.create(config, Duration.ofSeconds(3), false, Optional.empty(),
                notices)) {
            return Fact.of(cluster.service().cluster().list());
        } catch (IOException | KubernetesClientException e) {
            return Fact.missing("could not read the previews on " + (config.simulateCluster() ? "the simulated cluster"
                    : "the cluster") + ": " + e.getMessage());
        }
    }
}
