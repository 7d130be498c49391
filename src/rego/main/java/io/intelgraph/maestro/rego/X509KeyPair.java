package io.intelgraph.maestro.rego;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code crypto.x509.parse_keypair}: a certificate chain and its private key, as OPA's getTLSx509KeyPairFromString
 * hands them to Go's {@code tls.X509KeyPair} — PEM, or base64 of PEM or DER — checked to belong together, and given
 * back as Go's {@code tls.Certificate} as JSON: the chain's DER in base64, the key's struct, the first certificate
 * parsed as {@code Leaf}, and nulls for what a key pair read from files does not have.
 */
final class X509KeyPair {

    private X509KeyPair() {
    }

    static Map<Object, Object> parse(String certificateText, String keyText) {
        List<byte[]> chain = certificates(pemOrDer(certificateText, "CERTIFICATE"));
        PrivateKeys.PrivateKey key = privateKey(pemOrDer(keyText, "PRIVATE KEY"));
        X509Certificate leaf;
        try {
            leaf = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(chain.getFirst()));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new RegoException("x509: malformed certificate");
        }
        checkMatch(leaf, key);
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("Certificate", chain.stream().<Object>map(X509Certificates::base64).toList());
        out.put("PrivateKey", key.goJson());
        out.put("SupportedSignatureAlgorithms", Values.NULL);
        out.put("OCSPStaple", Values.NULL);
        out.put("SignedCertificateTimestamps", Values.NULL);
        out.put("Leaf", X509Certificates.leaf(leaf));
        return out;
    }

    /** PEM text as given; otherwise base64, of PEM or of DER (which becomes one block of {@code type}). */
    private static String pemOrDer(String text, String type) {
        if (text.startsWith("-----BEGIN")) {
            return text;
        }
        byte[] decoded = GoBase64.std(text);
        String asText = new String(decoded, StandardCharsets.ISO_8859_1);
        return asText.startsWith("-----BEGIN") ? asText
                : "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(decoded) + "\n-----END "
                        + type + "-----\n";
    }

    private static List<byte[]> certificates(String pem) {
        List<byte[]> chain = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Optional<PemBlock> block = PemBlock.find(pem, 0); block.isPresent();
                block = PemBlock.find(pem, block.get().end())) {
            if (block.get().type().equals("CERTIFICATE")) {
                chain.add(block.get().bytes());
            } else {
                skipped.add(block.get().type());
            }
        }
        if (!chain.isEmpty()) {
            return chain;
        }
        if (skipped.isEmpty()) {
            throw new RegoException("tls: failed to find any PEM data in certificate input");
        }
        if (skipped.size() == 1 && skipped.getFirst().endsWith("PRIVATE KEY")) {
            throw new RegoException("tls: failed to find certificate PEM data in certificate input, but did find a "
                    + "private key; PEM inputs may have been switched");
        }
        throw new RegoException("tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM "
                + "blocks of the following types: " + goList(skipped));
    }

    /** The first block whose type ends in PRIVATE KEY, read as PKCS #1, else PKCS #8, else SEC 1 (Go's order). */
    private static PrivateKeys.PrivateKey privateKey(String pem) {
        List<String> skipped = new ArrayList<>();
        for (Optional<PemBlock> block = PemBlock.find(pem, 0); block.isPresent();
                block = PemBlock.find(pem, block.get().end())) {
            String type = block.get().type();
            if (type.equals("PRIVATE KEY") || type.endsWith(" PRIVATE KEY")) {
                byte[] der = block.get().bytes();
                for (var parser : List.<Function<byte[], PrivateKeys.PrivateKey>>of(
                        PrivateKeys::pkcs1, PrivateKeys::pkcs8, d -> PrivateKeys.sec1(d, null))) {
                    try {
                        return parser.apply(der);
                    } catch (RegoException e) {
                        // the next form
                    }
                }
                throw new RegoException("tls: failed to parse private key");
            }
            skipped.add(type);
        }
        if (skipped.isEmpty()) {
            throw new RegoException("tls: failed to find any PEM data in key input");
        }
        if (skipped.size() == 1 && skipped.getFirst().equals("CERTIFICATE")) {
            throw new RegoException("tls: found a certificate rather than a key in the PEM for the private key");
        }
        throw new RegoException("tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after "
                + "skipping PEM blocks of the following types: " + goList(skipped));
    }

    private static void checkMatch(X509Certificate leaf, PrivateKeys.PrivateKey key) {
        boolean sameType;
        boolean same;
        switch (leaf.getPublicKey()) {
            case RSAPublicKey rsa -> {
                sameType = key instanceof PrivateKeys.Rsa;
                same = sameType && ((PrivateKeys.Rsa) key).n().equals(rsa.getModulus());
            }
            case ECPublicKey ec -> {
                sameType = key instanceof PrivateKeys.Ec;
                same = sameType && ((PrivateKeys.Ec) key).x().equals(ec.getW().getAffineX())
                        && ((PrivateKeys.Ec) key).y().equals(ec.getW().getAffineY());
            }
            case PublicKey other when other.getAlgorithm().equals("Ed25519")
                    || other.getAlgorithm().equals("EdDSA") -> {
                sameType = key instanceof PrivateKeys.Ed25519;
                byte[] encoded = other.getEncoded();
                same = sameType && Arrays.equals(((PrivateKeys.Ed25519) key).publicKey(),
                        Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
            }
            default -> throw new RegoException("tls: unknown public key algorithm");
        }
        if (!sameType) {
            throw new RegoException("tls: private key type does not match public key type");
        }
        if (!same) {
            throw new RegoException("tls: private key does not match public key");
        }
    }

    /** Go's %v of a []string: [a b c]. */
    private static String goList(List<String> items) {
        return "[" + String.join(" ", items) + "]";
    }
}
