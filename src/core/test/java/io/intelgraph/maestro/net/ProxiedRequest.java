package io.intelgraph.maestro.net;

import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A child process for {@link ProxyAndCaTest}: one GitHub request through a proxy, in a JVM that
 * starts as {@code Main.main} does ({@code --as-main}) or with the JDK's defaults. The JDK reads its
 * tunnelling setting once per process, so only a fresh process can show the difference.
 * Arguments: API URL, proxy URL, CA file, and optionally {@code --as-main}.
 */
public final class ProxiedRequest {

    private ProxiedRequest() {
    }

    public static void main(String[] args) {
        if (args.length > 3 && args[3].equals("--as-main")) {
            TunnelCredentials.allowBasicToTheProxy();
        }
        Network network = new Network(ProxySettings.of(args[1], ""), Optional.of(Path.of(args[2])));
        Optional<Token> token = Optional.of(new Token("ghp_test", "test"));
        GitHubHttp http = new GitHubHttp(URI.create(args[0]), () -> token, Clock.systemUTC(), Duration.ofSeconds(5), network);
        try {
            http.get("/rate_limit");
            System.out.println("answered");
            System.exit(0);
        } catch (GitHubException e) {
            System.out.println("failed: " + e.getMessage());
            System.exit(3);
        }
    }
}
