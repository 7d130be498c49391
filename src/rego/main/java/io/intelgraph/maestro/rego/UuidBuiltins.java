package io.intelgraph.maestro.rego;

import java.util.UUID;

import static io.intelgraph.maestro.rego.Operands.str;

/** OPA's uuid.go: uuid.rfc4122 (one random UUID per key for the whole query) and uuid.parse ({@link Uuid}). */
final class UuidBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.addNondeterministic("uuid.rfc4122", 1, a -> {
            str(a.get(0));
            return UUID.randomUUID().toString();
        });
        r.add("uuid.parse", 1, a -> Uuid.parse(str(a.get(0))));
    }
}
