package io.intelgraph.maestro.github;

/** A payload that is not JSON, or lacks a field the HUD needs; the message names the field path. */
public final class MalformedPayloadException extends RuntimeException {

    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
