package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluation ends with an error that names its cause: endless recursion, the timeout, the collection limit. */
class EngineLimitsTest {

    @Test
    void endlessRecursionNamesTheFunction() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                f(x) := f(x + 1)
                r := f(1)
                """));
        RegoException e = assertThrows(RegoException.class, () -> policy.evaluate("p", "r", Map.of(), null));
        assertTrue(e.getMessage().contains("function p.f recursed too deeply"), e.getMessage());
        assertTrue(e.getMessage().startsWith("p.rego:2"), e.getMessage());
    }

    @Test
    void aHugeRangeIsRefusedBeforeItIsBuilt() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                n := count(numbers.range(1, 1e8))
                """));
        RegoException e = assertThrows(RegoException.class, () -> policy.evaluate("p", "n", Map.of(), null));
        assertTrue(e.getMessage().contains("numbers.range(1, 100000000) would hold 100000000 elements, over the limit of"
                + " 1000000 (--max-collection)"), e.getMessage());
    }

    @Test
    void aComprehensionPastTheLimitStops() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                n := count({[i, j] | some i in numbers.range(1, 100); some j in numbers.range(1, 100)})
                """)).withLimits(new RegoPolicy.Limits(null, 5_000));
        RegoException e = assertThrows(RegoException.class, () -> policy.evaluate("p", "n", Map.of(), null));
        assertTrue(e.getMessage().contains("a set comprehension in p would hold 5001 elements"), e.getMessage());
    }

    @Test
    void evaluationPastTheTimeoutStops() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                n := count({1 | some i in numbers.range(1, 5000); some j in numbers.range(1, 5000)})
                """)).withLimits(new RegoPolicy.Limits(Duration.ofMillis(200), 1_000_000));
        long start = System.nanoTime();
        RegoException e = assertThrows(RegoException.class, () -> policy.evaluate("p", "n", Map.of(), null));
        assertTrue(e.getMessage().startsWith("evaluation timed out after 200 ms (limit --timeout)"), e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }
}
