package io.intelgraph.maestro.rego;

/**
 * How long one evaluation may run and how large a collection it may build ({@link RegoPolicy.Limits}, started
 * when the evaluation starts): past either, evaluation stops with an error naming the limit.
 */
final class Budget {

    static final Budget UNLIMITED = new Budget(RegoPolicy.Limits.NONE);

    private final RegoPolicy.Limits limits;
    private final long deadline;

    Budget(RegoPolicy.Limits limits) {
        this.limits = limits;
        this.deadline = limits.timeout() == null ? Long.MAX_VALUE : System.nanoTime() + limits.timeout().toNanos();
    }

    /** Throws once the evaluation has run past its timeout. */
    void checkTime(String where) {
        if (deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
            throw RegoException.limit("evaluation timed out after " + limits.timeout().toMillis() + " ms (limit --timeout) at "
                    + where);
        }
    }

    /** Throws when a collection being built reaches more elements than the limit allows. */
    void checkSize(long size, String what) {
        if (size > limits.maxCollection()) {
            throw tooLarge(size, what, limits.maxCollection());
        }
    }

    static RegoException tooLarge(Object size, String what, long max) {
        return RegoException.limit(what + " would hold " + size + " elements, over the limit of " + max
                + " (--max-collection)");
    }
}
