package io.intelgraph.maestro.ui.auth;

import io.intelgraph.maestro.auth.DeviceFlow;
import io.intelgraph.maestro.auth.OAuthClientId;
import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.auth.Sleeper;
import io.intelgraph.maestro.auth.WebHost;
import io.intelgraph.maestro.github.Credentials;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.sim.SimAuth;
import io.intelgraph.maestro.testing.MemoryCredentialStore;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in dialog's model without a window, against the simulator's device flow. */
class SignInViewModelTest {

    private final SimHarness sim = new SimHarness(9);
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final Credentials.Switchable live = new Credentials.Switchable(Credentials.none());
    private final GitHubClient client = new GitHubClient(new GitHubHttp(sim.server.baseUrl(), live, Clock.systemUTC(),
            Duration.ofSeconds(5), Network.DIRECT));
    /** What the screen showed while the flow waited, one entry per wait. */
    private final List<String> shownWhileWaiting = new ArrayList<>();
    private SignInViewModel model;

    @AfterEach
    void close() {
        sim.close();
    }

    /** A model whose waits move the simulator's clock, and let {@code person} act during the first one. */
    private SignInViewModel model(MemoryCredentialStore store, Consumer<String> person) {
        sim.server.auth().clock(sim.clock);
        Sleeper sleeper = wait -> {
            shownWhileWaiting.add(model.phaseProperty().get() + " " + model.userCodeProperty().get() + " "
                    + model.verificationUrlProperty().get());
            sim.clock.advance(wait);
            if (shownWhileWaiting.size() == 1) {
                person.accept(model.userCodeProperty().get());
            }
        };
        DeviceFlow flow = new DeviceFlow(sim.server.baseUrl(), new OAuthClientId(SimAuth.CLIENT_ID),
                HttpClient.newHttpClient(), sim.clock, sleeper, Duration.ofSeconds(5));
        model = new SignInViewModel(new SignIn(WebHost.hostName(sim.server.baseUrl()), flow, store, Optional.of(live)),
                tasks);
        return model;
    }

    @Test
    void theCodeAndUrlAreShownThenTheHudUsesTheTokenWithoutARestart() throws Exception {
        MemoryCredentialStore store = MemoryCredentialStore.empty();
        SignInViewModel model = model(store, code -> sim.server.auth().approve(code));
        long before = sim.server.authorizedRequests();

        model.start();

        assertTrue(shownWhileWaiting.getFirst().matches("WAITING [A-Z0-9]{4}-[A-Z0-9]{4} "
                + sim.server.baseUrl() + "/login/device"), shownWhileWaiting.toString());
        assertEquals(SignInViewModel.Phase.SIGNED_IN, model.phaseProperty().get());
        assertTrue(model.messageProperty().get().contains("uses the token now")
                && model.messageProperty().get().contains("kept in the test keyring"), model.messageProperty().get());
        assertEquals(1, store.entries().size());
        client.listRepos("intelgraph-sim");
        assertEquals(before + 1, sim.server.authorizedRequests(), "the running client sends the new token");

        model.signOut();
        assertTrue(store.entries().isEmpty());
        assertTrue(model.messageProperty().get().startsWith("Signed out of"), model.messageProperty().get());
        client.listRepos("intelgraph-sim");
        assertEquals(before + 1, sim.server.authorizedRequests(), "back to anonymous, as before the sign-in");
    }

    @Test
    void cancelStopsTheWaitAndKeepsNothing() {
        MemoryCredentialStore store = MemoryCredentialStore.empty();
        SignInViewModel model = model(store, code -> {
            this.model.cancel(); // the person presses Cancel while the flow waits
            sim.server.auth().approve(code); // a late approval must not sign in
        });

        model.start();

        assertEquals(SignInViewModel.Phase.IDLE, model.phaseProperty().get());
        assertEquals("Sign-in cancelled.", model.messageProperty().get());
        assertEquals("", model.userCodeProperty().get());
        assertTrue(store.entries().isEmpty());
        assertEquals(1, shownWhileWaiting.size(), "no poll after the cancel");
    }

    @Test
    void aDenialIsSaidAndAMissingKeyringMeansThisRunOnly() {
        SignInViewModel denied = model(MemoryCredentialStore.empty(), code -> sim.server.auth().deny(code));
        denied.start();
        assertEquals(SignInViewModel.Phase.FAILED, denied.phaseProperty().get());
        assertTrue(denied.messageProperty().get().contains("denied"), denied.messageProperty().get());

        shownWhileWaiting.clear();
        SignInViewModel noKeyring = model(MemoryCredentialStore.unavailable(), code -> sim.server.auth().approve(code));
        noKeyring.start();
        assertEquals(SignInViewModel.Phase.SIGNED_IN, noKeyring.phaseProperty().get());
        assertTrue(noKeyring.messageProperty().get().contains("kept for this run only: No OS credential store"),
                noKeyring.messageProperty().get());
    }
}
