package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trivy's own golden reports (JSON and SARIF, see supplychain/SOURCE.md); the counts are the files'. */
class ScanReaderTest {

    private static final Path DIR = Path.of("src/core/test/resources/supplychain");
    private final ScanReader reader = new ScanReader();

    private static Map<Severity, Integer> counts(int critical, int high, int medium, int low) {
        return Map.of(Severity.CRITICAL, critical, Severity.HIGH, high, Severity.MEDIUM, medium, Severity.LOW, low,
                Severity.UNKNOWN, 0);
    }

    @Test
    void trivyImageScan() throws IOException {
        ScanReport scan = reader.read(DIR.resolve("trivy/alpine-39.json"));
        assertEquals(ScanReport.Format.TRIVY_JSON, scan.format());
        assertEquals("testdata/fixtures/images/alpine-39.tar.gz", scan.artifact());
        assertEquals(counts(2, 0, 4, 0), scan.severityCounts());
        assertEquals(6, scan.fixable());
        Finding musl = scan.findings().stream().filter(f -> f.pkg().equals("musl")).findFirst().orElseThrow();
        assertEquals("CVE-2019-14697", musl.id());
        assertEquals(Severity.CRITICAL, musl.severity());
        assertEquals("1.1.20-r4", musl.installedVersion());
        assertEquals("1.1.20-r5", musl.fixedVersion());
        assertEquals(9.8, musl.cvss().orElseThrow());
        assertEquals("testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)", musl.target());
        assertTrue(musl.url().endsWith("/cve-2019-14697"), musl.url());
    }

    @Test
    void unfixedVulnerabilitiesAndTheSeveritySourcesScore() throws IOException {
        ScanReport scan = reader.read(DIR.resolve("trivy/debian-buster.json"));
        assertEquals(counts(1, 0, 0, 1), scan.severityCounts());
        assertEquals(1, scan.fixable());
        Finding bash = scan.findings().stream().filter(f -> f.pkg().equals("bash")).findFirst().orElseThrow();
        assertEquals(Severity.LOW, bash.severity(), "Debian grades it low although NVD scores it 7.8");
        assertEquals("", bash.fixedVersion());
        Finding idn = scan.findings().stream().filter(f -> f.pkg().equals("libidn2-0")).findFirst().orElseThrow();
        assertEquals(9.8, idn.cvss().orElseThrow(), "the score of the source the severity came from (nvd)");
    }

    @Test
    void misconfigurationsAndSecrets() throws IOException {
        ScanReport dockerfile = reader.read(DIR.resolve("trivy/dockerfile.json"));
        assertEquals(1, dockerfile.findings().size(), "26 passed checks are not findings");
        Finding root = dockerfile.findings().get(0);
        assertEquals(Finding.Kind.MISCONFIGURATION, root.kind());
        assertEquals("DS-0002", root.id());
        assertEquals("Image user should not be 'root'", root.title());
        assertEquals(Severity.HIGH, root.severity());
        assertEquals("Dockerfile", root.target());

        ScanReport secrets = reader.read(DIR.resolve("trivy/secrets.json"));
        assertEquals(counts(1, 1, 0, 0), secrets.severityCounts());
        Finding aws = secrets.findings().get(0);
        assertEquals(Finding.Kind.SECRET, aws.kind());
        assertEquals("aws-access-key-id", aws.id());
        assertEquals(3, aws.line());
        assertEquals("deploy.sh", aws.target());
    }

    @Test
    void sarifFromTrivyMatchesItsJson() throws IOException {
        ScanReport sarif = reader.read(DIR.resolve("sarif/trivy-alpine-310.sarif"));
        ScanReport json = reader.read(DIR.resolve("trivy/alpine-310.json"));
        assertEquals(ScanReport.Format.SARIF, sarif.format());
        assertEquals("Trivy", sarif.tool());
        assertEquals(counts(0, 0, 4, 0), sarif.severityCounts());
        assertEquals(json.severityCounts(), sarif.severityCounts());
        assertEquals(json.fixable(), sarif.fixable());
        Finding first = sarif.findings().get(0);
        assertEquals("CVE-2019-1549", first.id());
        assertEquals("libcrypto1.1", first.pkg());
        assertEquals("1.1.1c-r0", first.installedVersion());
        assertEquals("1.1.1d-r0", first.fixedVersion());
        assertEquals(5.3, first.cvss().orElseThrow());
        assertEquals("openssl: information disclosure in fork()", first.title());
        assertEquals("https://avd.aquasec.com/nvd/cve-2019-1549", first.url());
    }

    @Test
    void gradesBySecuritySeverityAsGitHubDoes() {
        assertEquals(Severity.CRITICAL, Severity.ofScore(9.0));
        assertEquals(Severity.HIGH, Severity.ofScore(8.9));
        assertEquals(Severity.MEDIUM, Severity.ofScore(4.0));
        assertEquals(Severity.LOW, Severity.ofScore(3.9));
    }

    @Test
    void malformedReportsSayWhatIsWrong() {
        ReportFormatException notJson = assertThrows(ReportFormatException.class, () -> reader.read("scan.json",
                new ByteArrayInputStream("{\"SchemaVersion\": 2, \"Results\": [ {\"Target\": ".getBytes(StandardCharsets.UTF_8))));
        assertTrue(notJson.getMessage().startsWith("scan.json: not valid JSON at line 1"), notJson.getMessage());
        ReportFormatException wrongShape = assertThrows(ReportFormatException.class, () -> reader.read("scan.json",
                new ByteArrayInputStream("{\"SchemaVersion\": 2, \"Results\": {}}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("scan.json: \"Results\" should be an array at line 1, column 33", wrongShape.getMessage());
        ReportFormatException oldSarif = assertThrows(ReportFormatException.class, () -> reader.read("x.sarif",
                new ByteArrayInputStream("{\"version\": \"1.0.0\", \"runs\": []}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("x.sarif: SARIF version 1.0.0 is not supported (2.1.0 is)", oldSarif.getMessage());
    }
}
