package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code https://} and {@code wss://} on the same port, from a PKCS12 keystore made by the JDK's keytool. */
class HubTlsTest {

    private static final char[] PASSWORD = "keystore-password".toCharArray();

    @TempDir
    Path dir;

    private Path keystore() throws Exception {
        return TestKeystores.keystore(dir, new String(PASSWORD));
    }

    @Test
    void httpsAndWssServeOnOnePort() throws Exception {
        Path keystore = keystore();
        SSLContext client = TestKeystores.trusting(keystore, new String(PASSWORD));
        try (HubHarness harness = new HubHarness(HubHarness.emptyPlane(),
                HubHarness.settings().withTls(Optional.of(TlsContexts.fromPkcs12(keystore, PASSWORD))), Hub.Sources.none())) {
            assertTrue(harness.hub.server().baseUrl().startsWith("https://"));
            assertTrue(harness.hub.server().feedUrl().startsWith("wss://"));
            HttpClient https = HttpClient.newBuilder().sslContext(client).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> health = https.send(HttpRequest.newBuilder(harness.uri("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            try (HubClient feed = HubClient.connect(URI.create(harness.hub.server().feedUrl()), Optional.of(client),
                    new HubClient.Listener() { }, Duration.ofSeconds(10))) {
                assertTrue(feed.awaitSeq(0, Duration.ofSeconds(5)));
                harness.plane.putRun(run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
                assertTrue(feed.awaitSeq(harness.hub.feed().seq(), Duration.ofSeconds(5)));
                assertEquals(harness.plane.snapshot(), feed.latest());
            }

            // Plain HTTP to the TLS port is a failed handshake for that connection only.
            HttpClient plain = HttpClient.newHttpClient();
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create(
                    harness.hub.server().baseUrl().replace("https://", "http://") + "/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
            assertEquals(200, https.send(HttpRequest.newBuilder(harness.uri("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void aWrongPasswordOrNotAKeystoreIsAnErrorNamingTheFile() throws Exception {
        Path keystore = keystore();
        IOException wrong = assertThrows(IOException.class, () -> TlsContexts.fromPkcs12(keystore, "nope".toCharArray()));
        assertTrue(wrong.getMessage().startsWith(keystore.toString()) && wrong.getMessage().contains("MAESTRO_TLS_KEYSTORE_PASSWORD"),
                wrong.getMessage());
        Path text = Files.writeString(dir.resolve("not.p12"), "hello");
        assertTrue(assertThrows(IOException.class, () -> TlsContexts.fromPkcs12(text, PASSWORD)).getMessage()
                .startsWith(text.toString()));
    }
}
