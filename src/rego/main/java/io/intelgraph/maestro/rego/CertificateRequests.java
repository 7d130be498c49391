package io.intelgraph.maestro.rego;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code crypto.x509.parse_certificate_request}: a PKCS #10 request (PEM, or base64 of PEM or DER) read from its DER
 * and given back as Go's {@code x509.CertificateRequest} as JSON — raw parts in base64, Go's algorithm numbers, the
 * subject as {@code pkix.Name}, the attributes that read as Go's AttributeTypeAndValueSET, the extensions the request
 * asks for, and the names of its subject-alternative-name extension.
 */
final class CertificateRequests {

    private static final String EXTENSION_REQUEST = "1.2.840.113549.1.9.14";
    private static final Map<String, String> KEY_ALGORITHMS = Map.of("1.2.840.113549.1.1.1", "RSA",
            "1.2.840.10045.2.1", "EC", "1.3.101.112", "Ed25519", "1.2.840.10040.4.1", "DSA");

    private CertificateRequests() {
    }

    static Map<Object, Object> parse(String text) {
        byte[] der = der(text);
        try {
            return request(der);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new RegoException("asn1: structure error: not a certificate request: " + e.getMessage());
        }
    }

    /** As OPA reads its argument: PEM when it starts with the request's BEGIN line, else base64 of PEM or of DER. */
    private static byte[] der(String text) {
        byte[] bytes = text.startsWith("-----BEGIN CERTIFICATE REQUEST-----") ? text.getBytes(StandardCharsets.ISO_8859_1)
                : GoBase64.std(text);
        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        Optional<PemBlock> block = PemBlock.find(asText, 0);
        if (block.isPresent() && asText.stripLeading().startsWith("-----BEGIN")) {
            if (!block.get().type().equals("CERTIFICATE REQUEST")) {
                throw new RegoException("invalid PEM-encoded certificate signing request");
            }
            return block.get().bytes();
        }
        return bytes;
    }

    private static Map<Object, Object> request(byte[] der) {
        Der whole = Der.read(der);
        List<Der> parts = whole.children();
        Der info = parts.get(0);
        List<Der> infoParts = info.children();
        Der subject = infoParts.get(1);
        Der keyInfo = infoParts.get(2);
        Der signatureBits = parts.get(2);
        List<Der> algorithm = parts.get(1).children();
        byte[] params = algorithm.size() > 1 ? algorithm.get(1).encoded() : null;
        PublicKey key = publicKey(keyInfo.encoded(), keyInfo.children().get(0).children().get(0).oidText());

        List<Object> attributes = new ArrayList<>();
        List<Object> extensions = new ArrayList<>();
        Der extensionRequest = null;
        for (Der field : infoParts.subList(3, infoParts.size())) {
            if (field.contextTag() != 0) {
                continue;
            }
            for (Der attribute : field.children()) {
                attributeSet(attribute).ifPresent(attributes::add);
                List<Der> typeAndValues = attribute.children();
                if (typeAndValues.get(0).oidText().equals(EXTENSION_REQUEST)) {
                    for (Der extension : typeAndValues.get(1).children().get(0).children()) {
                        extensions.add(extension(extension));
                        if (extension.children().get(0).oidText().equals("2.5.29.17")) {
                            extensionRequest = extension.children().get(extension.children().size() - 1);
                        }
                    }
                }
            }
        }

        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("Raw", X509Certificates.base64(whole.encoded()));
        out.put("RawTBSCertificateRequest", X509Certificates.base64(info.encoded()));
        out.put("RawSubjectPublicKeyInfo", X509Certificates.base64(keyInfo.encoded()));
        out.put("RawSubject", X509Certificates.base64(subject.encoded()));
        out.put("Version", X509Certificates.number(new BigInteger(infoParts.get(0).contents()).longValueExact()));
        out.put("Signature", X509Certificates.base64(Arrays.copyOfRange(signatureBits.bytes(), signatureBits.start() + 1,
                signatureBits.end())));
        out.put("SignatureAlgorithm", X509Certificates.number(X509Certificates.signatureAlgorithm(
                algorithm.get(0).oidText(), params)));
        out.put("PublicKeyAlgorithm", X509Certificates.number(key == null ? 0 : X509Certificates.publicKeyAlgorithm(key)));
        out.put("PublicKey", key == null ? Values.NULL : X509Certificates.publicKey(key));
        out.put("Subject", X509Certificates.name(subject.encoded()));
        out.put("Attributes", attributes.isEmpty() ? Values.NULL : attributes);
        out.put("Extensions", extensions.isEmpty() ? Values.NULL : extensions);
        out.put("ExtraExtensions", Values.NULL);
        Map<Object, Object> names = new LinkedHashMap<>();
        X509Certificates.alternativeNames(extensionRequest, names);
        names.remove("URIStrings"); // OPA adds those to certificates only
        out.putAll(names);
        return out;
    }

    private static PublicKey publicKey(byte[] spki, String oid) {
        String algorithm = KEY_ALGORITHMS.get(oid);
        if (algorithm == null) {
            return null;
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new RegoException("x509: failed to parse public key: " + e.getMessage());
        }
    }

    private static Map<Object, Object> extension(Der extension) {
        List<Der> parts = extension.children();
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("Id", X509Certificates.arcs(parts.get(0)));
        out.put("Critical", parts.size() == 3 && parts.get(1).bytes()[parts.get(1).start()] != 0);
        out.put("Value", X509Certificates.base64(parts.get(parts.size() - 1).contents()));
        return out;
    }

    /**
     * An attribute as Go's pkix.AttributeTypeAndValueSET reads it — its type, and each value a sequence of
     * (type, value) pairs, the value as Go's asn1 gives an {@code any}: strings, numbers, booleans, bytes as base64,
     * null for what it does not decode — or empty when it does not read that way (a challenge password), as Go skips it.
     */
    private static Optional<Object> attributeSet(Der attribute) {
        try {
            List<Der> parts = attribute.children();
            List<Object> values = new ArrayList<>();
            for (Der value : parts.get(1).children()) {
                if (value.tag() != Der.SEQUENCE) {
                    return Optional.empty();
                }
                List<Object> pairs = new ArrayList<>();
                for (Der pair : value.children()) {
                    List<Der> typeAndValue = pair.children();
                    if (pair.tag() != Der.SEQUENCE || typeAndValue.size() < 2 || typeAndValue.get(0).tag() != Der.OID) {
                        return Optional.empty();
                    }
                    Map<Object, Object> entry = new LinkedHashMap<>();
                    entry.put("Type", X509Certificates.arcs(typeAndValue.get(0)));
                    entry.put("Value", anyValue(typeAndValue.get(1)));
                    pairs.add(entry);
                }
                values.add(pairs);
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            out.put("Type", X509Certificates.arcs(parts.get(0)));
            out.put("Value", values);
            return Optional.of(out);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Object anyValue(Der value) {
        return switch (value.tag()) {
            case Der.BOOLEAN -> value.bytes()[value.start()] != 0;
            case 0x02 -> X509Certificates.number(new BigInteger(value.contents()).longValueExact());
            case Der.OCTET_STRING -> X509Certificates.base64(value.contents());
            case Der.OID -> X509Certificates.arcs(value);
            case 0x0c, 0x13, 0x14, 0x16, 0x12, 0x1e -> value.text();
            default -> Values.NULL;
        };
    }
}
