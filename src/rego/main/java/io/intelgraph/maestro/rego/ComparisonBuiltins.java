package io.intelgraph.maestro.rego;

/** OPA's comparison.go and eq: the comparison operators by their builtin names ({@code equal(a, b)}). */
final class ComparisonBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("eq", 2, a -> a.get(0).equals(a.get(1)));
        r.addOperator("equal", "==");
        r.addOperator("neq", "!=");
        r.addOperator("lt", "<");
        r.addOperator("lte", "<=");
        r.addOperator("gt", ">");
        r.addOperator("gte", ">=");
    }
}
