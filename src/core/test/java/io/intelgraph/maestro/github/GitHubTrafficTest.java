package io.intelgraph.maestro.github;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GitHubTrafficTest {

    private static final String RUNS = "GET /repos/{owner}/{repo}/actions/runs";
    private static final String PULLS = "GET /repos/{owner}/{repo}/pulls";
    private static final String JOBS = "GET /repos/{owner}/{repo}/actions/runs/{id}/jobs";

    @Test
    void theHeadroomInTimeAtTheLastMinutesRate() {
        GitHubTraffic traffic = new GitHubTraffic(new GitHubHttp.RequestCounts(0, 0), Map.of(),
                Map.of(RUNS, 450, PULLS, 900), 900);
        assertEquals(60.0, traffic.secondsToSecondaryLimit(RUNS), 1e-9, "half the limit a minute: a minute's worth left");
        assertEquals(0.0, traffic.secondsToSecondaryLimit(PULLS), "at the limit");
        assertEquals(Double.POSITIVE_INFINITY, traffic.secondsToSecondaryLimit(JOBS), "idle");
    }
}
