package io.intelgraph.maestro.policy.rego;

/**
 * A policy that cannot be parsed or evaluated. Features the interpreter lacks are reported as
 * {@code unsupported: <feature>} so a policy is never silently passed.
 */
public final class RegoException extends RuntimeException {

    public RegoException(String message) {
        super(message);
    }

    public static RegoException unsupported(String feature, String where) {
        return new RegoException("unsupported: " + feature + " (" + where + ")");
    }
}
