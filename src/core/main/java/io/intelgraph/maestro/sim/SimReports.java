package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a simulated run uploads once it completes: an SBOM, a Trivy scan and its test results —
 * real files written by CycloneDX, Trivy, Surefire, pytest and mocha (resources /sim/reports,
 * see SOURCE.md there). A failed run carries the report with critical findings and failing tests;
 * every seventh repository also ships a truncated Surefire report, so the panels show how a broken
 * file is reported.
 */
final class SimReports {

    private static final String DIR = "/sim/reports/";

    /** One artifact: its slot in the run (1–3), its name and its files (name in the zip → resource). */
    record Artifact(int slot, String name, Map<String, String> files) {
        long id(long runId) {
            return runId * 10 + slot;
        }
    }

    private SimReports() {
    }

    static List<Artifact> of(SimWorld.RunView view) {
        if (view.status() != RunStatus.COMPLETED) {
            return List.of(); // artifacts are uploaded as the run goes; the simulator publishes them at its end
        }
        boolean failed = view.conclusion() != Conclusion.SUCCESS;
        Map<String, String> scan = new LinkedHashMap<>();
        scan.put("trivy-results.json", failed ? "trivy-alpine-39.json" : "trivy-alpine-310.json");
        if (!failed) {
            scan.put("trivy-results.sarif", "trivy-alpine-310.sarif");
        }
        Map<String, String> tests = new LinkedHashMap<>();
        if (failed) {
            tests.put("surefire-reports/TEST-action.surefire.report.calc.CalcUtilsTest.xml", "TEST-CalcUtilsTest.xml");
            tests.put("pytest-report.xml", "pytest-report.xml");
        } else {
            tests.put("surefire-reports/TEST-MicrosoftTeamsCrudTest.xml", "TEST-MicrosoftTeamsCrudTest.xml");
            tests.put("mocha-report.xml", "mocha-report.xml");
            tests.put("go-test-report.xml", "go-test-report.xml");
        }
        if (view.repo().index() % 7 == 3) {
            tests.put("surefire-reports/TEST-corrupt.CorruptTest.xml", "TEST-CorruptTest.xml");
        }
        // Provenance signed through Sigstore; a failed run's bundle has a broken signature.
        Artifact provenance = new Artifact(4, "provenance", Map.of("provenance.sigstore.json",
                failed ? "provenance-invalid-signature.sigstore.json" : "provenance.sigstore.json"));
        return List.of(
                new Artifact(1, "sbom", Map.of("app.cdx.json", "laravel-7.12.0.cdx.json")),
                new Artifact(2, "trivy-report", scan),
                new Artifact(3, "test-results", tests),
                provenance);
    }

    static Optional<Artifact> byId(SimWorld.RunView view, long artifactId) {
        return of(view).stream().filter(a -> a.id(view.run().id) == artifactId).findFirst();
    }

    static long size(Artifact artifact) {
        return zip(artifact).length;
    }

    static byte[] zip(Artifact artifact) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : artifact.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(resource(file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] resource(String name) {
        try (InputStream in = SimReports.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing simulator resource " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
