package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client's own pacing under GitHub's secondary limits, on a clock the test moves. */
class RequestPacerTest {

    private static final String RUNS = "GET /repos/{owner}/{repo}/actions/runs";
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final SimClock clock = new SimClock(T0, 0);

    private RequestPacer pacer(Duration maxWait) {
        RequestPacer.Policy github = RequestPacer.Policy.github();
        return new RequestPacer(new RequestPacer.Policy(github.pointsPerMinute(), github.backgroundShare(),
                github.interactiveShare(), github.concurrent(), github.backgroundConcurrent(), maxWait), clock);
    }

    @Test
    void backgroundWorkStopsAtItsShareAndAClickStillFindsRoom() throws Exception {
        RequestPacer pacer = pacer(Duration.ZERO);
        for (int i = 0; i < 630; i++) {
            pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND).close();
            clock.advance(Duration.ofMillis(10));
        }
        GitHubException held = assertThrows(GitHubException.class, () -> pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND));
        assertEquals(GitHubException.Kind.RATE_LIMITED, held.kind());
        assertEquals(T0.plusSeconds(60), held.retryAt().orElseThrow(), "when the first point leaves the minute");
        assertTrue(held.getMessage().startsWith("Held back " + RUNS + " to stay under GitHub's secondary limit of 900 "
                + "points a minute on it (background work may use 630); room again at 10:01:00 UTC"), held.getMessage());
        // Another endpoint, and a person's request on this one, are not held back.
        pacer.admit("GET /repos/{owner}/{repo}/pulls", 1, RequestPacer.Lane.BACKGROUND).close();
        for (int i = 0; i < 180; i++) {
            pacer.admit(RUNS, 1, RequestPacer.Lane.INTERACTIVE).close();
        }
        assertThrows(GitHubException.class, () -> pacer.admit(RUNS, 1, RequestPacer.Lane.INTERACTIVE),
                "even a click stays 10 % under GitHub's limit");
        assertEquals(Map.of(RUNS, 810, "GET /repos/{owner}/{repo}/pulls", 1), pacer.pointsLastMinute());
        clock.advance(Duration.ofSeconds(60));
        pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND).close();
    }

    @Test
    void aRequestWaitsForRoomWhenItComesWithinTheWait() throws Exception {
        // A clock 120 times faster than real time: the minute frees up within half a real second.
        SimClock fast = new SimClock(T0, 120);
        RequestPacer pacer = new RequestPacer(new RequestPacer.Policy(10, 1, 1, 8, 6, Duration.ofSeconds(5)), fast);
        for (int i = 0; i < 10; i++) {
            pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND).close();
        }
        Instant asked = fast.instant();
        pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND).close();
        assertTrue(!fast.instant().isBefore(asked.plusSeconds(55)), "waited for the minute: " + fast.instant());
    }

    @Test
    void backgroundWorkHoldsAtMostSixOfTheEightOpenRequests() throws Exception {
        RequestPacer pacer = pacer(Duration.ofMillis(50));
        List<RequestPacer.Permit> open = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            open.add(pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND));
        }
        GitHubException held = assertThrows(GitHubException.class, () -> pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND));
        assertTrue(held.getMessage().contains("6 requests to GitHub are already open"), held.getMessage());
        open.add(pacer.admit(RUNS, 1, RequestPacer.Lane.INTERACTIVE));
        open.add(pacer.admit(RUNS, 1, RequestPacer.Lane.INTERACTIVE));
        assertThrows(GitHubException.class, () -> pacer.admit(RUNS, 1, RequestPacer.Lane.INTERACTIVE));
        open.remove(0).close();
        pacer.admit(RUNS, 1, RequestPacer.Lane.BACKGROUND).close();
        open.forEach(RequestPacer.Permit::close);
    }

    @Test
    void requestsAnd304sAreCountedPerEndpoint() throws Exception {
        try (SimHarness sim = new SimHarness(42)) {
            GitHubClient client = sim.client();
            client.listRuns(RepoId.parse("intelgraph-sim/api-gateway"), 10, 1);
            client.background().listRuns(RepoId.parse("intelgraph-sim/api-gateway"), 10, 1);
            client.listRuns(RepoId.parse("intelgraph-sim/graph-core"), 10, 1);
            assertEquals(new GitHubHttp.RequestCounts(3, 1), client.http().requestCountsByEndpoint().get(RUNS));
            assertEquals(Map.of(RUNS, 3), client.http().pacer().pointsLastMinute());
        }
    }

    @Test
    void routesNameTheEndpointNotTheRepository() {
        assertEquals(RUNS, RestRoute.of("GET", "/repos/o/r/actions/runs"));
        assertEquals("GET /repos/{owner}/{repo}/actions/runs/{id}/jobs", RestRoute.of("GET", "/repos/o/r/actions/runs/42/jobs"));
        assertEquals("GET /orgs/{owner}/repos", RestRoute.of("GET", "/orgs/intelgraph-sim/repos"));
        assertEquals("GET /repos/{owner}/{repo}/contents/{path}", RestRoute.of("GET", "/repos/o/r/contents/a/b/Dockerfile"));
        assertEquals("GET /repos/{owner}/{repo}/releases/tags/{ref}", RestRoute.of("GET", "/repos/o/r/releases/tags/v1.2.0"));
        assertEquals(5, RestRoute.points("POST"));
    }
}
