package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.github.RestRoute;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secondary limits' arithmetic: points per minute per endpoint, the block, concurrency. */
class SimSecondaryLimitsTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void endpointsAreRoutesNotPaths() {
        assertEquals("GET /repos/{owner}/{repo}/actions/runs",
                RestRoute.of("GET", "/repos/intelgraph-sim/api-gateway/actions/runs"));
        assertEquals(RestRoute.of("GET", "/repos/a/b/actions/runs"),
                RestRoute.of("GET", "/repos/c/d/actions/runs"));
        assertEquals("GET /repos/{owner}/{repo}/actions/runs/{id}/jobs",
                RestRoute.of("GET", "/repos/a/b/actions/runs/8000000001/jobs"));
        assertEquals("GET /orgs/{owner}/repos", RestRoute.of("GET", "/orgs/intelgraph-sim/repos"));
        assertEquals("GET /repos/{owner}/{repo}/contents/{path}",
                RestRoute.of("GET", "/repos/a/b/contents/deploy/Dockerfile"));
        assertEquals("GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
                RestRoute.of("GET", "/repos/a/b/commits/0123abc/check-runs"));
        assertEquals("POST /repos/{owner}/{repo}/actions/runs/{id}/rerun",
                RestRoute.of("POST", "/repos/a/b/actions/runs/17/rerun"));
    }

    @Test
    void nineHundredPointsAMinuteOnOneEndpointThenAMinutesBlock() {
        SimSecondaryLimits limits = new SimSecondaryLimits(SimSecondaryLimits.Limits.GITHUB);
        for (int i = 0; i < 900; i++) {
            assertEquals(Optional.empty(), admit(limits, "GET", "/repos/o/r" + i + "/actions/runs", T0.plusMillis(i * 50L)));
        }
        Instant at = T0.plusSeconds(50);
        Optional<SimSecondaryLimits.Refusal> refused = admit(limits, "GET", "/repos/o/x/actions/runs", at);
        assertTrue(refused.isPresent());
        assertEquals(Duration.ofMinutes(1), refused.get().retryAfter());
        assertTrue(refused.get().reason().contains("900 points a minute on GET /repos/{owner}/{repo}/actions/runs"),
                refused.get().reason());
        // Another endpoint has a budget of its own.
        assertEquals(Optional.empty(), admit(limits, "GET", "/repos/o/x/pulls", at));
        // Blocked for the minute even though the window has room again after 45 s.
        assertEquals(Duration.ofSeconds(15), admit(limits, "GET", "/repos/o/x/actions/runs", at.plusSeconds(45))
                .orElseThrow().retryAfter());
        assertEquals(Optional.empty(), admit(limits, "GET", "/repos/o/x/actions/runs", at.plusSeconds(61)));
        assertEquals(900, limits.peaks().get("GET /repos/{owner}/{repo}/actions/runs").pointsPerMinute());
        assertEquals(2, limits.refused());
    }

    @Test
    void theWindowSlidesAMinuteAtATime() {
        SimSecondaryLimits limits = new SimSecondaryLimits(new SimSecondaryLimits.Limits(10, 100, Duration.ofMinutes(1)));
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), admit(limits, "GET", "/repos/o/r/pulls", T0.plusSeconds(i)));
        }
        // At 60 s the first point (at 0 s) has left the minute: one more fits, not two.
        assertEquals(Optional.empty(), admit(limits, "GET", "/repos/o/r/pulls", T0.plusSeconds(60)));
        assertTrue(admit(limits, "GET", "/repos/o/r/pulls", T0.plusSeconds(60)).isPresent());
    }

    @Test
    void aChangeCostsFivePointsAndClientsHaveBudgetsOfTheirOwn() {
        SimSecondaryLimits limits = new SimSecondaryLimits(new SimSecondaryLimits.Limits(10, 100, Duration.ofMinutes(1)));
        assertEquals(Optional.empty(), limits.admit("token", "POST", "/repos/o/r/actions/runs/1/rerun", T0));
        assertEquals(Optional.empty(), limits.admit("token", "POST", "/repos/o/r/actions/runs/2/rerun", T0));
        assertTrue(limits.admit("token", "POST", "/repos/o/r/actions/runs/3/rerun", T0).isPresent());
        assertEquals(Optional.empty(), limits.admit("anonymous", "POST", "/repos/o/r/actions/runs/3/rerun", T0));
    }

    @Test
    void moreThanTheConcurrentLimitBlocksEveryEndpoint() {
        SimSecondaryLimits limits = new SimSecondaryLimits(new SimSecondaryLimits.Limits(900, 2, Duration.ofMinutes(1)));
        assertEquals(Optional.empty(), limits.admit("token", "GET", "/repos/o/r/pulls", T0));
        assertEquals(Optional.empty(), limits.admit("token", "GET", "/repos/o/r/pulls", T0));
        Optional<SimSecondaryLimits.Refusal> third = limits.admit("token", "GET", "/repos/o/r/branches", T0);
        assertTrue(third.orElseThrow().reason().contains("more than 2 concurrent requests"));
        limits.finished("token");
        limits.finished("token");
        assertTrue(limits.admit("token", "GET", "/repos/o/r/actions/runs", T0.plusSeconds(30)).isPresent(),
                "blocked everywhere for the minute");
        assertEquals(Optional.empty(), limits.admit("token", "GET", "/repos/o/r/actions/runs", T0.plusSeconds(61)));
    }

    private static Optional<SimSecondaryLimits.Refusal> admit(SimSecondaryLimits limits, String method, String path,
            Instant at) {
        Optional<SimSecondaryLimits.Refusal> refusal = limits.admit("token", method, path, at);
        if (refusal.isEmpty()) {
            limits.finished("token");
        }
        return refusal;
    }
}
