package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Scan filter and the SBOM search on real reports (Trivy's debian-buster and alpine-39, composer's laravel SBOM). */
class PanelFiltersTest {

    private static final Path DIR = Path.of("src/core/test/resources/supplychain");

    @Test
    void severityFilterFixableOnlyAndOrder() throws IOException {
        ScanReport alpine = new ScanReader().read(DIR.resolve("trivy/alpine-39.json"));
        List<Finding> all = FindingFilter.ALL.apply(alpine.findings());
        assertEquals(List.of("CVE-2019-14697", "CVE-2019-14697", "CVE-2019-1549", "CVE-2019-1549", "CVE-2019-1551",
                "CVE-2019-1551"), all.stream().map(Finding::id).toList(), "critical first, then by CVSS and id");
        FindingFilter criticalOnly = FindingFilter.ALL.withSeverity(Severity.MEDIUM, false);
        assertEquals(2, criticalOnly.apply(alpine.findings()).size());

        ScanReport debian = new ScanReader().read(DIR.resolve("trivy/debian-buster.json"));
        assertEquals(List.of("libidn2-0"), FindingFilter.ALL.withFixableOnly(true).apply(debian.findings()).stream()
                .map(Finding::pkg).toList(), "bash has no fix");
        assertEquals(List.of("libidn2-0", "bash"), FindingFilter.ALL.withOrder(FindingFilter.Order.CVSS)
                .apply(debian.findings()).stream().map(Finding::pkg).toList(), "9.8 before Debian's 7.8 (graded low)");
    }

    @Test
    void componentSearchMatchesEveryWord() throws IOException {
        Sbom laravel = new SbomReader().read(DIR.resolve("cyclonedx/laravel-7.12.0.cdx-1.4.json"));
        assertEquals(62, ComponentSearch.apply(laravel.components(), "  ").size());
        assertEquals(4, ComponentSearch.apply(laravel.components(), "bsd-3-clause").size());
        assertEquals(List.of("framework"), ComponentSearch.apply(laravel.components(), "LARAVEL framework")
                .stream().map(c -> c.name()).toList());
    }
}
