package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.preview.PreviewRequest;

import java.time.Instant;

/**
 * Renders the chart with real Helm ({@code helm template}) and applies the manifests through the
 * Kubernetes API. Used for the simulated cluster and API emulators, where a Helm release cannot be
 * installed; deleting the namespace removes everything it applied.
 */
public final class ManifestDeployer implements PreviewDeployer {

    private final ChartRenderer renderer;
    private final PreviewCluster cluster;

    public ManifestDeployer(ChartRenderer renderer, PreviewCluster cluster) {
        this.renderer = renderer;
        this.cluster = cluster;
    }

    @Override
    public String deploy(PreviewRequest request, Instant now) {
        int count = cluster.apply(request.namespace(), renderer.render(request, now));
        return "applied " + count + " objects of helm template " + request.releaseName() + " to " + request.namespace();
    }

    @Override
    public void uninstall(int prNumber) {
        // Nothing beyond the namespace: every applied object lives in it.
    }
}
