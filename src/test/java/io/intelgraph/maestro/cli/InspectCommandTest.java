package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inspect} on the tools' own files (src/test/resources/supplychain, see SOURCE.md). */
class InspectCommandTest {

    private static final String DIR = "src/test/resources/supplychain/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sbomSummaryAndJson() throws IOException {
        CliRun table = CliRun.run("inspect", "sbom", DIR + "cyclonedx/laravel-7.12.0.cdx-1.4.json");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("laravel-7.12.0.cdx-1.4.json: CycloneDX 1.4 SBOM of cyclonedx-php-composer-demo@dev-master\n"
                + "62 components, 113 dependency edges\nLicences: MIT 57, BSD-3-Clause 4, Apache-2.0 1\n"), table.out());
        assertTrue(table.out().contains("… and 42 more (--json lists all)"), table.out());

        CliRun json = CliRun.run("inspect", "sbom", "--json", DIR + "spdx/trivy-julia.spdx.json");
        JsonNode root = JSON.readTree(json.out());
        assertEquals("spdx", root.path("format").asText());
        assertEquals(5, root.path("components").size());
        assertEquals(5, root.path("componentCount").asInt());
        assertEquals("testdata/fixtures/repo/julia", root.path("subject").asText());
        assertEquals("pkg:julia/A@1.9.0?uuid=ead4f63c-334e-11e9-00e6-e7f0a5f21b60", root.at("/components/1/purl").asText());
    }

    @Test
    void spdxDependencyKindsAndDescribedPackage() throws IOException {
        // spdx-maven-plugin's output: DYNAMIC_LINK and TEST_DEPENDENCY_OF edges, SPDXRef-DOCUMENT DESCRIBES the project.
        String file = DIR + "spdx/spdx-maven-plugin-1.0.4.spdx.json";
        CliRun table = CliRun.run("inspect", "sbom", file);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("spdx-maven-plugin-1.0.4.spdx.json: SPDX 2.3 SBOM of spdx-demo@1.0.0\n"
                + "8 components, 5 dependency edges (2 test, 3 dynamic link)\n"), table.out());

        JsonNode root = JSON.readTree(CliRun.run("inspect", "sbom", "--json", file).out());
        assertEquals("spdx-demo@1.0.0", root.path("subject").asText());
        assertEquals(5, root.path("dependencyEdges").asInt());
        assertEquals(3, root.at("/dependencyKinds/dynamic_link").asInt());
        assertEquals(2, root.at("/dependencyKinds/test").asInt());
        assertEquals(8, root.path("components").size());
        assertEquals("JUnit", root.at("/components/1/name").asText());
        assertEquals("EPL-1.0", root.at("/components/1/licenses/0").asText());
    }

    @Test
    void scanSeverityLineAndFailOn() throws IOException {
        CliRun table = CliRun.run("inspect", "scan", DIR + "trivy/alpine-39.json");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("◆ CRITICAL 2  ▲ HIGH 0  ● MEDIUM 4  ○ LOW 0  ? UNKNOWN 0   (6 findings, 6 fixable)"),
                table.out());
        String firstRow = table.out().lines().filter(l -> l.contains("CVE-")).findFirst().orElseThrow();
        assertTrue(firstRow.contains("◆ CRITICAL") && firstRow.contains("CVE-2019-14697"), "the worst first: " + firstRow);

        assertEquals(1, CliRun.run("inspect", "scan", "--fail-on", "critical", DIR + "trivy/alpine-39.json").exit());
        assertEquals(0, CliRun.run("inspect", "scan", "--fail-on", "high", DIR + "trivy/alpine-310.json").exit(),
                "alpine 3.10 has only medium findings");

        JsonNode sarif = JSON.readTree(CliRun.run("inspect", "scan", "--json", DIR + "sarif/trivy-alpine-310.sarif").out());
        assertEquals(4, sarif.at("/severityCounts/MEDIUM").asInt());
        assertEquals("1.1.1d-r0", sarif.at("/findings/0/fixedVersion").asText());
        assertEquals(5.3, sarif.at("/findings/0/cvss").asDouble());
    }

    @Test
    void testsFailuresFirstAndFailOnBroken() throws IOException {
        CliRun table = CliRun.run("inspect", "tests", DIR + "junit/go-junit-report-retry.xml");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("✕ failed 0  ‼ error 0  ≈ flaky 1  – skipped 1  ✓ passed 1"), table.out());
        assertTrue(table.out().contains("≈ FLAKY  github.com/example/example/server/v8/channels/api4 › TestWebSocketReconnectRace  (2 attempts)"),
                table.out());
        assertEquals(0, CliRun.run("inspect", "tests", "--fail-on-broken", DIR + "junit/go-junit-report-retry.xml").exit(),
                "flaky is not broken");
        assertEquals(1, CliRun.run("inspect", "tests", "--fail-on-broken", DIR + "junit/pytest.xml").exit());
        JsonNode json = JSON.readTree(CliRun.run("inspect", "tests", "--json", DIR + "junit/surefire-flaky.xml").out());
        assertEquals(1, json.at("/counts/FLAKY").asInt());
        assertEquals(2, json.at("/cases/0/attempts").asInt());
    }

    @Test
    void bundlesVerifyOfflineOrExitOne() throws IOException {
        CliRun good = CliRun.run("inspect", "bundle", DIR + "sigstore/happy-path-intoto-in-dsse-v3/bundle.sigstore.json");
        assertEquals(0, good.exit(), good.out() + good.err());
        assertTrue(good.out().startsWith("✔ SIGNED, VERIFIED  bundle.sigstore.json\n"), good.out());
        assertTrue(good.out().contains("issuer: https://token.actions.githubusercontent.com"), good.out());
        assertTrue(good.out().contains("source: git+https://github.com/loosebazooka/aa-test@refs/heads/main @ ebff8dfbd"), good.out());

        CliRun bad = CliRun.run("inspect", "bundle", DIR + "sigstore/dsse-invalid-sig_fail/bundle.sigstore.json");
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("why: DSSE signature was not valid"), bad.out());

        JsonNode json = JSON.readTree(CliRun.run("inspect", "bundle", "--json", "--trusted-root",
                DIR + "sigstore/intoto-expired-certificate_fail/trusted_root.json",
                DIR + "sigstore/intoto-expired-certificate_fail/bundle.sigstore.json").out());
        assertEquals("UNVERIFIED", json.path("state").asText());
        assertEquals("https://slsa.dev/provenance/v1", json.at("/provenance/predicateType").asText());
    }

    @Test
    void unreadableFilesExitThreeWithTheProblem() {
        CliRun corrupt = CliRun.run("inspect", "tests", DIR + "junit/corrupt-surefire.xml");
        assertEquals(3, corrupt.exit());
        assertTrue(corrupt.err().startsWith("error: corrupt-surefire.xml: not well-formed XML at line "), corrupt.err());
        assertEquals("", corrupt.out());
        CliRun missing = CliRun.run("inspect", "sbom", "no-such.cdx.json");
        assertEquals(3, missing.exit());
        assertEquals("error: no-such.cdx.json: no such file\n", missing.err());
        CliRun wrongKind = CliRun.run("inspect", "sbom", DIR + "junit/pytest.xml");
        assertEquals(3, wrongKind.exit());
        assertTrue(wrongKind.err().startsWith("error: pytest.xml: not valid JSON at line 1"), wrongKind.err());
    }
}
