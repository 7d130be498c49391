package io.intelgraph.maestro.auth;

/** A device-flow sign-in that ended without a token, with the reason a person can act on. */
public final class DeviceFlowException extends Exception {

    /** Why it ended. */
    public enum Reason {
        /** The person pressed Cancel on the authorization page ({@code access_denied}). */
        DENIED,
        /** The code expired before it was entered ({@code expired_token}, or {@code expires_in} passed). */
        EXPIRED,
        /** This program stopped waiting. */
        CANCELLED,
        /** The OAuth app is not set up for the device flow, or the client id is wrong. */
        MISCONFIGURED,
        /** The web host could not be reached or answered something else. */
        FAILED
    }

    private final Reason reason;

    public DeviceFlowException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DeviceFlowException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
