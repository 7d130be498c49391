package io.intelgraph.maestro.hub;

/** A frame that is not what docs/HUB.md describes; the message names the field. */
public final class MalformedFrameException extends RuntimeException {

    public MalformedFrameException(String message) {
        super(message);
    }
}
