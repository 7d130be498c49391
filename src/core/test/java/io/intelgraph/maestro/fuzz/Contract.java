package io.intelgraph.maestro.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The contract every parser of outside data keeps under fuzzing: a result, or the component's own
 * typed error with a message a person can act on. Anything else escapes to Jazzer as a finding.
 */
final class Contract {

    /** The call under test; it may throw anything, which is the point. */
    interface Call<T> {
        T run() throws Exception;
    }

    private Contract() {
    }

    @SafeVarargs
    static <T> void holds(Call<T> call, Class<? extends Exception>... documented) throws Exception {
        T result;
        try {
            result = call.run();
        } catch (Exception e) {
            for (Class<? extends Exception> type : documented) {
                if (type.isInstance(e)) {
                    String message = e.getMessage();
                    assertNotNull(message, () -> type.getSimpleName() + " without a message");
                    assertFalse(message.isBlank(), () -> type.getSimpleName() + " with a blank message");
                    return;
                }
            }
            throw e;
        }
        assertNotNull(result, "a parser answered null instead of a result or its error");
    }
}
