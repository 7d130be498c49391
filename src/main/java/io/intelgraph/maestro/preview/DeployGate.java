package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.model.PolicyReport;

/** The policy check a preview must pass before it is deployed. */
public interface DeployGate {

    PolicyReport check(PreviewRequest request);
}
