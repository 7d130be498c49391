package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.ScanReport;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.supplychain.SbomReader;
import io.intelgraph.maestro.supplychain.ScanReader;
import io.intelgraph.maestro.ui.evidence.EvidenceViewModel;
import io.intelgraph.maestro.ui.evidence.SbomPanel;
import io.intelgraph.maestro.ui.evidence.ScanPanel;
import io.intelgraph.maestro.ui.task.FxTaskExecutor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The window with 100 MB reports: the SBOM and scan are read on a background thread while the FX
 * pulse is timed (the window must keep painting), then shown in the Scan and SBOM panels, then
 * searched and filtered; each step timed from the change to the painted frame.
 */
public final class SupplyChainUiBenchmark {

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        System.out.println(run());
        Platform.exit();
        System.exit(0);
    }

    static String run() throws Exception {
        Path sbomFile = Files.createTempFile("bench-ui-sbom", ".cdx.json");
        Path scanFile = Files.createTempFile("bench-ui-trivy", ".json");
        int components = BigReports.sbom(sbomFile, SupplyChainBenchmark.SIZE);
        int vulnerabilities = BigReports.trivy(scanFile, SupplyChainBenchmark.SIZE);
        // The panels never call GitHub here: the evidence is handed to them as the collector would.
        GitHubClient unused = new GitHubClient(new GitHubHttp(URI.create("http://127.0.0.1:9"), Optional.empty(),
                Clock.systemUTC(), Duration.ofSeconds(1)));
        FxTaskExecutor tasks = new FxTaskExecutor(2);
        EvidenceViewModel model = new EvidenceViewModel(new EvidenceCollector(unused, 1L << 30), tasks, e -> { });
        TabPane tabs = HeadlessFx.onFx(() -> {
            TabPane pane = new TabPane(new Tab("Scan", new ScanPanel(model, url -> { })),
                    new Tab("SBOM", new SbomPanel(model, url -> { })));
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 1200, 900));
            stage.show();
            return pane;
        });
        Scene scene = tabs.getScene();
        HeadlessFx.FrameGaps frames = new HeadlessFx.FrameGaps();
        frames.start();
        Thread.sleep(1000);
        List<Long> idle = frames.takeSorted();

        long readStart = System.nanoTime();
        Sbom sbom = new SbomReader().read(sbomFile);
        long sbomRead = System.nanoTime() - readStart;
        ScanReport scan = new ScanReader().read(scanFile);
        long scanRead = System.nanoTime() - readStart - sbomRead;
        List<Long> duringRead = frames.takeSorted();
        RunEvidence evidence = new RunEvidence(1, List.of(sbom), List.of(scan), List.of(), List.of(), List.of(), List.of(), List.of());

        TableView<?> findings = (TableView<?>) scene.lookup("#scan-findings");
        TableView<?> rows = (TableView<?>) scene.lookup("#sbom-components");
        long medium = scan.findings().stream().filter(f -> f.severity() == Severity.MEDIUM).count();
        long toScanTable = HeadlessFx.untilPainted(scene, () -> model.present(evidence),
                () -> findings.getItems().size() == scan.findings().size());
        long filter = HeadlessFx.untilPainted(scene, () -> model.updateFindingFilter(f -> f.withSeverity(Severity.MEDIUM, false)),
                () -> findings.getItems().size() == scan.findings().size() - medium);
        long fixable = HeadlessFx.untilPainted(scene, () -> model.updateFindingFilter(f -> f.withFixableOnly(true)), () -> true);
        long toSbomTab = HeadlessFx.untilPainted(scene, () -> tabs.getSelectionModel().select(1),
                () -> rows.getItems().size() == components);
        long search = HeadlessFx.untilPainted(scene, () -> model.setComponentQuery("laravel framework"),
                () -> rows.getItems().size() < components);
        long clear = HeadlessFx.untilPainted(scene, () -> model.setComponentQuery(""),
                () -> rows.getItems().size() == components);
        List<Long> afterShown = frames.takeSorted();
        frames.stop();
        tasks.close();
        Files.deleteIfExists(sbomFile);
        Files.deleteIfExists(scanFile);
        return String.format(Locale.ROOT, """
                Supply-chain UI benchmark (headless Monocle, software rendering)
                  files                          : SBOM %.0f MB (%,d components), Trivy %.0f MB (%,d findings)
                  read off the FX thread         : SBOM %.0f ms, scan %.0f ms
                  frame gap idle, ms             : p50 %.1f  p95 %.1f  max %.1f
                  frame gap while reading, ms    : p50 %.1f  p95 %.1f  max %.1f  (%d frames)
                  change to rows on screen, ms   : scan table %.0f, severity filter %.0f, fixable only %.0f,
                                                   SBOM tab %.0f, search %.0f, clear search %.0f
                  frame gap while using them, ms : p50 %.1f  p95 %.1f  max %.1f
                """,
                SupplyChainBenchmark.SIZE / 1048576.0, components,
                SupplyChainBenchmark.SIZE / 1048576.0, vulnerabilities,
                sbomRead / 1e6, scanRead / 1e6,
                HeadlessFx.pct(idle, 50) / 1e6, HeadlessFx.pct(idle, 95) / 1e6, HeadlessFx.max(idle) / 1e6,
                HeadlessFx.pct(duringRead, 50) / 1e6, HeadlessFx.pct(duringRead, 95) / 1e6, HeadlessFx.max(duringRead) / 1e6,
                duringRead.size(),
                toScanTable / 1e6, filter / 1e6, fixable / 1e6, toSbomTab / 1e6, search / 1e6, clear / 1e6,
                HeadlessFx.pct(afterShown, 50) / 1e6, HeadlessFx.pct(afterShown, 95) / 1e6, HeadlessFx.max(afterShown) / 1e6);
    }
}
