package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.auth.AppKey;
import io.intelgraph.maestro.auth.DeviceCode;
import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.testing.AppKeys;
import io.intelgraph.maestro.testing.MemoryCredentialStore;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime's requests carry a GitHub App's installation token, or the token a sign-in brought while it ran. */
class RuntimeCredentialsTest {

    private final SimHarness sim = new SimHarness(5);
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        sim.close();
    }

    private HudConfig config(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_API_URL", sim.server.baseUrl().toString(),
                "MAESTRO_ORGS", "intelgraph-sim"));
        env.putAll(extra);
        return new ConfigLoader(env, dir).load(new ConfigLoader.Flags(null, null, null, null, null, null, null, null),
                ConfigLoader.AccessFlags.NONE);
    }

    @Test
    void aGitHubAppPollsWithItsInstallationToken() throws Exception {
        Path keyFile = AppKeys.pem(dir);
        sim.server.auth().installApp("31337", AppKey.read(keyFile).publicKey(), "intelgraph-sim");
        HudConfig config = config(Map.of("MAESTRO_APP_ID", "31337", "MAESTRO_APP_KEY_FILE", keyFile.toString()));
        try (HudRuntime runtime = HudRuntime.create(config, new TokenSource(Map.of(), false))) {
            GitHubPoller.CycleResult result = runtime.poller().syncOnce();
            assertTrue(result.ok(), result.failure());
            assertEquals(1, sim.server.auth().installationTokensIssued());
            assertTrue(sim.server.authorizedRequests() > 10);
            assertTrue(runtime.sourceName().contains("GitHub App 31337"), runtime.sourceName());
            assertTrue(runtime.signIn(MemoryCredentialStore.empty()).isEmpty(), "a shared display signs in as no one");
        }
    }

    @Test
    void aSignInSwitchesTheRunningClientToItsToken() throws Exception {
        HudConfig config = config(Map.of("MAESTRO_OAUTH_CLIENT_ID", "Iv1.maestro-sim"));
        sim.server.auth().deviceInterval(Duration.ofSeconds(1));
        try (HudRuntime runtime = HudRuntime.create(config, new TokenSource(Map.of(), false))) {
            long before = sim.server.authorizedRequests();
            runtime.client().listRepos("intelgraph-sim");
            assertEquals(before, sim.server.authorizedRequests(), "anonymous before the sign-in");

            MemoryCredentialStore store = MemoryCredentialStore.empty();
            SignIn signIn = runtime.signIn(store).orElseThrow();
            DeviceCode code = signIn.start();
            sim.server.auth().approve(code.userCode());
            SignIn.Outcome outcome = signIn.finish(code, () -> false);
            assertEquals("test keyring", outcome.keptIn().orElseThrow());

            runtime.client().listRepos("intelgraph-sim");
            assertEquals(before + 1, sim.server.authorizedRequests(), "the same client now sends the token");
            signIn.signOut();
            runtime.client().listRepos("intelgraph-sim");
            assertEquals(before + 1, sim.server.authorizedRequests(), "signed out: anonymous again");
            assertTrue(store.entries().isEmpty());
        }
    }
}
