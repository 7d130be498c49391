package io.intelgraph.maestro.rego;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code crypto.x509.parse_certificates}: PEM or DER, raw or base64, one certificate or a chain, each
 * given as OPA gives it — Go's {@code x509.Certificate} as JSON (field names, Go's enum numbers for
 * algorithms and key usages, base64 for bytes, null for absent lists) plus OPA's {@code URIStrings}.
 * The JDK parses; the DER reader supplies what the JDK does not expose (name attributes in order,
 * extensions in order, key identifiers, access locations).
 */
final class X509Certificates {

    /** Extensions Go's parser understands; another one marked critical is listed as unhandled. */
    private static final Set<String> HANDLED = Set.of("2.5.29.14", "2.5.29.15", "2.5.29.17", "2.5.29.19",
            "2.5.29.30", "2.5.29.31", "2.5.29.32", "2.5.29.35", "2.5.29.37");

    private static final Map<String, Integer> SIGNATURE_ALGORITHMS = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.2", 1), Map.entry("1.2.840.113549.1.1.4", 2),
            Map.entry("1.2.840.113549.1.1.5", 3), Map.entry("1.2.840.113549.1.1.11", 4),
            Map.entry("1.2.840.113549.1.1.12", 5), Map.entry("1.2.840.113549.1.1.13", 6),
            Map.entry("1.2.840.10040.4.3", 7), Map.entry("2.16.840.1.101.3.4.3.2", 8),
            Map.entry("1.2.840.10045.4.1", 9), Map.entry("1.2.840.10045.4.3.2", 10),
            Map.entry("1.2.840.10045.4.3.3", 11), Map.entry("1.2.840.10045.4.3.4", 12),
            Map.entry("1.3.101.112", 16));

    /** RSASSA-PSS is told apart by its hash: SHA-256, -384, -512 → Go's SHA256WithRSAPSS … */
    private static final Map<String, Integer> PSS_BY_HASH = Map.of(
            "2.16.840.1.101.3.4.2.1", 13, "2.16.840.1.101.3.4.2.2", 14, "2.16.840.1.101.3.4.2.3", 15);

    private static final Map<String, Integer> EXT_KEY_USAGES = Map.ofEntries(
            Map.entry("2.5.29.37.0", 0), Map.entry("1.3.6.1.5.5.7.3.1", 1), Map.entry("1.3.6.1.5.5.7.3.2", 2),
            Map.entry("1.3.6.1.5.5.7.3.3", 3), Map.entry("1.3.6.1.5.5.7.3.4", 4), Map.entry("1.3.6.1.5.5.7.3.5", 5),
            Map.entry("1.3.6.1.5.5.7.3.6", 6), Map.entry("1.3.6.1.5.5.7.3.7", 7), Map.entry("1.3.6.1.5.5.7.3.8", 8),
            Map.entry("1.3.6.1.5.5.7.3.9", 9), Map.entry("1.3.6.1.4.1.311.10.3.3", 10),
            Map.entry("2.16.840.1.113730.4.1", 11), Map.entry("1.3.6.1.4.1.311.2.1.22", 12),
            Map.entry("1.3.6.1.4.1.311.61.1.1", 13));

    /** pkix.Name's typed fields, by attribute OID. */
    private static final Map<String, String> NAME_FIELDS = Map.of("2.5.4.6", "Country", "2.5.4.10", "Organization",
            "2.5.4.11", "OrganizationalUnit", "2.5.4.7", "Locality", "2.5.4.8", "Province", "2.5.4.9", "StreetAddress",
            "2.5.4.17", "PostalCode");

    private X509Certificates() {
    }

    static List<Object> parse(String text) {
        List<Object> out = new ArrayList<>();
        for (X509Certificate certificate : certificates(text)) {
            out.add(certificate(certificate));
        }
        return out;
    }

    /**
     * {@code crypto.x509.parse_and_verify_certificates}: {@code [true, chain]} when the last certificate
     * chains, through the ones between, to the first as the only trusted root (the chain given leaf
     * first, as Go's Verify returns it), now, for a server (Go's default key usage); {@code [false, []]} for anything
     * else, unreadable input included.
     */
    static List<Object> parseAndVerify(String text) {
        return verify(text, null, true);
    }

    /**
     * {@code crypto.x509.parse_and_verify_certificates_with_options}: the same with Go's VerifyOptions from an object
     * ({@code DNSName}, {@code CurrentTime} in nanoseconds, {@code KeyUsages} by OPA's names,
     * {@code MaxConstraintComparisons}); a malformed option is an error, read after the certificates as OPA reads it.
     */
    static List<Object> parseAndVerifyWithOptions(String text, Map<?, ?> options) {
        return verify(text, options, false);
    }

    private static List<Object> verify(String text, Map<?, ?> optionsObject, boolean withUriStrings) {
        List<Object> invalid = List.of(false, List.of());
        List<X509Certificate> certificates;
        try {
            certificates = certificates(text);
        } catch (RegoException e) {
            return invalid;
        }
        VerifyOptions options = optionsObject == null ? VerifyOptions.DEFAULT : VerifyOptions.of(optionsObject);
        if (certificates.size() < 2) {
            return invalid;
        }
        X509Certificate root = certificates.get(0);
        List<X509Certificate> intermediates = new ArrayList<>(certificates.subList(1, certificates.size() - 1));
        List<X509Certificate> path = new ArrayList<>(List.of(certificates.get(certificates.size() - 1)));
        try {
            if (options.dnsName() != null && !options.matchesHost(path.getFirst())) {
                return invalid;
            }
            // Walk up from the leaf: each step is the intermediate whose key signed the certificate below.
            while (!signedBy(path.get(path.size() - 1), root)) {
                X509Certificate below = path.get(path.size() - 1);
                X509Certificate issuer = intermediates.stream().filter(candidate -> signedBy(below, candidate))
                        .findFirst().orElseThrow(() -> new CertPathValidatorException("no issuer"));
                intermediates.remove(issuer);
                path.add(issuer);
            }
            var parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(options.at());
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            root.checkValidity(options.at());
            List<X509Certificate> chain = new ArrayList<>(path);
            chain.add(root);
            if (!options.usagesAllowedBy(chain)) {
                return invalid;
            }
            List<Object> out = new ArrayList<>();
            for (X509Certificate certificate : chain) {
                out.add(withUriStrings ? certificate(certificate) : leaf(certificate));
            }
            return List.of(true, out);
        } catch (GeneralSecurityException e) {
            return invalid;
        }
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(String text) {
        byte[] der = der(text);
        List<X509Certificate> out = new ArrayList<>();
        try {
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der))) {
                out.add((X509Certificate) certificate);
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new RegoException("x509: malformed certificate");
        }
        return out;
    }

    /** As OPA reads its argument: PEM text, else base64 of PEM or of DER (certificates back to back). */
    private static byte[] der(String text) {
        if (text.startsWith("-----BEGIN")) {
            return pem(text);
        }
        byte[] decoded = GoBase64.std(text);
        return new String(decoded, 0, Math.min(10, decoded.length), StandardCharsets.ISO_8859_1).equals("-----BEGIN")
                ? pem(new String(decoded, StandardCharsets.ISO_8859_1)) : decoded;
    }

    private static byte[] pem(String text) {
        var out = new ByteArrayOutputStream();
        Optional<PemBlock> block = PemBlock.find(text, 0);
        while (block.isPresent()) {
            if (!block.get().type().equals("CERTIFICATE")) {
                throw new RegoException("PEM block type is '" + block.get().type() + "', expected CERTIFICATE");
            }
            out.writeBytes(block.get().bytes());
            block = PemBlock.find(text, block.get().end());
        }
        return out.toByteArray();
    }

    /** Go's x509.Certificate as JSON, without OPA's URIStrings: a {@code tls.Certificate}'s Leaf. */
    static Map<Object, Object> leaf(X509Certificate c) {
        Map<Object, Object> out = certificate(c);
        out.remove("URIStrings");
        return out;
    }

    private static Map<Object, Object> certificate(X509Certificate c) {
        Map<String, Der> extensions = new LinkedHashMap<>();
        List<Object> extensionList = new ArrayList<>();
        List<Object> unhandled = new ArrayList<>();
        for (Der child : Der.read(tbs(c)).children()) {
            if (child.contextTag() == 3) {
                for (Der extension : child.children().get(0).children()) {
                    List<Der> parts = extension.children();
                    boolean critical = parts.size() == 3 && parts.get(1).tag() == Der.BOOLEAN && parts.get(1).bytes()[parts.get(1).start()] != 0;
                    Der value = parts.get(parts.size() - 1);
                    String oid = parts.get(0).oidText();
                    extensions.put(oid, value);
                    Map<Object, Object> entry = new LinkedHashMap<>();
                    entry.put("Id", arcs(parts.get(0)));
                    entry.put("Critical", critical);
                    entry.put("Value", base64(value.contents()));
                    extensionList.add(entry);
                    if (critical && !HANDLED.contains(oid)) {
                        unhandled.add(arcs(parts.get(0)));
                    }
                }
            }
        }
        if (extensions.containsKey("2.5.29.30")) {
            throw RegoException.unsupported("crypto.x509.parse_certificates of a certificate with name constraints");
        }
        PublicKey key = c.getPublicKey();
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("Raw", base64(encoded(c)));
        out.put("RawTBSCertificate", base64(tbs(c)));
        out.put("RawSubjectPublicKeyInfo", base64(key.getEncoded()));
        out.put("RawSubject", base64(c.getSubjectX500Principal().getEncoded()));
        out.put("RawIssuer", base64(c.getIssuerX500Principal().getEncoded()));
        out.put("Signature", base64(c.getSignature()));
        out.put("SignatureAlgorithm", number(signatureAlgorithm(c)));
        out.put("PublicKeyAlgorithm", number(publicKeyAlgorithm(key)));
        out.put("PublicKey", publicKey(key));
        out.put("Version", number(c.getVersion()));
        out.put("SerialNumber", number(c.getSerialNumber()));
        out.put("Issuer", name(c.getIssuerX500Principal().getEncoded()));
        out.put("Subject", name(c.getSubjectX500Principal().getEncoded()));
        out.put("NotBefore", c.getNotBefore().toInstant().toString());
        out.put("NotAfter", c.getNotAfter().toInstant().toString());
        boolean[] usage = c.getKeyUsage();
        int keyUsage = 0;
        for (int i = 0; usage != null && i < Math.min(9, usage.length); i++) {
            keyUsage |= usage[i] ? 1 << i : 0;
        }
        out.put("KeyUsage", number(keyUsage));
        out.put("Extensions", extensionList.isEmpty() ? Values.NULL : extensionList);
        out.put("ExtraExtensions", Values.NULL);
        out.put("UnhandledCriticalExtensions", unhandled.isEmpty() ? Values.NULL : unhandled);
        List<Object> extKeyUsage = new ArrayList<>();
        List<Object> unknownExtKeyUsage = new ArrayList<>();
        if (extensions.containsKey("2.5.29.37")) {
            for (Der purpose : inner(extensions.get("2.5.29.37")).children()) {
                Integer known = EXT_KEY_USAGES.get(purpose.oidText());
                if (known != null) {
                    extKeyUsage.add(number(known));
                } else {
                    unknownExtKeyUsage.add(arcs(purpose));
                }
            }
        }
        out.put("ExtKeyUsage", extKeyUsage.isEmpty() ? Values.NULL : extKeyUsage);
        out.put("UnknownExtKeyUsage", unknownExtKeyUsage.isEmpty() ? Values.NULL : unknownExtKeyUsage);
        basicConstraints(extensions.get("2.5.29.19"), out);
        out.put("SubjectKeyId", extensions.containsKey("2.5.29.14")
                ? base64(inner(extensions.get("2.5.29.14")).contents()) : Values.NULL);
        out.put("AuthorityKeyId", authorityKeyId(extensions.get("2.5.29.35")));
        List<Object> ocsp = new ArrayList<>();
        List<Object> issuers = new ArrayList<>();
        if (extensions.containsKey("1.3.6.1.5.5.7.1.1")) {
            for (Der access : inner(extensions.get("1.3.6.1.5.5.7.1.1")).children()) {
                Der method = access.children().get(0);
                Der location = access.children().get(1);
                if (location.contextTag() == 6) {
                    switch (method.oidText()) {
                        case "1.3.6.1.5.5.7.48.1" -> ocsp.add(location.text());
                        case "1.3.6.1.5.5.7.48.2" -> issuers.add(location.text());
                        default -> { }
                    }
                }
            }
        }
        out.put("OCSPServer", ocsp.isEmpty() ? Values.NULL : ocsp);
        out.put("IssuingCertificateURL", issuers.isEmpty() ? Values.NULL : issuers);
        alternativeNames(extensions.get("2.5.29.17"), out);
        out.put("PermittedDNSDomainsCritical", false);
        for (String field : List.of("PermittedDNSDomains", "ExcludedDNSDomains", "PermittedIPRanges",
                "ExcludedIPRanges", "PermittedEmailAddresses", "ExcludedEmailAddresses", "PermittedURIDomains",
                "ExcludedURIDomains")) {
            out.put(field, Values.NULL);
        }
        out.put("CRLDistributionPoints", crlDistributionPoints(extensions.get("2.5.29.31")));
        List<Object> policies = new ArrayList<>();
        if (extensions.containsKey("2.5.29.32")) {
            for (Der policy : inner(extensions.get("2.5.29.32")).children()) {
                policies.add(arcs(policy.children().get(0)));
            }
        }
        out.put("PolicyIdentifiers", policies.isEmpty() ? Values.NULL : policies);
        return out;
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new RegoException("x509: malformed certificate");
        }
    }

    private static byte[] tbs(X509Certificate c) {
        try {
            return c.getTBSCertificate();
        } catch (CertificateEncodingException e) {
            throw new RegoException("x509: malformed certificate");
        }
    }

    private static int signatureAlgorithm(X509Certificate c) {
        return signatureAlgorithm(c.getSigAlgOID(), c.getSigAlgParams());
    }

    /** Go's SignatureAlgorithm number for an AlgorithmIdentifier's OID and DER parameters (null when absent). */
    static int signatureAlgorithm(String oid, byte[] params) {
        if (oid.equals("1.2.840.113549.1.1.10")) {
            if (params == null) {
                return 0;
            }
            // RSASSA-PSS-params: [0] EXPLICIT hashAlgorithm (SHA-1 when absent, which Go does not accept)
            for (Der param : Der.read(params).children()) {
                if (param.contextTag() == 0) {
                    return PSS_BY_HASH.getOrDefault(param.children().get(0).children().get(0).oidText(), 0);
                }
            }
            return 0;
        }
        return SIGNATURE_ALGORITHMS.getOrDefault(oid, 0);
    }

    /** Go's PublicKeyAlgorithm number. */
    static int publicKeyAlgorithm(PublicKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> 1;
            case "DSA" -> 2;
            case "EC" -> 3;
            case "Ed25519", "EdDSA" -> 4;
            default -> 0;
        };
    }

    static Object publicKey(PublicKey key) {
        Map<Object, Object> out = new LinkedHashMap<>();
        if (key instanceof RSAPublicKey rsa) {
            out.put("N", number(rsa.getModulus()));
            out.put("E", number(rsa.getPublicExponent()));
        } else if (key instanceof ECPublicKey ec) {
            out.put("Curve", new LinkedHashMap<>()); // Go's curves have no exported fields
            out.put("X", number(ec.getW().getAffineX()));
            out.put("Y", number(ec.getW().getAffineY()));
        } else if (key instanceof DSAPublicKey dsa) {
            Map<Object, Object> parameters = new LinkedHashMap<>();
            parameters.put("P", number(dsa.getParams().getP()));
            parameters.put("Q", number(dsa.getParams().getQ()));
            parameters.put("G", number(dsa.getParams().getG()));
            out.put("Parameters", parameters);
            out.put("Y", number(dsa.getY()));
        } else if (key.getAlgorithm().equals("Ed25519") || key.getAlgorithm().equals("EdDSA")) {
            // The 32 key bytes: the SubjectPublicKeyInfo's BIT STRING, less its unused-bits octet.
            Der bits = Der.read(key.getEncoded()).children().get(1);
            return base64(Arrays.copyOfRange(bits.bytes(), bits.start() + 1, bits.end()));
        } else {
            throw RegoException.unsupported("crypto.x509.parse_certificates of a " + key.getAlgorithm() + " key");
        }
        return out;
    }

    /** pkix.Name as Go fills it from the RDN sequence: typed fields, and every attribute in Names. */
    static Map<Object, Object> name(byte[] der) {
        Map<String, List<Object>> typed = new LinkedHashMap<>();
        String commonName = "";
        String serialNumber = "";
        List<Object> names = new ArrayList<>();
        for (Der rdn : Der.read(der).children()) {
            for (Der attribute : rdn.children()) {
                Der type = attribute.children().get(0);
                String value = attribute.children().get(1).text();
                Map<Object, Object> entry = new LinkedHashMap<>();
                entry.put("Type", arcs(type));
                entry.put("Value", value);
                names.add(entry);
                switch (type.oidText()) {
                    case "2.5.4.3" -> commonName = value;
                    case "2.5.4.5" -> serialNumber = value;
                    default -> {
                        String field = NAME_FIELDS.get(type.oidText());
                        if (field != null) {
                            typed.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
                        }
                    }
                }
            }
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (String field : List.of("Country", "Organization", "OrganizationalUnit", "Locality", "Province",
                "StreetAddress", "PostalCode")) {
            out.put(field, typed.containsKey(field) ? typed.get(field) : Values.NULL);
        }
        out.put("SerialNumber", serialNumber);
        out.put("CommonName", commonName);
        out.put("Names", names.isEmpty() ? Values.NULL : names);
        out.put("ExtraNames", Values.NULL);
        return out;
    }

    private static void basicConstraints(Der extension, Map<Object, Object> out) {
        boolean valid = extension != null;
        boolean ca = false;
        long maxPathLen = 0;
        if (valid) {
            maxPathLen = -1;
            for (Der field : inner(extension).children()) {
                if (field.tag() == Der.BOOLEAN) {
                    ca = field.bytes()[field.start()] != 0;
                } else if (field.tag() == 0x02) {
                    maxPathLen = new BigInteger(field.contents()).longValueExact();
                }
            }
        }
        out.put("BasicConstraintsValid", valid);
        out.put("IsCA", ca);
        out.put("MaxPathLen", number(maxPathLen));
        out.put("MaxPathLenZero", valid && maxPathLen == 0);
    }

    private static Object authorityKeyId(Der extension) {
        if (extension != null) {
            for (Der field : inner(extension).children()) {
                if (field.contextTag() == 0) {
                    return base64(field.contents());
                }
            }
        }
        return Values.NULL;
    }

    /** DNS names, e-mail addresses, IP addresses and URIs, in the certificate's order. */
    static void alternativeNames(Der extension, Map<Object, Object> out) {
        List<Object> dns = new ArrayList<>();
        List<Object> emails = new ArrayList<>();
        List<Object> ips = new ArrayList<>();
        List<Object> uris = new ArrayList<>();
        List<Object> uriStrings = new ArrayList<>();
        if (extension != null) {
            for (Der general : inner(extension).children()) {
                switch (general.contextTag()) {
                    case 1 -> emails.add(general.text());
                    case 2 -> dns.add(general.text());
                    case 6 -> {
                        uris.add(url(general.text()));
                        uriStrings.add(general.text());
                    }
                    case 7 -> ips.add(general.contents().length == 4 || general.contents().length == 16
                            ? Cidr.text(general.contents()) : "?" + HexFormat.of().formatHex(general.contents()));
                    default -> { }
                }
            }
        }
        out.put("DNSNames", dns.isEmpty() ? Values.NULL : dns);
        out.put("EmailAddresses", emails.isEmpty() ? Values.NULL : emails);
        out.put("IPAddresses", ips.isEmpty() ? Values.NULL : ips);
        out.put("URIs", uris.isEmpty() ? Values.NULL : uris);
        out.put("URIStrings", uriStrings.isEmpty() ? Values.NULL : uriStrings);
    }

    /** Go's url.URL fields for a parsed URI. */
    private static Map<Object, Object> url(String text) {
        URI uri = URI.create(text);
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("Scheme", uri.getScheme() == null ? "" : uri.getScheme());
        out.put("Opaque", uri.isOpaque() ? uri.getRawSchemeSpecificPart() : "");
        out.put("User", Values.NULL);
        out.put("Host", uri.getHost() == null ? "" : uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        out.put("Path", uri.getPath() == null ? "" : uri.getPath());
        out.put("RawPath", "");
        out.put("OmitHost", false);
        out.put("ForceQuery", false);
        out.put("RawQuery", uri.getRawQuery() == null ? "" : uri.getRawQuery());
        out.put("Fragment", uri.getFragment() == null ? "" : uri.getFragment());
        out.put("RawFragment", "");
        return out;
    }

    private static Object crlDistributionPoints(Der extension) {
        List<Object> out = new ArrayList<>();
        if (extension != null) {
            for (Der point : inner(extension).children()) {
                for (Der field : point.children()) {
                    if (field.contextTag() == 0) {
                        for (Der name : field.children()) {
                            if (name.contextTag() == 0) {
                                for (Der general : name.children()) {
                                    if (general.contextTag() == 6) {
                                        out.add(general.text());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out.isEmpty() ? Values.NULL : out;
    }

    /** An extension's value: the DER inside its OCTET STRING. */
    static Der inner(Der octetString) {
        return Der.read(octetString.contents());
    }

    static List<Object> arcs(Der oid) {
        return new ArrayList<>(oid.oid().stream().map(X509Certificates::number).toList());
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static Object number(long n) {
        return Values.number(BigDecimal.valueOf(n));
    }

    private static Object number(BigInteger n) {
        return Values.number(new BigDecimal(n));
    }
}
