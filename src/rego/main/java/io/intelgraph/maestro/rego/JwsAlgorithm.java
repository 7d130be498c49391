package io.intelgraph.maestro.rego;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JWS algorithms OPA knows (its {@code tokenAlgorithms}), each verifying a signature over a token's
 * {@code header.payload} with a key of its kind. A key of another kind, or a signature that does not verify, is
 * simply not a verification ({@code false}), as in OPA: nothing here throws for a bad signature.
 */
enum JwsAlgorithm {
    RS256("SHA-256"), RS384("SHA-384"), RS512("SHA-512"),
    PS256("SHA-256"), PS384("SHA-384"), PS512("SHA-512"),
    ES256("SHA-256"), ES384("SHA-384"), ES512("SHA-512"),
    HS256("SHA-256"), HS384("SHA-384"), HS512("SHA-512"),
    EdDSA("");

    private final String hash;

    JwsAlgorithm(String hash) {
        this.hash = hash;
    }

    static Optional<JwsAlgorithm> named(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }

    /** A secret for the HS algorithms: decode_verify's {@code secret} constraint. */
    static Key secret(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HMAC");
    }

    boolean verify(Key key, byte[] signingInput, byte[] signature) {
        try {
            return switch (name().substring(0, 2)) {
                case "RS" -> key instanceof RSAPublicKey rsa && signature(jdkHash() + "withRSA", rsa, signingInput, signature);
                case "PS" -> key instanceof RSAPublicKey rsa && pss(rsa, signingInput, signature);
                case "ES" -> key instanceof ECPublicKey ec && signature(jdkHash() + "withECDSA", ec, signingInput,
                        der(signature));
                case "HS" -> key instanceof SecretKey secret && hmac(secret, signingInput, signature);
                default -> key instanceof EdECPublicKey ed && signature("Ed25519", ed, signingInput, signature);
            };
        } catch (GeneralSecurityException | RuntimeException e) {
            // A key or signature the provider cannot use (a curve it lacks, a malformed DER) verifies nothing.
            return false;
        }
    }

    /** "SHA256" for "SHA-256": the JDK's name inside signature algorithm names. */
    private String jdkHash() {
        return hash.replace("-", "");
    }

    private static boolean signature(String algorithm, PublicKey key, byte[] input, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(input);
        return verifier.verify(signature);
    }

    /**
     * RSASSA-PSS with MGF1 over the same hash. Go verifies with any salt length; JWS signers use the hash's length
     * (RFC 7518 3.5), and the longest one the key allows is tried after it.
     */
    private boolean pss(RSAPublicKey key, byte[] input, byte[] signature) throws GeneralSecurityException {
        int hashLength = MessageDigest.getInstance(hash).getDigestLength();
        int longest = (key.getModulus().bitLength() - 1 + 7) / 8 - hashLength - 2;
        for (int salt : new int[] {hashLength, longest}) {
            Signature verifier = Signature.getInstance("RSASSA-PSS");
            verifier.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), salt, 1));
            verifier.initVerify(key);
            verifier.update(input);
            if (verifier.verify(signature)) {
                return true;
            }
        }
        return false;
    }

    private boolean hmac(SecretKey secret, byte[] input, byte[] signature) {
        return MessageDigest.isEqual(Hmac.of("Hmac" + jdkHash(), secret.getEncoded(), input), signature);
    }

    /** JWS carries r and s side by side (RFC 7518 3.4); the JDK verifies their DER SEQUENCE. Halved as OPA does. */
    private static byte[] der(byte[] rs) {
        int half = rs.length / 2;
        byte[] r = new BigInteger(1, Arrays.copyOfRange(rs, 0, half)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(rs, half, rs.length)).toByteArray();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        integer(body, r);
        integer(body, s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        length(out, body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void integer(ByteArrayOutputStream out, byte[] value) {
        out.write(0x02);
        length(out, value.length);
        out.writeBytes(value);
    }

    private static void length(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
    }
}
