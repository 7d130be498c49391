package io.intelgraph.maestro.rego;

/**
 * A policy that cannot be parsed or evaluated. Features the interpreter lacks are reported as
 * {@code unsupported: <feature>} so a policy is never silently passed. Evaluation errors carry OPA's
 * error code ({@code eval_type_error}, {@code eval_builtin_error}, {@code eval_conflict_error}), so a
 * caller (and the conformance suite) can tell them apart the way OPA does.
 */
public final class RegoException extends RuntimeException {

    /** OPA's code for errors it has one for; {@code rego_error} for the rest (parse, safety, recursion). */
    private final String code;

    public RegoException(String message) {
        this(message, "rego_error");
    }

    /** Set only for {@link #recursedTooDeeply}: the message is built when asked, not where the stack ran out. */
    private final String recursingPackage;
    private final String recursingFunction;
    private final String recursingWhere;

    private RegoException(String message, String code) {
        super(message);
        this.code = code;
        this.recursingPackage = null;
        this.recursingFunction = null;
        this.recursingWhere = null;
    }

    private RegoException(String pkg, String function, String where) {
        // No stack trace and no string building: this is made with the stack nearly full, where even
        // linking a string concatenation can fail (a BootstrapMethodError instead of this message).
        super(null, null, false, false);
        this.code = "limit";
        this.recursingPackage = pkg;
        this.recursingFunction = function;
        this.recursingWhere = where;
    }

    /** A function that called itself without end: {@code pkg.function} at {@code where}. */
    static RegoException recursedTooDeeply(String pkg, String function, String where) {
        return new RegoException(pkg, function, where);
    }

    @Override
    public String getMessage() {
        return recursingFunction == null ? super.getMessage()
                : recursingWhere + ": function " + recursingPackage + "." + recursingFunction + " recursed too deeply (does it call itself without end?)";
    }

    public static RegoException unsupported(String feature, String where) {
        return new RegoException("unsupported: " + feature + " (" + where + ")", "unsupported");
    }

    /** A feature the interpreter lacks, named with the reason. */
    static RegoException unsupported(String featureAndReason) {
        return new RegoException("unsupported: " + featureAndReason, "unsupported");
    }

    /** An operand of the wrong type (strict builtin errors, or an operator). */
    static RegoException typeError(String message) {
        return new RegoException(message, "eval_type_error");
    }

    /** A builtin that failed on its input (bad regex, divide by zero, malformed YAML). */
    static RegoException builtinError(String message) {
        return new RegoException(message, "eval_builtin_error");
    }

    /** A complete rule, function or object key with two different values. */
    static RegoException conflict(String message) {
        return new RegoException(message, "eval_conflict_error");
    }

    /** An evaluation bound was reached (timeout, collection size, recursion depth): never gobbled as undefined. */
    static RegoException limit(String message) {
        return new RegoException(message, "limit");
    }

    boolean isLimit() {
        return code.equals("limit");
    }

    public String code() {
        return code;
    }

    boolean isUnsupported() {
        return code.equals("unsupported");
    }
}
