package io.intelgraph.maestro.kube;

/** The HUD was asked to touch a namespace it did not create; it refuses, and says why. */
public final class ForeignNamespaceException extends RuntimeException {

    public ForeignNamespaceException(String message) {
        super(message);
    }
}
