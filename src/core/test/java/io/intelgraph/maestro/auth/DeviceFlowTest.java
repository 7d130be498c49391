package io.intelgraph.maestro.auth;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.sim.SimAuth;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The device flow end to end against the simulator, its clock moved by the waits instead of waiting. */
class DeviceFlowTest {

    private final SimHarness sim = new SimHarness(7);
    private final List<Duration> waits = new ArrayList<>();
    /** Each wait moves the shared clock; a hook runs after the n-th wait (the person acting meanwhile). */
    private final List<Runnable> duringWait = new ArrayList<>();

    @BeforeEach
    void clock() {
        sim.server.auth().clock(sim.clock);
    }

    @AfterEach
    void close() {
        sim.close();
    }

    private DeviceFlow flow(String clientId) {
        Sleeper sleeper = d -> {
            waits.add(d);
            sim.clock.advance(d);
            if (waits.size() <= duringWait.size()) {
                duringWait.get(waits.size() - 1).run();
            }
        };
        return new DeviceFlow(sim.server.baseUrl(), new OAuthClientId(clientId), HttpClient.newHttpClient(), sim.clock,
                sleeper, Duration.ofSeconds(5));
    }

    @Test
    void pendingThenApprovedGivesATokenTheApiAccepts() throws Exception {
        DeviceFlow flow = flow(SimAuth.CLIENT_ID);
        DeviceCode code = flow.start(SignIn.SCOPE);
        assertTrue(code.userCode().matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), code.userCode());
        assertEquals(URI.create(sim.server.baseUrl() + "/login/device"), code.verificationUri());
        assertEquals(Duration.ofSeconds(5), code.interval());
        duringWait.add(() -> { });
        duringWait.add(() -> { });
        duringWait.add(() -> assertTrue(sim.server.auth().approve(code.userCode())));

        Token token = flow.await(code, () -> false);

        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), waits,
                "two pending answers, then the token, each at the interval");
        assertEquals(0, sim.server.auth().slowDowns());
        long before = sim.server.authorizedRequests();
        GitHubClient client = sim.client(Optional.of(token));
        client.listRepos("intelgraph-sim");
        assertTrue(sim.server.authorizedRequests() > before, "the simulator accepts the token it issued");
        assertFalse(token.toString().contains(token.secretValue()));
    }

    @Test
    void slowDownAddsFiveSecondsToTheInterval() throws Exception {
        sim.server.auth().deviceInterval(Duration.ofSeconds(5));
        DeviceCode given = flow(SimAuth.CLIENT_ID).start(SignIn.SCOPE);
        // A client that polls every 2 s instead of the 5 asked is slowed down, and must then keep the new pace.
        DeviceCode tooFast = new DeviceCode(given.deviceCode(), given.userCode(), given.verificationUri(),
                given.expiresAt(), Duration.ofSeconds(2));
        DeviceFlow flow = flow(SimAuth.CLIENT_ID);
        duringWait.add(() -> { });
        duringWait.add(() -> { });
        duringWait.add(() -> sim.server.auth().approve(given.userCode()));

        flow.await(tooFast, () -> false);

        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10)), waits,
                "the second poll came 2 s after the first: slow_down, and the simulator's 10 s is kept from then on");
        assertEquals(1, sim.server.auth().slowDowns());
    }

    @Test
    void deniedExpiredAndCancelledEndWithTheirReason() throws Exception {
        DeviceFlow flow = flow(SimAuth.CLIENT_ID);
        DeviceCode denied = flow.start(SignIn.SCOPE);
        sim.server.auth().deny(denied.userCode());
        assertEquals(DeviceFlowException.Reason.DENIED,
                assertThrows(DeviceFlowException.class, () -> flow.await(denied, () -> false)).reason());

        sim.server.auth().deviceLifetime(Duration.ofSeconds(12));
        DeviceCode expiring = flow.start(SignIn.SCOPE);
        DeviceFlowException expired = assertThrows(DeviceFlowException.class, () -> flow.await(expiring, () -> false));
        assertEquals(DeviceFlowException.Reason.EXPIRED, expired.reason());

        sim.server.auth().deviceLifetime(Duration.ofMinutes(15));
        DeviceCode cancelled = flow.start(SignIn.SCOPE);
        AtomicBoolean stop = new AtomicBoolean(true);
        assertEquals(DeviceFlowException.Reason.CANCELLED,
                assertThrows(DeviceFlowException.class, () -> flow.await(cancelled, stop::get)).reason());
    }

    @Test
    void anUnknownClientIdOrThePlaceholderIsASetupProblem() {
        DeviceFlowException unknown = assertThrows(DeviceFlowException.class,
                () -> flow("Iv1.not-registered").start(SignIn.SCOPE));
        assertEquals(DeviceFlowException.Reason.MISCONFIGURED, unknown.reason());
        DeviceFlowException placeholder = assertThrows(DeviceFlowException.class,
                () -> flow(OAuthClientId.PLACEHOLDER).start(SignIn.SCOPE));
        assertEquals(DeviceFlowException.Reason.MISCONFIGURED, placeholder.reason());
        assertTrue(placeholder.getMessage().contains("auth.client-id"), placeholder.getMessage());
    }

    @Test
    void theWebHostIsNotTheApiHost() {
        assertEquals(URI.create("https://github.com"), WebHost.of(URI.create("https://api.github.com")));
        assertEquals(URI.create("https://ghe.corp.example"), WebHost.of(URI.create("https://ghe.corp.example/api/v3")));
        assertEquals(URI.create("https://ghe.corp.example:8443"),
                WebHost.of(URI.create("https://ghe.corp.example:8443/api/v3/")));
        assertEquals(URI.create("https://acme.ghe.com"), WebHost.of(URI.create("https://api.acme.ghe.com")));
        assertEquals("github.com", WebHost.hostName(URI.create("https://api.github.com")));
        assertEquals("ghe.corp.example", WebHost.hostName(URI.create("https://ghe.corp.example/api/v3")));
    }
}
