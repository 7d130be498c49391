package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.intelgraph.maestro.rego.Operands.num;
import static io.intelgraph.maestro.rego.Operands.str;
import static io.intelgraph.maestro.rego.Operands.wholeNumber;

/**
 * OPA's numbers.go: numbers.range and numbers.range_step over integers of any size (OPA keeps 49649733057
 * exact), refused before they are built when longer than the collection limit; and rand.intn.
 */
final class NumberBuiltins implements BuiltinFamily {

    /** The most elements a range may hold; {@link RegoPolicy.Limits}. */
    private final long maxCollection;

    NumberBuiltins(long maxCollection) {
        this.maxCollection = maxCollection;
    }

    @Override
    public void register(BuiltinRegistry r) {
        r.add("numbers.range", 2, a -> {
            BigInteger from = wholeNumber(a.get(0));
            BigInteger to = wholeNumber(a.get(1));
            checkRange(from, to, BigInteger.ONE, "numbers.range");
            return range(from, to, from.compareTo(to) <= 0 ? BigInteger.ONE : BigInteger.ONE.negate());
        });
        r.add("numbers.range_step", 3, a -> {
            BigInteger from = wholeNumber(a.get(0));
            BigInteger to = wholeNumber(a.get(1));
            BigInteger step = wholeNumber(a.get(2));
            if (step.signum() <= 0) {
                throw new RegoException("numbers.range_step: step must be a positive number above zero");
            }
            checkRange(from, to, step, "numbers.range_step");
            return range(from, to, from.compareTo(to) <= 0 ? step : step.negate());
        });
        // A random integer in [0, |n|); 0 for n = 0. One answer per arguments for the whole query.
        r.addNondeterministic("rand.intn", 2, a -> {
            str(a.get(0));
            BigDecimal n = num(a.get(1));
            if (n.scale() > 0) {
                throw new TypeMismatch();
            }
            long bound;
            try {
                bound = n.abs().longValueExact();
            } catch (ArithmeticException e) {
                throw new TypeMismatch();
            }
            return Values.number(BigDecimal.valueOf(bound == 0 ? 0 : ThreadLocalRandom.current().nextLong(bound)));
        });
    }

    /** From {@code from} towards {@code to}, both included when the step lands on it, by a signed step. */
    private static List<Object> range(BigInteger from, BigInteger to, BigInteger step) {
        List<Object> out = new ArrayList<>();
        for (BigInteger i = from; step.signum() > 0 ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0; i = i.add(step)) {
            out.add(Values.number(new BigDecimal(i)));
        }
        return out;
    }

    /** Refuses a range with more elements than the collection limit before building it. */
    private void checkRange(BigInteger from, BigInteger to, BigInteger step, String name) {
        BigInteger size = to.subtract(from).abs().divide(step).add(BigInteger.ONE);
        if (size.compareTo(BigInteger.valueOf(maxCollection)) > 0) {
            throw Budget.tooLarge(size, name + "(" + from + ", " + to + ")", maxCollection);
        }
    }
}
