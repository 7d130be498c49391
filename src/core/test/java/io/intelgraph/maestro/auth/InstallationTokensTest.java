package io.intelgraph.maestro.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.testing.AppKeys;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A GitHub App's JWT → installation token exchange end to end against the simulator, and its renewal. */
class InstallationTokensTest {

    private final SimHarness sim = new SimHarness(11);
    @TempDir
    Path dir;
    private AppKey key;
    private Path keyFile;

    @BeforeEach
    void keyPair() throws Exception {
        sim.server.auth().clock(sim.clock);
        keyFile = pkcs1Pem(dir);
        key = AppKey.read(keyFile);
    }

    @AfterEach
    void close() {
        sim.close();
    }

    static Path pkcs1Pem(Path dir) throws Exception {
        return AppKeys.pem(dir);
    }

    private InstallationTokens tokens(AppInstallation app, Clock clock) {
        return new InstallationTokens(sim.server.baseUrl(), app, key, HttpClient.newHttpClient(), clock,
                Duration.ofSeconds(5));
    }

    @Test
    void theInstallationIsFoundOnTheOrganisationAndItsTokenReadsTheApi() throws Exception {
        long installation = sim.server.auth().installApp("424242", key.publicKey(), "intelgraph-sim");
        InstallationTokens tokens = tokens(new AppInstallation("424242", keyFile, OptionalLong.empty(),
                Optional.of("intelgraph-sim")), sim.clock);

        Token token = tokens.token().orElseThrow();

        assertTrue(token.origin().contains("installation " + installation), token.origin());
        GitHubClient client = new GitHubClient(new GitHubHttp(sim.server.baseUrl(), tokens, sim.clock,
                Duration.ofSeconds(5), Network.DIRECT));
        long before = sim.server.authorizedRequests();
        assertFalse(client.listRepos("intelgraph-sim").value().isEmpty());
        assertTrue(sim.server.authorizedRequests() > before, "the API accepted the installation token");
        assertEquals(1, sim.server.auth().installationTokensIssued());
        assertFalse(tokens.toString().contains(token.secretValue()));
    }

    @Test
    void theTokenIsRenewedFiveMinutesBeforeItExpires() throws Exception {
        long installation = sim.server.auth().installApp("77", key.publicKey(), "intelgraph-sim");
        InstallationTokens tokens = tokens(new AppInstallation("77", keyFile, OptionalLong.of(installation),
                Optional.empty()), sim.clock);
        assertTrue(new GitHubHttp(sim.server.baseUrl(), tokens, sim.clock, Duration.ofSeconds(5), Network.DIRECT).hasToken());
        assertEquals(0, sim.server.auth().installationTokensIssued(), "asking whether there is a token costs no exchange");
        String first = tokens.token().orElseThrow().secretValue();
        Instant expires = tokens.expiresAt().orElseThrow();
        assertEquals(sim.clock.instant().plus(Duration.ofHours(1)), expires);

        sim.clock.advance(Duration.ofMinutes(54).plusSeconds(59));
        assertEquals(first, tokens.token().orElseThrow().secretValue(), "5 min 1 s left: still in use");
        assertEquals(1, sim.server.auth().installationTokensIssued());

        sim.clock.advance(Duration.ofSeconds(2));
        String second = tokens.token().orElseThrow().secretValue();
        assertNotEquals(first, second, "under 5 minutes left: renewed");
        assertEquals(2, sim.server.auth().installationTokensIssued());
    }

    @Test
    void theSimulatorRefusesAnExpiredJwtAndAWrongKey() throws Exception {
        long installation = sim.server.auth().installApp("5", key.publicKey(), "intelgraph-sim");
        AppInstallation app = new AppInstallation("5", keyFile, OptionalLong.of(installation), Optional.empty());
        // A JWT signed by a clock 20 minutes behind the server's has expired when it arrives.
        Clock behind = Clock.fixed(sim.clock.instant().minus(Duration.ofMinutes(20)), ZoneOffset.UTC);
        GitHubException expired = assertThrows(GitHubException.class, () -> tokens(app, behind).token());
        assertEquals(GitHubException.Kind.UNAUTHORIZED, expired.kind());
        assertTrue(expired.getMessage().contains("clock"), expired.getMessage());

        Path otherFile = pkcs1Pem(dir);
        InstallationTokens wrongKey = new InstallationTokens(sim.server.baseUrl(), app, AppKey.read(otherFile),
                HttpClient.newHttpClient(), sim.clock, Duration.ofSeconds(5));
        assertEquals(GitHubException.Kind.UNAUTHORIZED, assertThrows(GitHubException.class, wrongKey::token).kind());
        assertEquals(0, sim.server.auth().installationTokensIssued());
    }

    @Test
    void aJwtIsIssuedAMinuteBackAndLivesUnderTenMinutes() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
        String jwt = new AppJwt("99", key, fixed).sign();
        DecodedJWT decoded = JWT.decode(jwt);
        assertEquals("RS256", decoded.getAlgorithm());
        assertEquals("99", decoded.getIssuer());
        assertEquals(Instant.parse("2026-12-02T11:59:00Z"), decoded.getIssuedAtAsInstant());
        assertEquals(Instant.parse("2026-12-02T12:09:00Z"), decoded.getExpiresAtAsInstant());
    }

    @Test
    void theKeyNeverShowsInMessages() throws Exception {
        String pem = Files.readString(keyFile);
        assertFalse(key.toString().contains(pem.substring(40, 80)));
        Path broken = dir.resolve("broken.pem");
        Files.writeString(broken, pem.replace("MII", "!!!"));
        IOException e = assertThrows(IOException.class, () -> AppKey.read(broken));
        assertFalse(e.getMessage().contains(pem.substring(40, 80)), e.getMessage());
    }
}
