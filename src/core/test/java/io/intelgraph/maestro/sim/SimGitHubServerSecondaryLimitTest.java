package io.intelgraph.maestro.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator answers over GitHub's secondary limits as GitHub does: 403, Retry-After, GitHub's message. */
class SimGitHubServerSecondaryLimitTest {

    private static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");
    private static final String TOKEN = "secondary-token";

    private final SimClock clock = new SimClock(ORIGIN, 0);
    private final SimGitHubServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    SimGitHubServerSecondaryLimitTest() throws Exception {
        server = new SimGitHubServer(new SimWorld(42, ORIGIN), clock, clock, TOKEN, 0).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + TOKEN);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theNineHundredAndFirstPollOfTheRunsEndpointInAMinuteIsRefusedAsGitHubRefusesIt() throws Exception {
        String path = "/repos/intelgraph-sim/api-gateway/actions/runs?per_page=50";
        String etag = get(path, null).headers().firstValue("ETag").orElseThrow();
        // Free 304s against the hourly budget, but a point each against the secondary limit.
        for (int i = 1; i < 900; i++) {
            assertEquals(304, get(path, etag).statusCode(), "request " + (i + 1));
        }
        HttpResponse<String> refused = get("/repos/intelgraph-sim/graph-core/actions/runs?per_page=50", null);
        assertEquals(403, refused.statusCode());
        assertEquals("60", refused.headers().firstValue("Retry-After").orElseThrow());
        JsonNode body = new ObjectMapper().readTree(refused.body());
        assertEquals("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                body.get("message").asText());
        assertTrue(body.get("documentation_url").asText().endsWith("#about-secondary-rate-limits"));
        assertTrue(refused.headers().firstValue("x-ratelimit-remaining").isPresent());
        assertEquals(200, get("/repos/intelgraph-sim/api-gateway/pulls?state=open", null).statusCode(),
                "another endpoint has its own budget");

        clock.advance(Duration.ofSeconds(59));
        assertEquals(403, get(path, etag).statusCode(), "blocked for the whole minute");
        clock.advance(Duration.ofSeconds(2));
        // Admitted again; a minute on, a run of the repository may have moved (200) or not (304).
        int after = get(path, etag).statusCode();
        assertTrue(after == 304 || after == 200, "admitted after the minute: " + after);
        assertEquals(900, server.secondaryLimits().peaks().get("GET /repos/{owner}/{repo}/actions/runs").pointsPerMinute());
    }

    @Test
    void theClientReadsTheRefusalAsASecondaryLimitWithItsWait() throws Exception {
        GitHubClient client = new GitHubClient(new GitHubHttp(server.baseUrl(), Optional.of(new Token(TOKEN, "test")),
                clock, Duration.ofSeconds(5)));
        String path = "/repos/intelgraph-sim/api-gateway/branches?per_page=100";
        for (int i = 0; i < 900; i++) {
            get(path, null);
        }
        GitHubException e = assertThrows(GitHubException.class,
                () -> client.listBranches(RepoId.parse("intelgraph-sim/auth-service")));
        assertEquals(GitHubException.Kind.RATE_LIMITED, e.kind());
        assertTrue(e.getMessage().startsWith("GitHub secondary rate limit on GET /repos/intelgraph-sim/auth-service/branches:"
                + " waiting 60 s (Retry-After)"), e.getMessage());
        assertEquals(clock.instant().plusSeconds(60), e.retryAt().orElseThrow());
    }

    @Test
    void theRepositoryListSaysWhenEachWasPushedAndSortsByIt() throws Exception {
        JsonNode repos = new ObjectMapper().readTree(get("/orgs/intelgraph-sim/repos?per_page=100&sort=pushed", null).body());
        Instant previous = Instant.MAX;
        for (JsonNode repo : repos) {
            Instant pushed = Instant.parse(repo.get("pushed_at").asText());
            assertTrue(!pushed.isAfter(previous), "newest push first: " + repo.get("name"));
            assertTrue(pushed.isBefore(ORIGIN.plusSeconds(1)) && pushed.isAfter(ORIGIN.minus(Duration.ofHours(8))));
            previous = pushed;
        }
        JsonNode byName = new ObjectMapper().readTree(get("/orgs/intelgraph-sim/repos?per_page=3&sort=full_name", null).body());
        assertEquals("api-gateway", byName.get(0).get("name").asText());
        assertEquals("audit-log", byName.get(1).get("name").asText());
    }
}
