package io.intelgraph.maestro.ui.evidence;

import io.intelgraph.maestro.model.evidence.Attestation;
import io.intelgraph.maestro.model.evidence.RunEvidence;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.supplychain.AttestationText;
import io.intelgraph.maestro.ui.style.States;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/**
 * Signatures & provenance: each Sigstore bundle of the run with its verdict (symbol and words;
 * the reason when it does not verify), who signed it, when the log recorded it, what it is about,
 * and the SLSA provenance it carries.
 */
public final class SignaturesPanel extends VBox {

    private final Label verdict = new Label();
    private final VBox bundles = new VBox(14);

    public SignaturesPanel(EvidenceViewModel model) {
        setSpacing(8);
        getStyleClass().add("evidence-panel");
        verdict.setId("signatures-verdict");
        verdict.getStyleClass().add("evidence-totals");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        bundles.setId("signatures-bundles");
        ScrollPane scroll = new ScrollPane(bundles);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(new EvidenceStatus(model), verdict, scroll);
        model.evidenceProperty().addListener((o, a, e) -> show(e));
        show(model.evidenceProperty().get());
    }

    private void show(RunEvidence evidence) {
        bundles.getChildren().clear();
        if (evidence == null) {
            verdict.setText("");
            return;
        }
        SignatureState state = evidence.signatureState();
        verdict.setText(state == SignatureState.MISSING
                ? "∅ Not signed: no Sigstore bundle (*.sigstore.json) among the run's artifacts."
                : state.symbol() + " " + evidence.attestations().size() + (evidence.attestations().size() == 1 ? " bundle, " : " bundles, ")
                        + state.words());
        for (Attestation a : evidence.attestations()) {
            Label card = new Label(AttestationText.describe(a));
            card.setWrapText(true);
            card.setMinHeight(Region.USE_PREF_SIZE);
            card.getStyleClass().add("attestation");
            States.activate(card, States.of(a.state()), States.SIGNATURES);
            bundles.getChildren().add(card);
        }
    }
}
