package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.model.evidence.CodeScanningAlert;
import io.intelgraph.maestro.model.evidence.Finding;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Severity;
import io.intelgraph.maestro.supplychain.FindingFilter;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scan: one toggle per severity (symbol, word and count, so it reads without colour), fixable
 * only, the order, and the findings of every scan of the run; plus the branch's code-scanning alerts.
 */
public final class ScanPanel extends VBox {

    private final EvidenceViewModel model;
    private final Map<Severity, ToggleButton> severityToggles = new EnumMap<>(Severity.class);
    private final CheckBox fixableOnly = new CheckBox("Fixable only");
    private final ComboBox<FindingFilter.Order> order = new ComboBox<>();
    private final Label summary = new Label();
    private final TableView<Finding> table = new TableView<>();
    private final Label alerts = new Label();
    private final Hyperlink link = new Hyperlink();

    public ScanPanel(EvidenceViewModel model, Consumer<String> openUrl) {
        this.model = model;
        setSpacing(8);
        getStyleClass().add("evidence-panel");
        FlowPane toggles = new FlowPane(6, 6);
        for (Severity severity : Severity.values()) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("scan-toggle-" + severity.name().toLowerCase(Locale.ROOT));
            toggle.getStyleClass().addAll("severity-toggle", "severity-" + severity.name().toLowerCase(Locale.ROOT));
            toggle.setSelected(true);
            toggle.selectedProperty().addListener((o, a, shown) -> model.updateFindingFilter(f -> f.withSeverity(severity, shown)));
            severityToggles.put(severity, toggle);
            toggles.getChildren().add(toggle);
        }
        fixableOnly.setId("scan-fixable-only");
        fixableOnly.selectedProperty().addListener((o, a, only) -> model.updateFindingFilter(f -> f.withFixableOnly(only)));
        order.setId("scan-order");
        order.getItems().setAll(FindingFilter.Order.values());
        order.setValue(FindingFilter.Order.SEVERITY);
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(FindingFilter.Order o) {
                return o == null ? "" : o == FindingFilter.Order.SEVERITY ? "Sort: severity" : "Sort: CVSS";
            }

            @Override
            public FindingFilter.Order fromString(String s) {
                return FindingFilter.Order.SEVERITY;
            }
        });
        order.valueProperty().addListener((o, a, next) -> model.updateFindingFilter(f -> f.withOrder(next)));
        toggles.getChildren().addAll(fixableOnly, order);

        summary.setId("scan-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        table.setId("scan-findings");
        // Rows of one height: the table then never measures rows to size a list of 100,000.
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                TextColumn.<Finding>of("Severity", 100, f -> f.severity().symbol() + " " + f.severity()),
                TextColumn.<Finding>of("ID", 130, Finding::id),
                TextColumn.<Finding>of("Package / target", 130, f -> f.pkg().isEmpty() ? f.target() : f.pkg()),
                TextColumn.<Finding>of("Installed → fixed", 170, f -> f.installedVersion().isEmpty() ? (f.line() > 0 ? "line " + f.line() : "")
                        : f.installedVersion() + " → " + (f.fixable() ? f.fixedVersion() : "no fix")),
                TextColumn.<Finding>of("CVSS", 50, f -> f.cvss().isPresent() ? String.format(Locale.ROOT, "%.1f", f.cvss().getAsDouble()) : ""),
                TextColumn.<Finding>of("Title", 200, Finding::title)));
        table.setPlaceholder(new Label("No findings match."));
        VBox.setVgrow(table, Priority.ALWAYS);
        link.setId("scan-link");
        link.setOnAction(e -> openUrl.accept(link.getText()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            link.setText(f == null ? "" : f.url());
            link.setVisible(f != null && !f.url().isEmpty());
        });
        link.setVisible(false);
        alerts.setId("scan-alerts");
        alerts.setWrapText(true);
        alerts.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(new EvidenceStatus(model), toggles, summary, table, link, alerts);
        model.evidenceProperty().addListener((o, a, e) -> show());
        model.findingsProperty().addListener((o, a, rows) -> show());
        show();
    }

    private void show() {
        RunEvidence evidence = model.evidenceProperty().get();
        Map<Severity, Integer> counts = model.severityCountsProperty().get();
        severityToggles.forEach((severity, toggle) -> toggle.setText(severity.symbol() + " " + severity + " "
                + counts.getOrDefault(severity, 0)));
        if (evidence == null) {
            table.getItems().clear();
            summary.setText("");
            alerts.setText("");
            return;
        }
        List<Finding> rows = model.findingsProperty().get();
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        table.getItems().setAll(rows);
        summary.setText(evidence.scans().isEmpty() ? "No scan reports (Trivy JSON, SARIF) among the run's artifacts."
                : evidence.scans().stream().map(s -> s.file() + " (" + s.tool() + ", " + s.findings().size() + " findings, "
                        + s.fixable() + " fixable)").reduce((x, y) -> x + "\n" + y).orElse("") + "\nShowing " + rows.size()
                        + " of " + all + " findings.");
        List<CodeScanningAlert> open = evidence.alerts();
        alerts.setText(open.isEmpty() ? "" : "Code scanning: " + open.size() + " open alerts on the branch ("
                + open.stream().map(CodeScanningAlert::tool).distinct().reduce((x, y) -> x + ", " + y).orElse("") + ")");
    }
}
