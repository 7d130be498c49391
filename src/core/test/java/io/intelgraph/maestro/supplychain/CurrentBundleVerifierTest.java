package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.sim.SimClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A display left running follows the trusted root: chosen again a day after a refresh, an hour after a refresh that
 * failed, never over the network when offline. The mirror is sigstore-java's synthetic TUF repository (test resources).
 */
class CurrentBundleVerifierTest {

    private static final Instant TEST_TIME = Instant.parse("2022-09-09T13:37:00Z");

    @TempDir
    Path configDir;

    private final SimClock clock = new SimClock(TEST_TIME, 0);
    private final HttpClient http = Network.DIRECT.client().build();
    private TufMirrorFixture mirror;

    @AfterEach
    void stop() {
        mirror.close();
    }

    @Test
    void aRefreshedRootIsKeptForADayThenChosenAgain() throws IOException {
        CurrentBundleVerifier current = new CurrentBundleVerifier(source(serve(true)), false, clock);

        BundleVerifier first = current.get();
        int fetched = mirror.requested().size();
        clock.advance(Duration.ofHours(23));
        assertSame(first, current.get());
        assertEquals(fetched, mirror.requested().size(), "within the day, no request");

        clock.advance(Duration.ofHours(2));
        assertNotSame(first, current.get());
        assertEquals(fetched + 2, mirror.requested().size(), "the next root version and the timestamp are asked again (unchanged: no more)");
    }

    @Test
    void aFailedRefreshIsRetriedAfterAnHourNotAtEveryBundle() throws IOException {
        CurrentBundleVerifier current = new CurrentBundleVerifier(source(serve(false)), false, clock);

        BundleVerifier first = current.get();
        assertEquals(TrustedRootChoice.Origin.BUNDLED, first.root().origin());
        assertEquals(1, mirror.requested().size());
        clock.advance(Duration.ofMinutes(59));
        assertSame(first, current.get());
        assertEquals(1, mirror.requested().size());

        clock.advance(Duration.ofMinutes(2));
        current.get();
        assertEquals(2, mirror.requested().size());
    }

    @Test
    void offlineNeverAsksTheMirror() throws IOException {
        CurrentBundleVerifier current = new CurrentBundleVerifier(source(serve(true)), true, clock);

        assertEquals(TrustedRootChoice.Origin.BUNDLED, current.get().root().origin());
        clock.advance(Duration.ofDays(3));
        current.get();
        assertEquals(0, mirror.requested().size());
    }

    private TrustedRootSource source(URI mirror) {
        return new TrustedRootSource(mirror, () -> TufMirrorFixture.resource("trusted-root.json"),
                configDir.resolve("sigstore-tuf/127.0.0.1"), () -> http, Duration.ofSeconds(5), clock,
                TrustedRootSource.DEFAULT_VALIDITY, "test.txt", true);
    }

    /** sigstore-java's good synthetic repository, or a mirror that answers every request with HTTP 503. */
    private URI serve(boolean good) throws IOException {
        mirror = good ? TufMirrorFixture.serving("test-template") : TufMirrorFixture.answering(exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(503, -1);
            } catch (IOException e) {
                // the client hung up
            }
        });
        return mirror.uri();
    }
}
