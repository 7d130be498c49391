package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token that would cross the network unencrypted is said in the window, on the desk and on the wall, for as long as
 * it is open; a source that keeps it safe (https, or this machine) puts nothing there. The windows here never poll:
 * making a client sends nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TransportWarningTest {

    private Stage stage;
    private HudComposition hud;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (hud != null) {
            OnFx.read(() -> {
                hud.close();
                return null;
            });
        }
    }

    private Label open(String apiUrl, Optional<Token> token) throws Exception {
        BuildPlane plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting(apiUrl, false));
        GitHubClient client = new GitHubClient(new GitHubHttp(URI.create(apiUrl), token, Clock.systemUTC(),
                Duration.ofSeconds(1)));
        UserStateStore userState = new UserStateStore(Files.createTempDirectory("hud-transport"));
        return OnFx.read(() -> {
            hud = HudComposition.create(new HudContext(plane, client, () -> { }, userState, false, false));
            hud.window().show(stage);
            return (Label) stage.getScene().lookup("#transport-warning");
        });
    }

    @Test
    void aTokenSentOverPlainHttpToAnotherMachineIsSaidInTheWindow(FxRobot robot) throws Exception {
        Label warning = open("http://ghe.example/api/v3", Optional.of(new Token("t", "test")));

        assertTrue(OnFx.read(warning::isVisible));
        assertEquals("⚠ TOKEN NOT ENCRYPTED — The GitHub token is sent without encryption (http://) to "
                + "http://ghe.example:80: anyone on the network between can read it. Use an https:// API URL.",
                OnFx.read(warning::getText));
        assertTrue(OnFx.read(() -> warning.getHeight() > 0), "laid out, not hidden behind the header");

        robot.interact(() -> hud.window().model().setWallMode(true));
        OnFx.await(() -> OnFx.read(() -> hud.window().model().wallModeProperty().get()));
        assertTrue(OnFx.read(() -> warning.isVisible() && warning.getScene() != null && warning.getHeight() > 0),
                "still said on the wall");
    }

    @Test
    void aSourceThatKeepsTheTokenSafeShowsNoWarning() throws Exception {
        for (String apiUrl : new String[] {"https://ghe.example/api/v3", "http://127.0.0.1:8080"}) {
            Label warning = open(apiUrl, Optional.of(new Token("t", "test")));
            assertFalse(OnFx.read(warning::isVisible), apiUrl);
            assertEquals(0.0, OnFx.read(warning::getHeight), apiUrl + ": takes no room");
            OnFx.read(() -> {
                hud.close();
                return null;
            });
            hud = null;
        }
    }
}
