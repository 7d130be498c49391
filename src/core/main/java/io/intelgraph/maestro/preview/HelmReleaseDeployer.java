package io.intelgraph.maestro.preview;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.Release;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.model.preview.PreviewRequest;

import java.time.Instant;

/**
 * {@code helm upgrade --install} / {@code helm uninstall} of the chart through helm-java, against
 * the kubeconfig the HUD uses (passed as contents, never written to disk by the HUD).
 */
public final class HelmReleaseDeployer implements PreviewDeployer {

    private final ChartRenderer renderer;
    private final String kubeconfigContents;

    public HelmReleaseDeployer(ChartRenderer renderer, String kubeconfigContents) {
        this.renderer = renderer;
        this.kubeconfigContents = kubeconfigContents;
    }

    @Override
    public String deploy(PreviewRequest request, Instant now) {
        var upgrade = new Helm(renderer.chart()).upgrade().install().withName(request.releaseName())
                .withNamespace(request.namespace()).withKubeConfigContents(kubeconfigContents)
                .atomic().waitReady().withTimeout(600)
                .withDescription("Maestro Build HUD preview of " + request.repo() + "#" + request.prNumber());
        ChartRenderer.values(request, now).forEach(upgrade::set);
        Release release = HelmLibrary.call(upgrade::call);
        return "helm release " + release.getName() + " revision " + release.getRevision() + " " + release.getStatus()
                + " in " + request.namespace();
    }

    @Override
    public void uninstall(int prNumber) {
        HelmLibrary.call(() -> Helm.uninstall("intelgraph-pr-" + prNumber).withNamespace(PreviewLabels.namespaceOf(prNumber))
                .withKubeConfigContents(kubeconfigContents).ignoreNotFound().call());
    }
}
