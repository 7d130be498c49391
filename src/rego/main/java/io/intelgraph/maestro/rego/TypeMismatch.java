package io.intelgraph.maestro.rego;

/**
 * A builtin received an operand of the wrong type: the call is undefined, or a type error with strict builtin
 * errors ({@link BuiltinRegistry#call}). Thrown often and caught at once, so it carries no stack trace.
 */
final class TypeMismatch extends RuntimeException {

    TypeMismatch() {
        super(null, null, false, false);
    }
}
