package io.intelgraph.maestro.config;

import io.intelgraph.maestro.auth.OAuthClientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in, GitHub App and network keys: flags over environment over config.properties, errors naming the source. */
class AccessConfigTest {

    @TempDir
    Path dir;

    private AccessConfig load(Map<String, String> env, ConfigLoader.AccessFlags flags) {
        return new ConfigLoader(env, dir).load(new ConfigLoader.Flags(null, null, null, null, null, null, null, null),
                flags).access();
    }

    @Test
    void defaultsAreThePlaceholderAppNoGitHubAppAndDirect() {
        AccessConfig access = load(Map.of(), ConfigLoader.AccessFlags.NONE);
        assertTrue(access.oauthClientId().placeholder());
        assertTrue(access.app().isEmpty());
        assertEquals(AccessConfig.DEFAULT, access);
    }

    @Test
    void fileEnvironmentAndFlagsInThatOrder() throws Exception {
        Path key = Files.writeString(dir.resolve("app.pem"), "not read until the token is needed");
        Path ca = Files.writeString(dir.resolve("ca.pem"), "");
        Files.writeString(dir.resolve("config.properties"), String.join("\n", "auth.client-id=Iv1.fromfile",
                "app.id=12", "app.key-file=" + key, "app.installation=99", "http.proxy=http://proxy.file:8080",
                "http.no-proxy=.corp", "http.ca-file=" + ca));
        AccessConfig fromFile = load(Map.of("MAESTRO_ORGS", "acme"), ConfigLoader.AccessFlags.NONE);
        assertEquals(new OAuthClientId("Iv1.fromfile"), fromFile.oauthClientId());
        assertEquals("12", fromFile.app().orElseThrow().appId());
        assertEquals(OptionalLong.of(99), fromFile.app().orElseThrow().installationId());
        assertEquals(Optional.of("acme"), fromFile.app().orElseThrow().owner());
        assertEquals(Optional.of(URI.create("http://proxy.file:8080")), fromFile.network().proxy().proxy());
        assertTrue(fromFile.network().proxy().bypasses("git.corp"));
        assertEquals(Optional.of(ca), fromFile.network().caFile());

        AccessConfig overridden = load(Map.of("MAESTRO_OAUTH_CLIENT_ID", "Iv1.fromenv", "https_proxy", "proxy.env:3128",
                "MAESTRO_APP_ID", "13"), new ConfigLoader.AccessFlags("14", null, null));
        assertEquals(new OAuthClientId("Iv1.fromenv"), overridden.oauthClientId());
        assertEquals("14", overridden.app().orElseThrow().appId(), "the flag wins");
        assertEquals(Optional.of(URI.create("http://proxy.env:3128")), overridden.network().proxy().proxy());
    }

    @Test
    void anAppWithoutAKeyOrAMissingFileIsRefusedNamingWhereItWasSet() {
        IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class,
                () -> load(Map.of("MAESTRO_APP_ID", "12"), ConfigLoader.AccessFlags.NONE));
        assertTrue(noKey.getMessage().contains("MAESTRO_APP_ID") && noKey.getMessage().contains("--app-key-file"),
                noKey.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> load(Map.of(),
                new ConfigLoader.AccessFlags("12", dir.resolve("absent.pem").toString(), null)));
        assertTrue(missing.getMessage().startsWith("--app-key-file"), missing.getMessage());
        IllegalArgumentException ca = assertThrows(IllegalArgumentException.class,
                () -> load(Map.of("MAESTRO_CA_FILE", dir.resolve("absent.pem").toString()), ConfigLoader.AccessFlags.NONE));
        assertTrue(ca.getMessage().contains("MAESTRO_CA_FILE"), ca.getMessage());
        IllegalArgumentException socks = assertThrows(IllegalArgumentException.class,
                () -> load(Map.of("HTTPS_PROXY", "socks5://p:1080"), ConfigLoader.AccessFlags.NONE));
        assertTrue(socks.getMessage().contains("HTTPS_PROXY"), socks.getMessage());
    }
}
