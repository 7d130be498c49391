package io.intelgraph.maestro.rego;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * HMAC as Go's {@code crypto/hmac} computes it, for every builtin that signs or checks with one ({@code crypto.hmac.*},
 * {@code io.jwt.verify_hs*}, HS-signed JWS, AWS Signature V4). An empty key is a key there; Java's
 * {@code SecretKeySpec} refuses one, and a single zero byte pads to the same block, so it stands in.
 */
final class Hmac {

    private Hmac() {
    }

    /** @param algorithm the JDK's name, e.g. {@code HmacSHA256} (every JDK has the SHA-1 and SHA-2 ones) */
    static byte[] of(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
