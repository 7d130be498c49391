package io.intelgraph.maestro.ui.slo;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.slo.BuildKind;
import io.intelgraph.maestro.slo.ClassifiedRun;
import io.intelgraph.maestro.slo.Stats;
import io.intelgraph.maestro.slo.WorkflowSlo;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * SLOs: a repository's workflows with p50/p95 of cold and warm builds and the queue, against their
 * targets (✕ and the word BREACHED when a p95 is over), and the chosen workflow's runs over time,
 * cold and warm apart, with the two target lines.
 */
public final class SloView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneId.of("UTC"));

    private final SloViewModel model;
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis minutes = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(time, minutes);

    public SloView(SloViewModel model) {
        this.model = model;
        setId("slo-view");
        getStyleClass().add("slo-view");
        setPadding(new Insets(16));
        setSpacing(10);

        ComboBox<RepoId> repo = new ComboBox<>(model.repos());
        repo.setId("slo-repo");
        repo.setPromptText("Repository");
        repo.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.equals(model.selectedRepoProperty().get())) {
                model.selectRepo(chosen);
            }
        });
        model.selectedRepoProperty().addListener((o, a, chosen) -> repo.setValue(chosen));
        repo.setValue(model.selectedRepoProperty().get()); // the view may be built after a repository was chosen
        HBox bar = new HBox(12, new Label("Repository"), repo);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("slo-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        TableView<WorkflowSlo> table = new TableView<>(model.workflows());
        table.setId("slo-table");
        // Widths as shares of the table: the cold and warm cells carry the most words.
        column(table, "Workflow", WorkflowSlo::workflow, 0.18);
        column(table, "Cold p50 / p95 (runs) · target", w -> cell(w, BuildKind.COLD), 0.26);
        column(table, "Warm p50 / p95 (runs) · target", w -> cell(w, BuildKind.WARM), 0.26);
        column(table, "Queue p50 / p95", w -> pair(w.queue()), 0.15);
        column(table, "SLO", w -> w.breached() ? "✕ BREACHED" : "✓ met", 0.15);
        table.setPrefHeight(220);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                model.selectWorkflow(chosen);
            }
        });
        model.selectedWorkflowProperty().addListener((o, a, chosen) -> {
            if (chosen != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(chosen);
            }
            plot(chosen);
        });

        chart.setId("slo-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        time.setForceZeroInRange(false);
        time.setLabel("run started (UTC)");
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochMinute) {
                return TIME.format(Instant.ofEpochSecond(epochMinute.longValue() * 60));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        minutes.setLabel("build minutes (critical path)");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(bar, message, table, chart);
        plot(model.selectedWorkflowProperty().get());
    }

    /** A column taking {@code share} of the table's width (less the scroll bar's). */
    private static void column(TableView<WorkflowSlo> table, String title, Function<WorkflowSlo, String> text, double share) {
        TableColumn<WorkflowSlo, String> column = new TableColumn<>(title);
        column.prefWidthProperty().bind(table.widthProperty().subtract(20).multiply(share));
        table.getColumns().add(column);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        column.setSortable(false);
    }

    static String cell(WorkflowSlo w, BuildKind kind) {
        Stats stats = w.stats(kind);
        return stats.count() == 0 ? "–" : pair(stats) + " (" + stats.count() + ") · ≤ " + minutes(w.target(kind))
                + (w.breached(kind) ? "  ✕ over" : "");
    }

    static String pair(Stats stats) {
        return stats.count() == 0 ? "–" : minutes(stats.p50().orElseThrow()) + " / " + minutes(stats.p95().orElseThrow());
    }

    static String minutes(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 ? s / 60 + "m" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    /** The runs of {@code workflow} as points over time, cold and warm, and the two targets as lines. */
    private void plot(WorkflowSlo workflow) {
        chart.getData().clear();
        if (workflow == null || workflow.runs().isEmpty()) {
            chart.setTitle("");
            return;
        }
        chart.setTitle(workflow.repo().name() + " · " + workflow.workflow());
        XYChart.Series<Number, Number> cold = new XYChart.Series<>();
        cold.setName("cold builds");
        XYChart.Series<Number, Number> warm = new XYChart.Series<>();
        warm.setName("warm builds");
        for (ClassifiedRun run : workflow.runs()) {
            (run.kind() == BuildKind.COLD ? cold : warm).getData().add(new XYChart.Data<>(
                    run.timing().at().getEpochSecond() / 60, run.timing().duration().toSeconds() / 60.0));
        }
        long first = workflow.runs().get(0).timing().at().getEpochSecond() / 60;
        long last = workflow.runs().get(workflow.runs().size() - 1).timing().at().getEpochSecond() / 60;
        chart.getData().add(cold);
        chart.getData().add(warm);
        chart.getData().add(line("cold target " + minutes(workflow.coldTarget()), workflow.coldTarget(), first, last));
        chart.getData().add(line("warm target " + minutes(workflow.warmTarget()), workflow.warmTarget(), first, last));
    }

    private static XYChart.Series<Number, Number> line(String name, Duration target, long from, long to) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().add(new XYChart.Data<>(from, target.toSeconds() / 60.0));
        series.getData().add(new XYChart.Data<>(Math.max(to, from + 1), target.toSeconds() / 60.0));
        return series;
    }
}
