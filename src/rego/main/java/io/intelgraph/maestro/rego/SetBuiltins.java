package io.intelgraph.maestro.rego;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.intelgraph.maestro.rego.Operands.members;
import static io.intelgraph.maestro.rego.Operands.set;

/**
 * OPA's sets.go and binary.go: union and intersection of a set of sets, the {@code &} and {@code |} operators by
 * name, the deprecated set_diff, and set.multiply (the Cartesian product).
 */
final class SetBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("union", 1, a -> {
            Set<Object> out = new LinkedHashSet<>();
            members(a.get(0)).forEach(s -> out.addAll(members(s)));
            return out;
        });
        r.add("intersection", 1, a -> {
            Set<Object> out = null;
            for (Object s : members(a.get(0))) {
                if (out == null) {
                    out = new LinkedHashSet<>(members(s));
                } else {
                    out.retainAll(members(s));
                }
            }
            return out == null ? new LinkedHashSet<>() : out;
        });
        r.add("set.multiply", 2, a -> {
            if (!(a.get(0) instanceof Set<?> left) || !(a.get(1) instanceof Set<?> right)) {
                throw new TypeMismatch();
            }
            Set<Object> out = new LinkedHashSet<>();
            for (Object x : left) {
                for (Object y : right) {
                    out.add(List.of(x, y));
                }
            }
            return out;
        });
        r.add("set_diff", 2, a -> Interpreter.operate("-", set(a.get(0)), set(a.get(1))));
        r.addOperator("and", "&");
        r.addOperator("or", "|");
    }
}
