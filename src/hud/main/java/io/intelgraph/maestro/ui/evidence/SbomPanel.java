package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.Sbom;
import io.intelgraph.maestro.model.evidence.SbomComponent;
import io.intelgraph.maestro.supplychain.SbomText;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Consumer;

/** SBOM: which SBOM, what it describes, its licence summary, and a searchable component table. */
public final class SbomPanel extends VBox {

    private final EvidenceViewModel model;
    private final ComboBox<Sbom> choice = new ComboBox<>();
    private final Label summary = new Label();
    private final Label licenses = new Label();
    private final TextField search = new TextField();
    private final TableView<SbomComponent> table = new TableView<>();
    private final Hyperlink artifacts = new Hyperlink("The run's artifacts on GitHub");

    public SbomPanel(EvidenceViewModel model, Consumer<String> openUrl) {
        this.model = model;
        setSpacing(8);
        getStyleClass().add("evidence-panel");
        choice.setId("sbom-choice");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sbom sbom) {
                return sbom == null ? "" : sbom.file();
            }

            @Override
            public Sbom fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                model.chooseSbom(chosen);
            }
            showSbom();
        });
        summary.setId("sbom-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        licenses.setId("sbom-licenses");
        licenses.setWrapText(true);
        licenses.setMinHeight(Region.USE_PREF_SIZE);
        search.setId("sbom-search");
        search.setPromptText("Search name, version, purl, licence…");
        search.setText(model.componentQueryProperty().get());
        search.textProperty().addListener((o, a, query) -> model.setComponentQuery(query));
        // Wrapped, not copied: the rows are packed components (or a search's positions in them),
        // unpacked only for the rows on screen; copying 400,000 of them would unpack them all.
        model.componentsProperty().addListener((o, a, rows) -> table.setItems(FXCollections.observableList(rows)));
        table.setId("sbom-components");
        // Rows of one height: the table then never measures rows to size a list of 100,000.
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                TextColumn.<SbomComponent>of("Component", 150, SbomComponent::name),
                TextColumn.<SbomComponent>of("Version", 90, SbomComponent::version),
                TextColumn.<SbomComponent>of("Licence", 90, c -> c.licenses().isEmpty() ? "—" : String.join(" ", c.licenses())),
                TextColumn.<SbomComponent>of("purl", 240, SbomComponent::purl)));
        // In the SBOM's order: sorting would unpack every component, and the search finds what sorting would.
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setPlaceholder(new Label("No components match."));
        VBox.setVgrow(table, Priority.ALWAYS);
        artifacts.setId("sbom-artifacts-link");
        artifacts.setOnAction(e -> {
            if (model.runProperty().get() != null) {
                openUrl.accept(model.runProperty().get().htmlUrl());
            }
        });
        getChildren().addAll(new EvidenceStatus(model), choice, summary, licenses, search, table, artifacts);
        model.evidenceProperty().addListener((o, a, e) -> showEvidence(e));
        showEvidence(model.evidenceProperty().get());
    }

    private void showEvidence(RunEvidence evidence) {
        List<Sbom> sboms = evidence == null ? List.of() : evidence.sboms();
        choice.getItems().setAll(sboms);
        choice.setVisible(sboms.size() > 1);
        choice.setManaged(choice.isVisible());
        choice.setValue(sboms.isEmpty() ? null : sboms.get(0));
        if (evidence != null && sboms.isEmpty()) {
            summary.setText("No SBOM (CycloneDX, SPDX) among the run's artifacts, and no dependency graph.");
        }
        showSbom();
    }

    private void showSbom() {
        Sbom sbom = choice.getValue();
        if (sbom == null) {
            licenses.setText("");
            if (model.evidenceProperty().get() == null) {
                summary.setText("");
            }
            return;
        }
        summary.setText((sbom.format() == Sbom.Format.SPDX ? "SPDX " : "CycloneDX ") + sbom.specVersion() + " · "
                + (sbom.subject().isEmpty() ? "(unnamed)" : sbom.subject()) + "\n" + sbom.componentCount()
                + " components · " + sbom.dependencyEdges() + " dependency edges" + SbomText.scopes(sbom));
        licenses.setText("Licences: " + SbomText.licenses(sbom, " · "));
    }
}
