package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OPA's type.go and type_name.go: the is_* tests and type_name. */
final class TypeBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("is_string", 1, a -> a.get(0) instanceof String);
        r.add("is_number", 1, a -> a.get(0) instanceof BigDecimal);
        r.add("is_boolean", 1, a -> a.get(0) instanceof Boolean);
        r.add("is_array", 1, a -> a.get(0) instanceof List);
        r.add("is_object", 1, a -> a.get(0) instanceof Map);
        r.add("is_set", 1, a -> a.get(0) instanceof Set);
        r.add("is_null", 1, a -> a.get(0) == Values.NULL);
        r.add("type_name", 1, a -> Values.typeName(a.get(0)));
    }
}
