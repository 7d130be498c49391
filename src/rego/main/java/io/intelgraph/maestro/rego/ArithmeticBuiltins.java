package io.intelgraph.maestro.rego;

import java.math.RoundingMode;

import static io.intelgraph.maestro.rego.Operands.num;

/**
 * OPA's arithmetic.go: rounding and absolute value, and the arithmetic operators by their builtin names
 * ({@code plus(1, 2)}), as OPA's capabilities list them; the interpreter's {@code operate} computes both forms.
 */
final class ArithmeticBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("abs", 1, a -> num(a.get(0)).abs());
        r.add("round", 1, a -> Values.number(num(a.get(0)).setScale(0, RoundingMode.HALF_UP)));
        r.add("ceil", 1, a -> Values.number(num(a.get(0)).setScale(0, RoundingMode.CEILING)));
        r.add("floor", 1, a -> Values.number(num(a.get(0)).setScale(0, RoundingMode.FLOOR)));
        r.addOperator("plus", "+");
        r.addOperator("minus", "-");
        r.addOperator("mul", "*");
        r.addOperator("div", "/");
        r.addOperator("rem", "%");
    }
}
