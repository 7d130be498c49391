package io.intelgraph.maestro.rego;

import static io.intelgraph.maestro.rego.Operands.str;

/**
 * OPA's tokens.go, in part: io.jwt.decode and the HMAC verifications ({@link Jwt}). io.jwt.decode_verify is
 * declared so that policy tests can mock it; called unmocked it is unsupported, loudly.
 */
final class TokenBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("io.jwt.decode", 1, a -> Jwt.decode(str(a.get(0))));
        r.add("io.jwt.verify_hs256", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA256"));
        r.add("io.jwt.verify_hs384", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA384"));
        r.add("io.jwt.verify_hs512", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA512"));
        r.add("io.jwt.decode_verify", 2, a -> {
            throw RegoException.unsupported("builtin io.jwt.decode_verify — the in-process engine verifies no tokens");
        });
    }
}
