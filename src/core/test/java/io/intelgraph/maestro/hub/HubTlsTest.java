package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
        Path file = dir.resolve("hub.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hub", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        return file;
    }

    /** A client that trusts exactly the hub's certificate. */
    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("hub", store.getCertificate("hub"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    @Test
    void httpsAndWssServeOnOnePort() throws Exception {
        Path keystore = keystore();
        SSLContext client = trusting(keystore);
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
