package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.model.preview.PreviewRequest;

import java.time.Instant;

/** How a preview's chart reaches the cluster: a Helm release, or rendered manifests applied. */
public interface PreviewDeployer {

    /** Installs or upgrades the preview; returns a one-line summary for the log and the screen. */
    String deploy(PreviewRequest request, Instant now);

    /** Removes what {@link #deploy} installed (before the namespace itself is deleted). */
    void uninstall(int prNumber);
}
