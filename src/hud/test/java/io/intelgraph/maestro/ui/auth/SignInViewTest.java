package io.intelgraph.maestro.ui.auth;

import io.intelgraph.maestro.auth.DeviceFlow;
import io.intelgraph.maestro.auth.OAuthClientId;
import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.auth.Sleeper;
import io.intelgraph.maestro.auth.WebHost;
import io.intelgraph.maestro.github.Credentials;
import io.intelgraph.maestro.sim.SimAuth;
import io.intelgraph.maestro.testing.MemoryCredentialStore;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Screenshots;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in panel headless: the code and address shown, cancel, and an approval that signs in.
 * With {@code -Dmaestro.screenshots=DIR} the panel showing a code is written there (the README's).
 */
@ExtendWith(ApplicationExtension.class)
class SignInViewTest {

    private SimHarness sim;
    private FxTaskExecutor tasks;
    private MemoryCredentialStore store;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A window of its own, hidden after the test: resizing TestFX's shared primary stage to this small
        // scene broke the windows of the UI tests that ran after it (Monocle's painter, popups not shown).
        this.stage = new Stage();
        sim = new SimHarness(21);
        sim.server.auth().deviceInterval(Duration.ofSeconds(1));
        tasks = new FxTaskExecutor(2);
        store = MemoryCredentialStore.empty();
        DeviceFlow flow = new DeviceFlow(sim.server.baseUrl(), new OAuthClientId(SimAuth.CLIENT_ID),
                HttpClient.newHttpClient(), Clock.systemUTC(), Sleeper.REAL, Duration.ofSeconds(5));
        SignIn signIn = new SignIn(WebHost.hostName(sim.server.baseUrl()), flow, store,
                Optional.of(new Credentials.Switchable(Credentials.none())));
        SignInView view = new SignInView(new SignInViewModel(signIn, tasks), opened::add);
        view.getStyleClass().add("hud-root");
        Scene scene = new Scene(view);
        scene.getStylesheets().add(getClass().getResource("/io/intelgraph/maestro/ui/hud.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        OnFx.read(() -> {
            stage.hide();
            return null;
        });
        tasks.close();
        sim.close();
    }

    @Test
    void showsTheCodeAndAddressThenSignsInWhenApproved(FxRobot robot) throws Exception {
        robot.clickOn("#sign-in-start");
        Label code = robot.lookup("#sign-in-code").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(code::getText).matches("[A-Z0-9]{4}-[A-Z0-9]{4}"));
        VBox waiting = robot.lookup("#sign-in-waiting").queryAs(VBox.class);
        assertTrue(OnFx.read(waiting::isVisible));
        Hyperlink url = robot.lookup("#sign-in-url").queryAs(Hyperlink.class);
        assertEquals(sim.server.baseUrl() + "/login/device", OnFx.read(url::getText));
        Screenshots.write(stage.getScene(), "hud-sign-in.png", Duration.ofMillis(300));
        robot.clickOn("#sign-in-url");
        assertEquals(List.of(sim.server.baseUrl() + "/login/device"), opened);

        sim.server.auth().approve(OnFx.read(code::getText));
        Label message = robot.lookup("#sign-in-message").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(message::getText).startsWith("Signed in to"));
        assertEquals(1, store.entries().size());
        assertTrue(!OnFx.read(waiting::isVisible) && OnFx.read(code::getText).isEmpty(), "the code is gone once used");
    }

    @Test
    void cancelStopsWaiting(FxRobot robot) throws Exception {
        robot.clickOn("#sign-in-start");
        Label code = robot.lookup("#sign-in-code").queryAs(Label.class);
        OnFx.await(() -> !OnFx.read(code::getText).isEmpty());
        robot.clickOn("#sign-in-cancel");
        Label message = robot.lookup("#sign-in-message").queryAs(Label.class);
        OnFx.await(() -> OnFx.read(message::getText).equals("Sign-in cancelled."));
        sim.server.auth().approve(sim.server.auth().pendingUserCodes().getFirst());
        Thread.sleep(2_500); // two intervals: a poll still running would have signed in by now
        assertEquals("Sign-in cancelled.", OnFx.read(message::getText));
        assertTrue(store.entries().isEmpty());
    }
}
