package io.intelgraph.maestro.net;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A "GitHub Enterprise Server" on loopback HTTPS with a certificate of its own (a company CA's, as a
 * TLS-intercepting proxy presents), reached through a loopback CONNECT proxy.
 */
class ProxyAndCaTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private HttpsServer ghes;
    private Path caFile;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();

    @BeforeEach
    void server() throws Exception {
        caFile = dir.resolve("corp-ca-" + System.nanoTime() + ".pem");
        ghes = start("dns:localhost,ip:127.0.0.1", caFile);
    }

    /** A loopback HTTPS server whose certificate names {@code san}, that certificate written to {@code certificate}. */
    private HttpsServer start(String san, Path certificate) throws Exception {
        Path keystore = dir.resolve("ghes-" + System.nanoTime() + ".p12");
        run("-genkeypair", "-alias", "ghes", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=" + san, "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD);
        run("-exportcert", "-rfc", "-alias", "ghes", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/api/v3/rate_limit", exchange -> {
            served.incrementAndGet();
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"resources\":{}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        ghes.stop(0);
    }

    private static void run(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
    }

    private URI apiUrl() {
        return URI.create("https://localhost:" + ghes.getAddress().getPort() + "/api/v3");
    }

    private GitHubHttp client(Network network) {
        Optional<Token> token = Optional.of(new Token("ghp_test", "test"));
        return new GitHubHttp(apiUrl(), () -> token, Clock.systemUTC(), Duration.ofSeconds(5), network);
    }

    @Test
    void theExtraCaIsTrustedBesideTheJdksAndNeededWithoutIt() throws Exception {
        GitHubException untrusted = assertThrows(GitHubException.class, () -> client(Network.DIRECT).get("/rate_limit"));
        assertEquals(GitHubException.Kind.UNREACHABLE, untrusted.kind());
        assertEquals(0, served.get());

        client(new Network(ProxySettings.DIRECT, Optional.of(caFile))).get("/rate_limit");
        assertEquals(1, served.get());
    }

    /** Trusting a CA is not trusting every name it signed: the certificate must name the host asked for; TLS 1.3. */
    @Test
    void theCertificateMustNameTheHostAskedForAndTheHandshakeIsTls13() throws Exception {
        Path localhostOnly = dir.resolve("localhost-only-" + System.nanoTime() + ".pem");
        HttpsServer named = start("dns:localhost", localhostOnly);
        AtomicReference<String> protocol = new AtomicReference<>();
        named.createContext("/api/v3/meta", exchange -> {
            protocol.set(((HttpsExchange) exchange).getSSLSession().getProtocol());
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        try {
            Network trusting = new Network(ProxySettings.DIRECT, Optional.of(localhostOnly));
            Optional<Token> token = Optional.of(new Token("ghp_test", "test"));
            int port = named.getAddress().getPort();
            GitHubHttp byAddress = new GitHubHttp(URI.create("https://127.0.0.1:" + port + "/api/v3"), () -> token,
                    Clock.systemUTC(), Duration.ofSeconds(5), trusting);
            GitHubException refused = assertThrows(GitHubException.class, () -> byAddress.get("/rate_limit"));
            assertEquals(GitHubException.Kind.UNREACHABLE, refused.kind());
            int before = served.get();

            GitHubHttp byName = new GitHubHttp(URI.create("https://localhost:" + port + "/api/v3"), () -> token,
                    Clock.systemUTC(), Duration.ofSeconds(5), trusting);
            byName.get("/rate_limit");
            assertEquals(before + 1, served.get(), "the certificate names localhost: served");
            byName.get("/meta");
            assertEquals("TLSv1.3", protocol.get());
        } finally {
            named.stop(0);
        }
    }

    @Test
    void requestsGoThroughTheProxyUnlessNoProxyNamesTheHost() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(null)) {
            ProxySettings via = ProxySettings.of(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port()));
            GitHubHttp http = client(new Network(via, Optional.of(caFile)));
            http.get("/rate_limit");
            http.get("/rate_limit?again");
            assertEquals(2, served.get());
            assertFalse(proxy.connects().isEmpty(), "the tunnel went through the proxy");
            assertTrue(proxy.connects().stream().allMatch(c -> c.target().equals("localhost:" + ghes.getAddress().getPort())),
                    proxy.connects().toString());
            assertEquals("Bearer ghp_test", lastAuthorization.get(), "the token went to the server, inside the tunnel");
            assertTrue(proxy.connects().stream().allMatch(c -> c.proxyAuthorization() == null),
                    "the proxy saw no credentials of GitHub's");

            int before = proxy.connects().size();
            ProxySettings bypass = ProxySettings.of(Map.of("https_proxy", "http://127.0.0.1:" + proxy.port(),
                    "no_proxy", "example.com,localhost"));
            client(new Network(bypass, Optional.of(caFile))).get("/rate_limit");
            assertEquals(3, served.get());
            assertEquals(before, proxy.connects().size(), "NO_PROXY: straight to the server");
        }
    }

    @Test
    void theProxyUrlsCredentialsOpenTheTunnelInAProcessStartedAsMainIs() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("alice:s:cret".getBytes(StandardCharsets.UTF_8));
        try (LoopbackProxy proxy = new LoopbackProxy(basic)) {
            String proxyUrl = "http://alice:s%3Acret@127.0.0.1:" + proxy.port();

            String jdkDefaults = child(proxyUrl, false, 3);
            assertTrue(jdkDefaults.contains("failed: The proxy refused GET /api/v3/rate_limit (407 Proxy Authentication Required)"),
                    jdkDefaults);
            assertEquals(0, served.get(), "without the setting the JDK withholds Basic from the tunnel");
            assertTrue(proxy.connects().stream().allMatch(c -> c.proxyAuthorization() == null), proxy.connects().toString());

            String asMain = child(proxyUrl, true, 0);
            assertTrue(asMain.contains("answered"), asMain);
            assertEquals(1, served.get());
            assertTrue(proxy.connects().stream().anyMatch(c -> basic.equals(c.proxyAuthorization())), proxy.connects().toString());
            assertEquals("Bearer ghp_test", lastAuthorization.get(), "the token went to the server, inside the tunnel");
            assertFalse((jdkDefaults + asMain).contains("s:cret") || (jdkDefaults + asMain).contains("ghp_test"),
                    "neither the proxy's password nor the token is printed");
        }
    }

    private String child(String proxyUrl, boolean asMain, int expectedExit) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), ProxiedRequest.class.getName(),
                apiUrl().toString(), proxyUrl, caFile.toString()));
        if (asMain) {
            command.add("--as-main");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(expectedExit, process.exitValue(), output);
        return output;
    }

    @Test
    void theProxyUrlsCredentialsAnswerTheProxyOnly() throws Exception {
        Authenticator credentials = ProxyCredentials.of(URI.create("http://alice:s%3Acret@proxy.corp:3128")).orElseThrow();
        PasswordAuthentication proxy = credentials.requestPasswordAuthenticationInstance("proxy.corp", null, 3128,
                "http", "realm", "basic", null, Authenticator.RequestorType.PROXY);
        assertEquals("alice", proxy.getUserName());
        assertEquals("s:cret", new String(proxy.getPassword()));
        assertNull(credentials.requestPasswordAuthenticationInstance("ghe.corp", null, 443, "https", "realm",
                "basic", null, Authenticator.RequestorType.SERVER), "a server asking gets nothing");
        assertNull(credentials.requestPasswordAuthenticationInstance("evil.example", null, 3128, "http", "realm",
                "basic", null, Authenticator.RequestorType.PROXY), "another proxy gets nothing");
        assertFalse(ProxySettings.of("http://alice:s%3Acret@proxy.corp:3128", "").toString().contains("cret"));
    }

    @Test
    void noProxyMatchesHostsDomainsAndEverything() {
        ProxySettings settings = ProxySettings.of("proxy.corp:3128", "localhost, .internal.example,corp.example,10.0.0.7,ghe.io:443");
        assertEquals(Optional.of(URI.create("http://proxy.corp:3128")), settings.proxy());
        for (String direct : List.of("localhost", "a.internal.example", "internal.example", "corp.example",
                "git.corp.example", "10.0.0.7", "ghe.io")) {
            assertTrue(settings.bypasses(direct), direct);
        }
        for (String proxied : List.of("api.github.com", "notcorp.example", "10.0.0.70", "example")) {
            assertFalse(settings.bypasses(proxied), proxied);
        }
        assertTrue(ProxySettings.of("http://p:1", "*").bypasses("api.github.com"));
        assertThrows(IllegalArgumentException.class, () -> ProxySettings.of("socks5://p:1080", ""));
    }
}
