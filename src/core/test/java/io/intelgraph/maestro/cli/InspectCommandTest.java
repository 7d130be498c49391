package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.supplychain.TufMirrorFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inspect} on the tools' own files (src/core/test/resources/supplychain, see SOURCE.md). */
class InspectCommandTest {

    private static final String DIR = "src/core/test/resources/supplychain/";
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
    void bundlesVerifyOfflineOrExitOne(@TempDir Path config) throws IOException {
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", config.toString());
        CliRun good = CliRun.run(env, "", "inspect", "bundle", "--offline",
                DIR + "sigstore/happy-path-intoto-in-dsse-v3/bundle.sigstore.json");
        assertEquals(0, good.exit(), good.out() + good.err());
        assertTrue(good.out().startsWith("✔ SIGNED, VERIFIED  bundle.sigstore.json\n"), good.out());
        assertTrue(good.out().contains("issuer: https://token.actions.githubusercontent.com"), good.out());
        assertTrue(good.out().contains("source: git+https://github.com/loosebazooka/aa-test@refs/heads/main @ ebff8dfbd"), good.out());
        assertTrue(good.out().endsWith("\ntrusted root: the snapshot bundled with the HUD (offline; TUF has not refreshed it"
                + " here yet)\n"), good.out());

        CliRun bad = CliRun.run(env, "", "inspect", "bundle", "--offline", DIR + "sigstore/dsse-invalid-sig_fail/bundle.sigstore.json");
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("why: DSSE signature was not valid — checked against the snapshot bundled with the HUD"
                + " (offline; TUF has not refreshed it here yet)\n"), "a root that may be out of date is named: " + bad.out());

        JsonNode json = JSON.readTree(CliRun.run(env, "", "inspect", "bundle", "--json", "--trusted-root",
                DIR + "sigstore/intoto-expired-certificate_fail/trusted_root.json",
                DIR + "sigstore/intoto-expired-certificate_fail/bundle.sigstore.json").out());
        assertEquals("UNVERIFIED", json.path("state").asText());
        assertEquals("https://slsa.dev/provenance/v1", json.at("/provenance/predicateType").asText());
        assertEquals("FILE", json.at("/trustedRoot/origin").asText());
        assertTrue(json.at("/trustedRoot/file").asText().endsWith("intoto-expired-certificate_fail/trusted_root.json"));
    }

    /**
     * Another instance's TUF mirror whose metadata TUF refuses (sigstore-java's synthetic repository, expired since
     * 2023), never verified here: there is no root to verify with — the public-good snapshot does not stand in for
     * another instance's root, or an outage would pass bundles signed elsewhere — and the output says why.
     */
    @Test
    void aTufRefreshOfAnotherInstanceThatFailsLeavesNothingToVerifyWithAndSaysWhy(@TempDir Path config) throws IOException {
        try (TufMirrorFixture mirror = TufMirrorFixture.serving("test-template")) {
            Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", config.toString());
            CliRun run = CliRun.run(env, "", "inspect", "bundle", "--json", "--tuf-mirror", mirror.uri().toString(),
                    "--tuf-root", TufMirrorFixture.resourcePath("trusted-root.json"),
                    DIR + "sigstore/happy-path-intoto-in-dsse-v3/bundle.sigstore.json");
            assertEquals(1, run.exit(), run.out() + run.err());
            JsonNode json = JSON.readTree(run.out());
            assertEquals("COULD_NOT_VERIFY", json.path("state").asText());
            assertEquals("NONE", json.at("/trustedRoot/origin").asText());
            assertTrue(json.at("/trustedRoot/file").isNull());
            String detail = json.at("/trustedRoot/detail").asText();
            assertTrue(detail.startsWith("TUF refresh failed: RoleExpiredException"), detail);
            try (Stream<Path> caches = Files.list(config.resolve("sigstore-tuf"))) {
                assertTrue(caches.map(p -> p.getFileName().toString())
                        .anyMatch(name -> name.matches("127\\.0\\.0\\.1_" + mirror.uri().getPort() + "-[0-9a-f]{12}")),
                        "the cache lives in the config directory, one per mirror address and root");
            }
        }

        String bundle = DIR + "sigstore/happy-path-intoto-in-dsse-v3/bundle.sigstore.json";
        String root = TufMirrorFixture.resourcePath("trusted-root.json");
        for (String mirror : List.of("ftp://127.0.0.1/", "file:///etc/", "http://alice:s3cret@127.0.0.1:1/")) {
            CliRun bad = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", config.toString()), "", "inspect", "bundle",
                    "--tuf-mirror", mirror, "--tuf-root", root, bundle);
            assertEquals(2, bad.exit(), mirror);
            assertTrue(bad.err().startsWith("error: --tuf-mirror: a TUF mirror"), bad.err());
            assertFalse(bad.err().contains("s3cret"), bad.err());
        }
        CliRun noRoot = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", config.toString()), "", "inspect", "bundle",
                "--tuf-mirror", "http://127.0.0.1:1/", "--tuf-root", config.resolve("nope.json").toString(), bundle);
        assertEquals(2, noRoot.exit());
        assertTrue(noRoot.err().startsWith("error: --tuf-root " + config.resolve("nope.json") + ": no such file"), noRoot.err());
    }

    /** A bundle that is not there is said at once, before a refresh that may wait seconds for a mirror. */
    @Test
    void aMissingBundleCostsNoRefresh(@TempDir Path config) {
        CliRun missing = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", config.toString()), "", "inspect", "bundle",
                "--tuf-mirror", "http://127.0.0.1:1/", "--tuf-root", TufMirrorFixture.resourcePath("trusted-root.json"),
                config.resolve("no-such.sigstore.json").toString());
        assertEquals(3, missing.exit());
        assertEquals("error: " + config.resolve("no-such.sigstore.json") + ": no such file", missing.err().strip());
        assertFalse(Files.exists(config.resolve("sigstore-tuf")), "nothing was refreshed");
    }

    @Test
    void theTufFlagsGoTogether(@TempDir Path config) {
        CliRun alone = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", config.toString()), "", "inspect", "bundle",
                "--tuf-mirror", "http://127.0.0.1:1/", DIR + "sigstore/happy-path-intoto-in-dsse-v3/bundle.sigstore.json");
        assertEquals(2, alone.exit());
        assertTrue(alone.err().startsWith("error: --tuf-mirror and --tuf-root go together"), alone.err());
        CliRun both = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", config.toString()), "", "inspect", "bundle", "--offline",
                "--trusted-root", DIR + "sigstore/trusted_root.public-good.json",
                DIR + "sigstore/happy-path-intoto-in-dsse-v3/bundle.sigstore.json");
        assertEquals(2, both.exit());
        assertTrue(both.err().startsWith("error: --trusted-root names the root to use"), both.err());
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

    /** A value that would forge a line of the table if its newline were printed as one. */
    private static final String FORGED = "app\nFORGED-NAME   1\u001B[2J\u202E";

    /**
     * No line of {@code out} starts, at the indentation of the command's own lines (up to four
     * spaces; a trace excerpt is indented by six), with what a value tried to forge; the value is shown escaped.
     */
    private static void noForgedLine(CliRun run) {
        assertEquals(0, run.exit(), run.err());
        List<String> forged = run.out().lines().filter(l -> l.matches(" {0,5}FORGED.*")).toList();
        assertEquals(List.of(), forged, run.out());
        assertTrue(run.out().contains("app\\nFORGED-NAME   1\\u001B[2J\\u202E"), run.out());
        assertFalse(run.out().chars().anyMatch(c -> c == 0x1B || c == '\r' || c == 0x202E), run.out());
    }

    @Test
    void spdxNamesCannotForgeLines(@TempDir Path dir) throws IOException {
        ObjectNode spdx = (ObjectNode) JSON.readTree(Path.of(DIR + "spdx/trivy-julia.spdx.json").toFile());
        for (var p : spdx.withArray("packages")) {
            ((ObjectNode) p).put("name", FORGED).put("versionInfo", FORGED).put("licenseConcluded", FORGED)
                    .put("licenseDeclared", FORGED);
        }
        Path file = dir.resolve("forged.spdx.json");
        JSON.writeValue(file.toFile(), spdx);
        noForgedLine(CliRun.run("inspect", "sbom", file.toString()));
    }

    @Test
    void cycloneDxComponentAndLicenceNamesCannotForgeLines(@TempDir Path dir) throws IOException {
        ObjectNode cdx = (ObjectNode) JSON.readTree(Path.of(DIR + "cyclonedx/laravel-7.12.0.cdx-1.4.json").toFile());
        ((ObjectNode) cdx.at("/metadata/component")).put("name", FORGED);
        for (var c : cdx.withArray("components")) {
            ((ObjectNode) c).put("name", FORGED).put("version", FORGED).put("purl", FORGED).remove("group");
            ArrayNode licenses = ((ObjectNode) c).putArray("licenses");
            licenses.addObject().putObject("license").put("name", FORGED);
        }
        Path file = dir.resolve("forged.cdx.json");
        JSON.writeValue(file.toFile(), cdx);
        CliRun run = CliRun.run("inspect", "sbom", file.toString());
        noForgedLine(run);
        assertTrue(run.out().contains("Licences: app\\nFORGED-NAME"), run.out());
    }

    @Test
    void trivyFieldsCannotForgeLines(@TempDir Path dir) throws IOException {
        ObjectNode trivy = (ObjectNode) JSON.readTree(Path.of(DIR + "trivy/alpine-39.json").toFile());
        trivy.put("ArtifactName", FORGED);
        for (var result : trivy.withArray("Results")) {
            ((ObjectNode) result).put("Target", FORGED);
            for (var v : result.withArray("Vulnerabilities")) {
                ((ObjectNode) v).put("VulnerabilityID", FORGED).put("Title", FORGED).put("PkgName", FORGED)
                        .put("InstalledVersion", FORGED).put("FixedVersion", FORGED);
            }
        }
        Path file = dir.resolve("forged-trivy.json");
        JSON.writeValue(file.toFile(), trivy);
        noForgedLine(CliRun.run("inspect", "scan", file.toString()));
    }

    @Test
    void junitNamesAndFailureTextCannotForgeLines(@TempDir Path dir) throws IOException {
        String forged = "app&#10;FORGED-NAME   1&#27;[2J&#x202E;";
        Path file = dir.resolve("forged.xml");
        Files.writeString(file, """
                <?xml version="1.1" encoding="UTF-8"?>
                <testsuites>
                  <testsuite name="%1$s" tests="2" failures="1">
                    <testcase classname="%1$s" name="%1$s" time="0.1">
                      <failure message="%1$s" type="AssertionError">at first line
                FORGED-TRACE line &#27;[31m
                  at third line</failure>
                    </testcase>
                    <testcase classname="ok" name="passes" time="0.1"/>
                  </testsuite>
                </testsuites>
                """.formatted(forged));
        CliRun run = CliRun.run("inspect", "tests", file.toString());
        noForgedLine(run);
        // The trace is shown line by line, each indented under its test and escaped.
        assertTrue(run.out().contains("\n      FORGED-TRACE line \\u001B[31m\n"), run.out());
    }
}
