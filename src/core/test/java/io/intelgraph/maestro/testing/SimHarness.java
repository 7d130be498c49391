package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubHttp;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.sim.SimClock;
import io.intelgraph.maestro.sim.SimGitHubServer;
import io.intelgraph.maestro.sim.SimWorld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A simulator on a free loopback port with a frozen clock, and a real client pointed at it. */
public final class SimHarness implements AutoCloseable {

    public static final Instant ORIGIN = Instant.parse("2026-11-25T12:00:00Z");
    public static final String TOKEN = "sim-test-token";

    public final SimClock clock = new SimClock(ORIGIN, 0);
    public final SimWorld world;
    public final SimGitHubServer server;

    public SimHarness(long seed) {
        world = new SimWorld(seed, ORIGIN);
        try {
            server = new SimGitHubServer(world, clock, Clock.systemUTC(), TOKEN, 0).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GitHubClient client() {
        return client(Optional.of(new Token(TOKEN, "test")));
    }

    public GitHubClient client(Optional<Token> token) {
        return new GitHubClient(new GitHubHttp(server.baseUrl(), token, Clock.systemUTC(), Duration.ofSeconds(5)));
    }

    @Override
    public void close() {
        server.close();
    }
}
