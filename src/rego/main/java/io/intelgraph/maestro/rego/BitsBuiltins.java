package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.BigInteger;

import static io.intelgraph.maestro.rego.Operands.wholeNumber;

/** OPA's bits.go: bitwise operations on integers of any size, as OPA's big.Int does them. */
final class BitsBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("bits.and", 2, a -> new BigDecimal(wholeNumber(a.get(0)).and(wholeNumber(a.get(1)))));
        r.add("bits.or", 2, a -> new BigDecimal(wholeNumber(a.get(0)).or(wholeNumber(a.get(1)))));
        r.add("bits.xor", 2, a -> new BigDecimal(wholeNumber(a.get(0)).xor(wholeNumber(a.get(1)))));
        r.add("bits.negate", 1, a -> new BigDecimal(wholeNumber(a.get(0)).not()));
        r.add("bits.lsh", 2, a -> new BigDecimal(wholeNumber(a.get(0)).shiftLeft(shift(a.get(1)))));
        r.add("bits.rsh", 2, a -> new BigDecimal(wholeNumber(a.get(0)).shiftRight(shift(a.get(1)))));
    }

    /** A shift distance: an unsigned integer (OPA: a negative one is a type error). */
    private static int shift(Object v) {
        BigInteger n = wholeNumber(v);
        if (n.signum() < 0 || n.bitLength() > 31) {
            throw new TypeMismatch();
        }
        return n.intValue();
    }
}
