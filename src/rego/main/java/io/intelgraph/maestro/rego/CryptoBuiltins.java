package io.intelgraph.maestro.rego;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.str;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * OPA's crypto.go: digests and HMACs of a string's UTF-8 bytes, hex-encoded as OPA gives them, and X.509
 * certificates parsed (and chains verified) as Go's {@code x509.Certificate} ({@link X509Certificates}), private keys
 * ({@link PrivateKeys}) and key pairs ({@link X509KeyPair}).
 */
final class CryptoBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("crypto.md5", 1, a -> digest("MD5", str(a.get(0))));
        r.add("crypto.sha1", 1, a -> digest("SHA-1", str(a.get(0))));
        r.add("crypto.sha256", 1, a -> digest("SHA-256", str(a.get(0))));
        r.add("crypto.hmac.md5", 2, a -> hmac("HmacMD5", str(a.get(0)), str(a.get(1))));
        r.add("crypto.hmac.sha1", 2, a -> hmac("HmacSHA1", str(a.get(0)), str(a.get(1))));
        r.add("crypto.hmac.sha256", 2, a -> hmac("HmacSHA256", str(a.get(0)), str(a.get(1))));
        r.add("crypto.hmac.sha512", 2, a -> hmac("HmacSHA512", str(a.get(0)), str(a.get(1))));
        // Constant time, so comparing MACs leaks nothing through timing.
        r.add("crypto.hmac.equal", 2, a -> MessageDigest.isEqual(str(a.get(0)).getBytes(UTF_8), str(a.get(1)).getBytes(UTF_8)));
        r.add("crypto.x509.parse_certificates", 1, a -> X509Certificates.parse(str(a.get(0))));
        r.add("crypto.x509.parse_and_verify_certificates", 1, a -> X509Certificates.parseAndVerify(str(a.get(0))));
        r.add("crypto.x509.parse_and_verify_certificates_with_options", 2,
                a -> X509Certificates.parseAndVerifyWithOptions(str(a.get(0)), map(a.get(1))));
        r.add("crypto.x509.parse_certificate_request", 1, a -> CertificateRequests.parse(str(a.get(0))));
        r.add("crypto.x509.parse_keypair", 2, a -> X509KeyPair.parse(str(a.get(0)), str(a.get(1))));
        r.add("crypto.x509.parse_rsa_private_key", 1, a -> firstKeyAsJwk(str(a.get(0))));
        r.add("crypto.parse_private_keys", 1, a -> {
            if (str(a.get(0)).isEmpty()) {
                return Values.NULL;
            }
            return PrivateKeys.fromPem(str(a.get(0))).stream().map(PrivateKeys.PrivateKey::goJson).toList();
        });
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static String hmac(String algorithm, String message, String key) {
        return HexFormat.of().formatHex(Hmac.of(algorithm, key.getBytes(UTF_8), message.getBytes(UTF_8)));
    }

    /**
     * OPA's builtinCryptoJWKFromPrivateKey, behind crypto.x509.parse_rsa_private_key: PEM (or base64 of PEM) text's first
     * private key, of any kind OPA's JWK writer takes, as a JWK; null when the text holds none.
     */
    private static Object firstKeyAsJwk(String text) {
        if (text.isEmpty()) {
            throw new RegoException("input PEM data was empty");
        }
        String pem = text.startsWith("-----BEGIN") ? text
                : new String(GoBase64.std(text), StandardCharsets.ISO_8859_1);
        List<PrivateKeys.PrivateKey> keys = PrivateKeys.fromPem(pem);
        return keys.isEmpty() ? Values.NULL : keys.getFirst().jwk();
    }
}
