package io.intelgraph.maestro.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Big reports for the benchmarks, grown from the real ones in src/core/test/resources/supplychain: the
 * same entries (a composer SBOM's components, Trivy's alpine 3.9 vulnerabilities, Surefire's test
 * cases) repeated with numbered names until the file reaches the wanted size. Written streaming.
 */
final class BigReports {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("src/core/test/resources/supplychain");

    private BigReports() {
    }

    /** A CycloneDX 1.4 SBOM of about {@code bytes}; returns the number of components. */
    static int sbom(Path out, long bytes) throws IOException {
        return sbom(out, bytes, Integer.MAX_VALUE, false);
    }

    /**
     * A CycloneDX 1.4 SBOM of about {@code bytes} or {@code components} components, whichever comes
     * first, with the source's dependency graph repeated alongside (numbered bom-refs); returns the
     * number of components. A {@code slim} component keeps what the panel reads and loses its external
     * references and properties (two thirds of its bytes), so 400,000 components make about 190 MB,
     * as the SBOMs of big container images do.
     */
    static int sbom(Path out, long bytes, int components, boolean slim) throws IOException {
        JsonNode source = JSON.readTree(DIR.resolve("cyclonedx/laravel-7.12.0.cdx-1.4.json").toFile());
        int n = 0;
        int copies = 0;
        Counting counted = new Counting(out);
        try (JsonGenerator g = JSON.getFactory().createGenerator(counted, JsonEncoding.UTF8)) {
            g.setCodec(JSON);
            g.writeStartObject();
            g.writeStringField("bomFormat", "CycloneDX");
            g.writeStringField("specVersion", "1.4");
            g.writeFieldName("metadata");
            g.writeTree(source.get("metadata"));
            g.writeArrayFieldStart("components");
            while (counted.count < bytes && n < components) {
                for (JsonNode component : source.get("components")) {
                    ObjectNode copy = component.deepCopy();
                    copy.put("name", component.get("name").asText() + "-" + copies);
                    copy.put("purl", component.get("purl").asText() + "-" + copies);
                    copy.put("bom-ref", component.get("bom-ref").asText() + "-" + copies);
                    if (slim) {
                        copy.remove(List.of("externalReferences", "properties"));
                    }
                    g.writeTree(copy);
                    n++;
                }
                copies++;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("dependencies");
            for (int copy = 0; copy < copies; copy++) {
                for (JsonNode dependency : source.get("dependencies")) {
                    g.writeStartObject();
                    g.writeStringField("ref", dependency.get("ref").asText() + "-" + copy);
                    g.writeArrayFieldStart("dependsOn");
                    for (JsonNode on : dependency.path("dependsOn")) {
                        g.writeString(on.asText() + "-" + copy);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return n;
    }

    /** A Trivy JSON report of about {@code bytes}; returns the number of vulnerabilities. */
    static int trivy(Path out, long bytes) throws IOException {
        JsonNode source = JSON.readTree(DIR.resolve("trivy/alpine-39.json").toFile());
        JsonNode vulnerabilities = source.get("Results").get(0).get("Vulnerabilities");
        int n = 0;
        Counting counted = new Counting(out);
        try (JsonGenerator g = JSON.getFactory().createGenerator(counted, JsonEncoding.UTF8)) {
            g.setCodec(JSON);
            g.writeStartObject();
            g.writeNumberField("SchemaVersion", 2);
            g.writeStringField("ArtifactName", "bench/big-image");
            g.writeArrayFieldStart("Results");
            g.writeStartObject();
            g.writeStringField("Target", "bench/big-image (alpine 3.9.4)");
            g.writeArrayFieldStart("Vulnerabilities");
            while (counted.count < bytes) {
                for (JsonNode v : vulnerabilities) {
                    ObjectNode copy = v.deepCopy();
                    copy.put("PkgName", v.get("PkgName").asText() + "-" + n);
                    g.writeTree(copy);
                    n++;
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        return n;
    }

    /** A Surefire-style JUnit report of about {@code bytes}, one case in ten failing with a trace; returns the cases. */
    static int junit(Path out, long bytes) throws IOException {
        String failing = Files.readString(DIR.resolve("junit/surefire-CalcUtilsTest.xml"));
        String failure = failing.substring(failing.indexOf("<failure"), failing.indexOf("</failure>") + "</failure>".length());
        int n = 0;
        long size = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"bench.BigSuite\" tests=\"0\">\n");
            while (size < bytes) {
                String line = "  <testcase name=\"case " + n + "\" classname=\"bench.BigSuite" + n / 1000 + "\" time=\"0.012\">"
                        + (n % 10 == 0 ? failure : "") + "</testcase>\n";
                w.write(line);
                size += line.length();
                n++;
            }
            w.write("</testsuite>\n");
        }
        return n;
    }

    /** Bytes reach the file through here, counted (the generator buffers at most a few kB ahead). */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(Path file) throws IOException {
            super(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
