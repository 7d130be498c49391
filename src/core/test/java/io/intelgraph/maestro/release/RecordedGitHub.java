package io.intelgraph.maestro.release;

import com.sun.net.httpserver.HttpServer;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.testing.Fixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays the api.github.com answers hub4j/github-api recorded (resources release/github, see
 * SOURCE.md): each with its status and its recorded Link header, pointed at this server. Every
 * request is kept, so a test can say what the client asked.
 */
public final class RecordedGitHub implements AutoCloseable {

    static final String REPO = "/repos/hub4j-test-org/github-api";
    static final String ACTIONS_REPO = "/repos/hub4j-test-org/GHWorkflowRunTest";
    static final String COMPARE = "e46a9f3f2ac55db96de3c5c4706f2813b3a96465...8051615eff597f4e49f4f47625e6fc2b49f26bfc";

    private final HttpServer server;
    private final List<String> requests = new ArrayList<>();

    public RecordedGitHub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
            }
            String file = null;
            int status = 200;
            if (exchange.getRequestMethod().equals("POST") && path.matches("/repos/[^/]+/[^/]+/releases")) {
                file = "release-created.json";
                status = 201;
            } else if (path.equals(REPO)) {
                file = "repo.json";
            } else if (path.equals(REPO + "/tags")) {
                file = "tags.json";
            } else if (path.equals("/repos/kamontat/CheckIDNumber/releases/latest")) {
                file = "releases-latest.json";
            } else if (path.startsWith(REPO + "/compare/")) {
                file = "compare-page1.json";
                exchange.getResponseHeaders().add("Link", "<" + baseUrl() + "/repositories/206888201/compare/" + COMPARE
                        + "?per_page=5&page=2>; rel=\"next\", <" + baseUrl() + "/repositories/206888201/compare/" + COMPARE
                        + "?per_page=5&page=2>; rel=\"last\"");
            } else if (path.startsWith("/repositories/206888201/compare/")) {
                file = "compare-page2.json";
            } else if (path.equals(ACTIONS_REPO)) {
                file = "actions-repo.json";
            } else if (path.equals(ACTIONS_REPO + "/actions/runs")) {
                file = "actions-runs.json"; // the recorded first page, answered without its Link to pages not recorded
            } else if (path.equals(ACTIONS_REPO + "/actions/runs/719643947/jobs")) {
                file = "actions-run-719643947-jobs.json";
            }
            byte[] body = file == null
                    ? "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}".getBytes(StandardCharsets.UTF_8)
                    : Fixtures.bytes("release/github/" + file);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(file == null ? 404 : status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public GitHubClient client() {
        return new GitHubClient(new GitHubHttp(baseUrl(), Optional.empty(), Clock.systemUTC(), Duration.ofSeconds(5)));
    }

    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
