package io.intelgraph.maestro.rego;

import static io.intelgraph.maestro.rego.Operands.map;

/** OPA's providers.go: {@code providers.aws.sign_req} ({@link AwsSigV4}). */
final class ProviderBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("providers.aws.sign_req", 3, a -> AwsSigV4.sign(map(a.get(0)), map(a.get(1)), a.get(2)));
    }
}
