package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.preview.ClusterEvent;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.ui.style.States;
import io.intelgraph.maestro.ui.tiles.StatusGlyph;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** One preview: state by shape and word, readiness, pods, expiry, URL, warnings first, Tear down. */
final class PreviewCard extends VBox {

    PreviewCard(Preview preview, Instant now, String teardownBlocked, Consumer<Preview> onTeardown,
            Consumer<Preview> onPolicyCheck) {
        getStyleClass().addAll("preview-card", "build-tile");
        setSpacing(4);
        setPrefWidth(540);
        String word;
        BuildState shape;
        boolean warnings = preview.events().stream().anyMatch(ClusterEvent::warning) || preview.restarts() > 0;
        if (preview.terminating()) {
            word = "TERMINATING";
            shape = BuildState.CANCELLED;
        } else if (preview.ready() && warnings) {
            word = "READY · WARNINGS";
            shape = BuildState.ACTION_REQUIRED;
        } else if (preview.ready()) {
            word = "READY";
            shape = BuildState.PASSED;
        } else {
            word = "DEPLOYING";
            shape = BuildState.RUNNING;
        }
        States.activate(this, States.of(shape), States.BUILD_STATES);
        SVGPath glyph = StatusGlyph.create(shape);
        Label state = new Label(word);
        state.getStyleClass().add("tile-state");
        HBox header = new HBox(8, glyph, state);
        header.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("PR #" + preview.prNumber() + " · " + preview.repo());
        title.getStyleClass().add("tile-repo");
        title.setWrapText(true);
        Label details = new Label(preview.namespace() + " · ready " + preview.readyReplicas() + "/" + preview.desiredReplicas()
                + " · pods " + preview.podPhases() + " · restarts " + preview.restarts());
        details.getStyleClass().add("tile-branch");
        Label age = new Label(age(preview, now));
        age.getStyleClass().add("tile-detail");
        Label url = new Label(preview.url());
        url.getStyleClass().add("tile-detail");
        VBox events = new VBox(2);
        preview.events().stream().limit(3).forEach(e -> {
            Label line = new Label((e.warning() ? "▲ " : "· ") + e.reason() + ": " + e.message());
            line.getStyleClass().add(e.warning() ? "preview-warning" : "tile-detail");
            events.getChildren().add(line);
        });
        Button teardown = new Button("Tear down " + preview.namespace());
        teardown.setId("teardown-" + preview.prNumber());
        teardown.setDisable(!teardownBlocked.isEmpty() || preview.terminating());
        teardown.setOnAction(e -> onTeardown.accept(preview));
        Button check = new Button("Policy check");
        check.setId("policy-check-" + preview.prNumber());
        check.setOnAction(e -> onPolicyCheck.accept(preview));
        Label reason = new Label(teardownBlocked);
        reason.getStyleClass().add("detail-reason");
        reason.setWrapText(true);
        reason.setVisible(!teardownBlocked.isEmpty());
        reason.setManaged(!teardownBlocked.isEmpty());
        getChildren().addAll(header, title, details, age, url, events, new HBox(8, teardown, check), reason);
        setAccessibleText("Preview PR " + preview.prNumber() + " " + word);
    }

    private static String age(Preview preview, Instant now) {
        String created = preview.createdAt() == null ? "" : "up " + hours(Duration.between(preview.createdAt(), now));
        String expires = preview.expiresAt() == null ? "no expiry"
                : preview.expired(now) ? "EXPIRED " + hours(Duration.between(preview.expiresAt(), now)) + " ago"
                : "expires in " + hours(Duration.between(now, preview.expiresAt()));
        return (created.isEmpty() ? "" : created + " · ") + expires + (preview.headSha().isEmpty() ? ""
                : " · " + preview.headSha().substring(0, Math.min(7, preview.headSha().length())));
    }

    private static String hours(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes >= 60 ? minutes / 60 + "h " + minutes % 60 + "m" : minutes + "m";
    }
}
