package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.sim.SimAuth;
import io.intelgraph.maestro.testing.MemoryCredentialStore;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code maestro auth login|status|logout} against the simulator's device flow. */
class AuthCommandTest {

    private final SimHarness sim = new SimHarness(3);
    @TempDir
    Path configDir;

    @AfterEach
    void close() {
        sim.close();
    }

    private Map<String, String> env() {
        return Map.of("MAESTRO_CONFIG_DIR", configDir.toString(), "GITHUB_API_URL", sim.server.baseUrl().toString(),
                "MAESTRO_OAUTH_CLIENT_ID", SimAuth.CLIENT_ID);
    }

    /**
     * Approves the first code the simulator hands out, on a thread of its own: not the common pool, which has one
     * worker on a two-core machine, so a task another test left there would keep the sign-in waiting until it expired.
     */
    private CompletableFuture<Void> approveTheFirstCode() {
        return CompletableFuture.runAsync(() -> {
            while (sim.server.auth().pendingUserCodes().isEmpty()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            sim.server.auth().approve(sim.server.auth().pendingUserCodes().getFirst());
        }, Thread.ofPlatform().daemon().name("person-approving")::start);
    }

    private String host() {
        return "127.0.0.1:" + sim.server.baseUrl().getPort();
    }

    @Test
    void loginKeepsTheTokenInTheStoreWithoutPrintingItAndLogoutRemovesIt() throws Exception {
        sim.server.auth().deviceInterval(Duration.ofSeconds(1));
        MemoryCredentialStore store = MemoryCredentialStore.empty();
        // The person reads the code from the terminal and approves it in the browser.
        CompletableFuture<Void> person = approveTheFirstCode();

        CliRun login = CliRun.run(env(), store, "auth", "login");
        person.get(10, TimeUnit.SECONDS);

        assertEquals(0, login.exit(), login.err());
        assertTrue(login.out().matches("(?s)First copy your one-time code: [A-Z0-9]{4}-[A-Z0-9]{4}\\n"
                + "Then open " + sim.server.baseUrl() + "/login/device in a browser.*"), login.out());
        String token = store.entries().get(host());
        assertTrue(token != null && token.startsWith("gho_"), store.entries().keySet().toString());
        assertFalse(login.out().contains(token) || login.err().contains(token), "the token is never printed");

        CliRun status = CliRun.run(env(), store, "auth", "status");
        assertEquals(0, status.exit(), status.err());
        assertTrue(status.out().contains("Signed in:   yes, kept in the test keyring"), status.out());
        assertFalse(status.out().contains(token));

        CliRun logout = CliRun.run(env(), store, "auth", "logout");
        assertEquals(0, logout.exit(), logout.err());
        assertTrue(logout.out().contains("Signed out of " + host()), logout.out());
        assertTrue(store.entries().isEmpty());
        assertEquals(1, CliRun.run(env(), store, "auth", "status").exit(), "no credentials left");
    }

    @Test
    void withoutACredentialStoreTheSignInIsNotWrittenAnywhere() throws Exception {
        sim.server.auth().deviceInterval(Duration.ofSeconds(1));
        approveTheFirstCode();

        CliRun login = CliRun.run(env(), MemoryCredentialStore.unavailable(), "auth", "login");

        assertEquals(1, login.exit());
        assertTrue(login.err().contains("the token was not kept: No OS credential store"), login.err());
        try (Stream<Path> files = Files.list(configDir)) {
            assertEquals(List.of(), files.toList(), "nothing written to the config directory");
        }
    }

    @Test
    void thePlaceholderClientIdSaysToRegisterAnApp() {
        CliRun login = CliRun.run(Map.of("MAESTRO_CONFIG_DIR", configDir.toString()), MemoryCredentialStore.empty(),
                "auth", "login");
        assertEquals(1, login.exit());
        assertTrue(login.err().contains("https://github.com") && login.err().contains("auth.client-id"), login.err());
    }

    @Test
    void statusNamesTheEnvironmentTokenFirstAndTheProxy() {
        Map<String, String> env = Map.of("MAESTRO_CONFIG_DIR", configDir.toString(), "GITHUB_TOKEN", "ghp_secret123",
                "HTTPS_PROXY", "http://user:pw@proxy.corp:3128", "NO_PROXY", ".corp");
        CliRun status = CliRun.run(env, MemoryCredentialStore.unavailable(), "auth", "status");
        assertEquals(0, status.exit(), status.err());
        assertTrue(status.out().contains("Token:       from GITHUB_TOKEN"), status.out());
        assertTrue(status.out().contains("Signed in:   no — No OS credential store"), status.out());
        assertTrue(status.out().contains("proxy http://proxy.corp:3128 (with credentials), not for .corp"), status.out());
        assertFalse(status.out().contains("ghp_secret123") || status.out().contains("pw@"), status.out());
    }
}
