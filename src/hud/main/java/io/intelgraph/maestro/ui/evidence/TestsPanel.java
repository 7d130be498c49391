package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.TestCaseResult;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import io.intelgraph.maestro.supplychain.TestHistory;
import io.intelgraph.maestro.ui.style.States;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Tests: totals by outcome, every case with failures first, and the selected one's message and trace. */
public final class TestsPanel extends VBox {

    private final Label totals = new Label();
    private final ListView<TestCaseResult> cases = new ListView<>();
    private final TextArea trace = new TextArea();
    private final Label history = new Label();
    private final Label checks = new Label();

    public TestsPanel(EvidenceViewModel model) {
        setSpacing(8);
        getStyleClass().add("evidence-panel");
        totals.setId("tests-totals");
        totals.getStyleClass().add("evidence-totals");
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        cases.setId("tests-cases");
        cases.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TestCaseResult c, boolean empty) {
                super.updateItem(c, empty);
                States.activate(this, empty || c == null ? null : States.of(c.outcome()), States.TEST_OUTCOMES);
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                setText(c.outcome().symbol() + " " + c.outcome() + "  " + c.name()
                        + (c.attempts() > 1 ? "  (" + c.attempts() + " attempts)" : "")
                        + (c.className().isEmpty() ? "" : "\n    " + c.className()));
            }
        });
        VBox.setVgrow(cases, Priority.ALWAYS);
        trace.setId("tests-trace");
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(8);
        trace.getStyleClass().add("evidence-trace");
        cases.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            trace.setText(c == null ? "" : (c.message().isEmpty() ? "" : c.message() + "\n\n") + c.trace());
            model.historyOf(c);
        });
        history.setId("tests-history");
        history.setWrapText(true);
        history.setMinHeight(Region.USE_PREF_SIZE);
        history.textProperty().bind(Bindings.createStringBinding(
                () -> historyText(model.testHistoryProperty().get(), model.historyStatusProperty().get()),
                model.testHistoryProperty(), model.historyStatusProperty()));
        checks.setId("tests-checks");
        checks.setWrapText(true);
        checks.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(new EvidenceStatus(model), totals, checks, cases, trace, history);
        model.evidenceProperty().addListener((o, a, e) -> show(e));
        show(model.evidenceProperty().get());
    }

    /** "History on this branch, newest first: #128 ✕ FAILED · #127 ✓ PASSED · #126 – not reported" and flakiness. */
    static String historyText(TestHistory h, String status) {
        if (h == null) {
            return status;
        }
        String line = "History on this branch, newest first: " + h.entries().stream()
                .map(e -> "#" + e.runNumber() + (e.attempt() > 1 ? " try " + e.attempt() : "") + " "
                        + e.outcome().map(o -> o.symbol() + " " + o).orElse("– not reported"))
                .collect(Collectors.joining(" · "));
        return line + (h.flakyAcrossReruns() ? "\n≈ FLAKY: it failed and passed on the same commit." : "")
                + (status.isEmpty() ? "" : "\n" + status);
    }

    /** "Checks on the commit: ✕ FAILED test (1 annotation) · ✓ PASSED lint — 12 passed, 1 failed". */
    static String checksText(RunEvidence evidence) {
        if (evidence.checks().isEmpty()) {
            return "";
        }
        return "Checks on the commit: " + evidence.checks().stream()
                .sorted(Comparator.comparing(c -> c.state()))
                .map(c -> c.state().word() + " " + c.name() + (c.title().isEmpty() ? "" : " — " + c.title())
                        + (c.annotations() > 0 ? " (" + c.annotations() + (c.annotations() == 1 ? " annotation)" : " annotations)") : ""))
                .collect(Collectors.joining(" · "));
    }

    private void show(RunEvidence evidence) {
        checks.setText(evidence == null ? "" : checksText(evidence));
        if (evidence == null) {
            totals.setText("");
            cases.getItems().clear();
            trace.clear();
            return;
        }
        if (evidence.tests().isEmpty()) {
            totals.setText("No test reports (JUnit XML) among the run's artifacts.");
            cases.getItems().clear();
            return;
        }
        totals.setText(evidence.testCounts().entrySet().stream()
                .map(e -> e.getKey().symbol() + " " + e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("   ")) + "\n" + evidence.totalTests().orElse(0) + " tests in "
                + evidence.tests().size() + " reports");
        List<TestCaseResult> all = evidence.tests().stream().flatMap(t -> t.cases().stream())
                .sorted(Comparator.comparing(TestCaseResult::outcome)).toList();
        cases.getItems().setAll(all);
        if (!all.isEmpty() && all.get(0).outcome() != TestOutcome.PASSED) {
            cases.getSelectionModel().selectFirst();
        }
    }
}
