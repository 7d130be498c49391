package io.intelgraph.maestro.sim;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's hourly budget runs at the world's speed, like its builds; on real time at 1×. */
class SimRateLimitWindowTest {

    private static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");
    private static final String TOKEN = "window-token";

    private static long secondsToReset(double speed) throws Exception {
        try (SimGitHubServer server = new SimGitHubServer(new SimWorld(42, ORIGIN), new SimClock(ORIGIN, speed),
                Clock.systemUTC(), TOKEN, 0).start()) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.baseUrl() + "/rate_limit")).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            long reset = Long.parseLong(answer.headers().firstValue("x-ratelimit-reset").orElseThrow());
            return reset - Instant.now().getEpochSecond();
        }
    }

    @Test
    void atTenTimesTheHourIsSixMinutesAtOneTimesAnHour() throws Exception {
        long fast = secondsToReset(10);
        assertTrue(fast >= 355 && fast <= 360, fast + " s to the reset at 10×");
        long real = secondsToReset(1);
        assertTrue(real >= 3595 && real <= 3600, real + " s to the reset at 1×");
    }
}
