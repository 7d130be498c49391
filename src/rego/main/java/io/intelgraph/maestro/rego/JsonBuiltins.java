package io.intelgraph.maestro.rego;

import static io.intelgraph.maestro.rego.Operands.list;
import static io.intelgraph.maestro.rego.Operands.map;

/** OPA's json.go: json.filter and json.remove by JSON paths ({@link JsonPaths}), json.patch ({@link JsonPatch}). */
final class JsonBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("json.filter", 2, a -> JsonPaths.filter(map(a.get(0)), JsonPaths.parse(a.get(1)).orElseThrow(TypeMismatch::new)));
        r.add("json.remove", 2, a -> JsonPaths.remove(map(a.get(0)), JsonPaths.parse(a.get(1)).orElseThrow(TypeMismatch::new)));
        // A patch that cannot apply (missing path, bad index, failed test) leaves the call undefined, as in OPA.
        r.add("json.patch", 2, a -> JsonPatch.apply(a.get(0), list(a.get(1))).orElse(null));
    }
}
