package io.intelgraph.maestro.rego;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Map;
import java.util.Optional;

/**
 * The elliptic curves OPA's JWK and X.509 code accepts, by the name JOSE and Go give them ({@code P-256},
 * {@code P-384}, {@code P-521}), as the JDK's parameters: one place for JWK verification, JWK signing and private keys.
 */
final class NistCurves {

    private static final Map<String, String> JDK_NAMES = Map.of("P-256", "secp256r1", "P-384", "secp384r1",
            "P-521", "secp521r1");

    private NistCurves() {
    }

    /** The curve's parameters; empty for a name that is none of the three. */
    static Optional<ECParameterSpec> parameters(String name) {
        String jdkName = JDK_NAMES.get(name);
        if (jdkName == null) {
            return Optional.empty();
        }
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(jdkName));
            return Optional.of(parameters.getParameterSpec(ECParameterSpec.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jdkName + " is part of every JDK", e);
        }
    }
}
