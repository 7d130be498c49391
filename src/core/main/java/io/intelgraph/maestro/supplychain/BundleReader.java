package io.intelgraph.maestro.supplychain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.evidence.Attestation;
import io.intelgraph.maestro.model.evidence.Provenance;
import io.intelgraph.maestro.model.evidence.SignatureState;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Sigstore bundle (v0.1–v0.3 JSON) and hands it to the verifier: the signer's identity and
 * issuer come from the Fulcio certificate, the subjects and SLSA provenance from the DSSE payload
 * (an in-toto statement), the artifact digest of a plain signature from the bundle.
 */
public final class BundleReader {

    /** Bundles are small; anything larger is not one. */
    private static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fulcio's issuer extensions: v2 (a DER UTF8String) and the older v1 (raw bytes). */
    private static final String ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    private static final String ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";

    private final BundleVerifier verifier;

    public BundleReader(BundleVerifier verifier) {
        this.verifier = verifier;
    }

    public Attestation read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    public Attestation read(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ReportFormatException(name, "over " + MAX_BYTES / (1024 * 1024) + " MB: not a Sigstore bundle");
        }
        JsonNode bundle;
        try {
            bundle = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ReportFormatException(name, "not valid JSON" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            // Jackson's encoding detection (e.g. an impossible UTF-32 character) fails outside JsonProcessingException.
            throw new ReportFormatException(name, "not JSON text: " + e.getMessage(), e);
        }
        String mediaType = JsonStream.text(bundle, "mediaType");
        if (!mediaType.startsWith("application/vnd.dev.sigstore.bundle")) {
            throw new ReportFormatException(name, "not a Sigstore bundle: mediaType is \"" + mediaType + "\"");
        }
        JsonNode material = bundle.path("verificationMaterial");
        Optional<X509Certificate> certificate = certificate(name, material);
        JsonNode entry = material.path("tlogEntries").path(0);
        Optional<Instant> loggedAt = entry.has("integratedTime")
                ? Optional.of(Instant.ofEpochSecond(entry.path("integratedTime").asLong())) : Optional.empty();

        List<String> subjects = new ArrayList<>();
        Optional<Provenance> provenance = Optional.empty();
        byte[] digest = null;
        if (bundle.has("dsseEnvelope")) {
            JsonNode statement = statement(name, bundle.path("dsseEnvelope"));
            for (JsonNode subject : statement.path("subject")) {
                String sha = JsonStream.text(subject, "digest", "sha256");
                subjects.add(JsonStream.text(subject, "name") + (sha.isEmpty() ? "" : " sha256:" + sha));
                if (digest == null && !sha.isEmpty()) {
                    digest = hex(name, sha);
                }
            }
            provenance = provenance(statement);
        } else if (bundle.has("messageSignature")) {
            String b64 = JsonStream.text(bundle, "messageSignature", "messageDigest", "digest");
            if (!b64.isEmpty()) {
                digest = base64(name, "messageSignature.messageDigest.digest", b64);
                subjects.add("artifact sha256:" + HexFormat.of().formatHex(digest));
            }
        }
        BundleVerifier.Verdict verdict = digest == null
                ? new BundleVerifier.Verdict(SignatureState.UNVERIFIED, "the bundle names no artifact digest to verify")
                : verifier.verify(bytes, digest);
        return new Attestation(name, verdict.state(), verdict.reason(),
                certificate.map(BundleReader::identity).orElse(""), certificate.map(BundleReader::issuer).orElse(""),
                loggedAt, entry.path("logIndex").asLong(-1), subjects, provenance);
    }

    private static byte[] hex(String name, String sha256) throws ReportFormatException {
        try {
            return HexFormat.of().parseHex(sha256);
        } catch (IllegalArgumentException e) {
            throw new ReportFormatException(name, "a subject's sha256 digest is not hexadecimal: \"" + sha256 + "\"", e);
        }
    }

    private static byte[] base64(String name, String field, String value) throws ReportFormatException {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new ReportFormatException(name, field + " is not base64: " + e.getMessage(), e);
        }
    }

    private static Optional<X509Certificate> certificate(String name, JsonNode material) throws ReportFormatException {
        String raw = material.has("certificate") ? JsonStream.text(material, "certificate", "rawBytes")
                : JsonStream.text(material.path("x509CertificateChain").path("certificates").path(0), "rawBytes");
        if (raw.isEmpty()) {
            return Optional.empty(); // signed with a key, not a Fulcio certificate
        }
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(raw))));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new ReportFormatException(name, "the signing certificate cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode statement(String name, JsonNode envelope) throws ReportFormatException {
        try {
            return JSON.readTree(Base64.getDecoder().decode(JsonStream.text(envelope, "payload")));
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportFormatException(name, "the DSSE payload is not an in-toto statement: " + e.getMessage(), e);
        }
    }

    /** SLSA v1 ({@code buildDefinition}/{@code runDetails}) or v0.2 ({@code builder}/{@code invocation}). */
    static Optional<Provenance> provenance(JsonNode statement) {
        String type = JsonStream.text(statement, "predicateType");
        if (!type.startsWith("https://slsa.dev/provenance/")) {
            return Optional.empty();
        }
        JsonNode p = statement.path("predicate");
        if (p.has("buildDefinition")) {
            JsonNode definition = p.path("buildDefinition");
            JsonNode source = definition.path("resolvedDependencies").path(0);
            JsonNode workflow = definition.path("externalParameters").path("workflow");
            return Optional.of(new Provenance(type, JsonStream.text(p, "runDetails", "builder", "id"),
                    JsonStream.text(definition, "buildType"), JsonStream.text(source, "uri"),
                    JsonStream.text(source, "digest", "gitCommit"),
                    JsonStream.text(workflow, "path") + (workflow.has("ref") ? "@" + JsonStream.text(workflow, "ref") : ""),
                    JsonStream.text(p, "runDetails", "metadata", "invocationId")));
        }
        JsonNode config = p.path("invocation").path("configSource");
        return Optional.of(new Provenance(type, JsonStream.text(p, "builder", "id"), JsonStream.text(p, "buildType"),
                JsonStream.text(config, "uri"), JsonStream.text(config, "digest", "sha1"),
                JsonStream.text(config, "entryPoint"), JsonStream.text(p, "metadata", "buildInvocationId")));
    }

    /** The certificate's subject alternative name: the workflow (URI) or the e-mail that signed. */
    private static String identity(X509Certificate certificate) {
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> name : certificate.getSubjectAlternativeNames()) {
                    if (name.size() >= 2 && name.get(1) instanceof String value) {
                        return value;
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return "";
        }
        return "";
    }

    private static String issuer(X509Certificate certificate) {
        byte[] v2 = certificate.getExtensionValue(ISSUER_V2);
        if (v2 != null) {
            return new String(derContent(derContent(v2)), StandardCharsets.UTF_8); // a UTF8String inside the OCTET STRING
        }
        byte[] v1 = certificate.getExtensionValue(ISSUER_V1);
        return v1 == null ? "" : new String(derContent(v1), StandardCharsets.UTF_8);
    }

    /**
     * The content of one DER TLV (short or long length form). getExtensionValue wraps the
     * extension's value in an OCTET STRING, hence one call to unwrap it.
     */
    private static byte[] derContent(byte[] der) {
        if (der.length < 2) {
            return new byte[0];
        }
        int length = der[1] & 0xff;
        int offset = 2;
        if (length > 0x7f) {
            int bytes = length & 0x7f;
            if (bytes > 3 || 2 + bytes > der.length) {
                return new byte[0]; // not a length an extension this small can have
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (der[2 + i] & 0xff);
            }
            offset = 2 + bytes;
        }
        return Arrays.copyOfRange(der, offset, Math.min(der.length, offset + length));
    }
}
