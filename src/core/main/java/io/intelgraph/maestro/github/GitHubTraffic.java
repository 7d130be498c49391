package io.intelgraph.maestro.github;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one client has asked of GitHub, for metrics: requests and 304s in all and per endpoint (as
 * GitHub's secondary limits count them, {@code GET /repos/{owner}/{repo}/actions/runs}), and the points
 * each endpoint spent in the last minute against the limit of {@code pointsPerMinute}.
 */
public record GitHubTraffic(GitHubHttp.RequestCounts total, Map<String, GitHubHttp.RequestCounts> byEndpoint,
        Map<String, Integer> pointsLastMinute, int pointsPerMinute) {

    public GitHubTraffic {
        byEndpoint = Map.copyOf(new TreeMap<>(byEndpoint));
        pointsLastMinute = Map.copyOf(new TreeMap<>(pointsLastMinute));
    }

    /** Nothing asked (a hub with no poller: tests). */
    public static GitHubTraffic none() {
        return new GitHubTraffic(new GitHubHttp.RequestCounts(0, 0), Map.of(), Map.of(), 900);
    }

    /**
     * How many seconds of requests {@code endpoint} could still take at the last minute's rate before a
     * minute's window held the limit, were none to leave it: the headroom in time. Small means close;
     * infinite when the endpoint was idle; zero at or over the limit.
     */
    public double secondsToSecondaryLimit(String endpoint) {
        int used = pointsLastMinute.getOrDefault(endpoint, 0);
        if (used >= pointsPerMinute) {
            return 0;
        }
        return used == 0 ? Double.POSITIVE_INFINITY : (pointsPerMinute - used) * 60.0 / used;
    }
}
