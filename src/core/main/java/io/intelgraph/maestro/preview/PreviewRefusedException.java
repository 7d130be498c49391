package io.intelgraph.maestro.preview;

/** A preview action the guards refused (RBAC, foreign namespace); the message says why. */
public final class PreviewRefusedException extends RuntimeException {

    public PreviewRefusedException(String message) {
        super(message);
    }
}
