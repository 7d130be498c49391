package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A builtin's operands read as the type it needs, as OPA's {@code builtins.StringOperand} and siblings do: an
 * operand of another type throws {@link TypeMismatch}, which makes the call undefined (or a type error).
 */
final class Operands {

    private Operands() {
    }

    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw new TypeMismatch();
    }

    static BigDecimal num(Object v) {
        if (v instanceof BigDecimal n) {
            return n;
        }
        throw new TypeMismatch();
    }

    /** A number that must be an int (an index, a length, a base). */
    static int integer(Object v) {
        try {
            return num(v).intValueExact();
        } catch (ArithmeticException e) {
            throw new TypeMismatch();
        }
    }

    /** A number that must be whole, of any size (OPA's big.Int). */
    static BigInteger wholeNumber(Object v) {
        try {
            return num(v).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new TypeMismatch();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new TypeMismatch();
    }

    @SuppressWarnings("unchecked")
    static Set<Object> set(Object v) {
        if (v instanceof Set<?> s) {
            return (Set<Object>) s;
        }
        throw new TypeMismatch();
    }

    @SuppressWarnings("unchecked")
    static Map<Object, Object> map(Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw new TypeMismatch();
    }

    /** The elements of an array or a set, or an object's values. */
    @SuppressWarnings("unchecked")
    static Collection<Object> members(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (v instanceof Set<?> s) {
            return (Set<Object>) s;
        }
        if (v instanceof Map<?, ?> m) {
            return (Collection<Object>) m.values();
        }
        throw new TypeMismatch();
    }

    /**
     * A collection's members in Rego's order where a set's order shows in the result: concat({"b", "a"}) is "a…b", as
     * OPA keeps its sets sorted, whatever order built the set. {@link #members} leaves sets as they are (count, union).
     */
    @SuppressWarnings("unchecked")
    static Collection<Object> ordered(Object v) {
        return v instanceof Set<?> s ? Values.sorted((Set<Object>) s) : members(v);
    }

    static List<BigDecimal> numbers(Object v) {
        List<BigDecimal> out = new ArrayList<>();
        for (Object member : ordered(v)) {
            out.add(num(member));
        }
        return out;
    }

    static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        for (Object member : ordered(v)) {
            out.add(str(member));
        }
        return out;
    }
}
