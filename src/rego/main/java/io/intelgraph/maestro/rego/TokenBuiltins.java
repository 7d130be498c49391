package io.intelgraph.maestro.rego;

import java.util.Locale;

import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.str;

/**
 * OPA's tokens.go: io.jwt.decode ({@link Jwt}), the HMAC verifications, the verifications with keys (a PEM
 * certificate or public key, a JWK or a JWK set: {@link JwtKeys}, {@link JwsAlgorithm}) and io.jwt.decode_verify
 * ({@link JwtDecodeVerify}; the interpreter gives it the query's instant as its default {@code time}), and
 * signing ({@link JwtSigning}).
 */
final class TokenBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("io.jwt.decode", 1, a -> Jwt.decode(str(a.get(0))));
        r.add("io.jwt.verify_hs256", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA256"));
        r.add("io.jwt.verify_hs384", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA384"));
        r.add("io.jwt.verify_hs512", 2, a -> Jwt.verifyHmac(str(a.get(0)), str(a.get(1)), "HmacSHA512"));
        for (JwsAlgorithm algorithm : JwsAlgorithm.values()) {
            if (!algorithm.name().startsWith("HS")) {
                r.add("io.jwt.verify_" + algorithm.name().toLowerCase(Locale.ROOT), 2,
                        a -> Jwt.verifyWithKeys(str(a.get(0)), str(a.get(1)), algorithm));
            }
        }
        r.add("io.jwt.decode_verify", 2, a -> JwtDecodeVerify.decodeVerify(str(a.get(0)), map(a.get(1))));
        // Nondeterministic in OPA (ES signatures are random): one token per arguments for the whole query.
        r.addNondeterministic("io.jwt.encode_sign", 3,
                a -> JwtSigning.encodeSign(map(a.get(0)), map(a.get(1)), map(a.get(2))));
        r.addNondeterministic("io.jwt.encode_sign_raw", 3,
                a -> JwtSigning.encodeSignRaw(str(a.get(0)), str(a.get(1)), str(a.get(2))));
    }
}
