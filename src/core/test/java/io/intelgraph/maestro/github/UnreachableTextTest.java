package io.intelgraph.maestro.github;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An I/O error is told as a sentence even when it carries no message. */
class UnreachableTextTest {

    private final GitHubHttp http = new GitHubHttp(URI.create("http://127.0.0.1:9"), Optional.empty(), Clock.systemUTC(),
            Duration.ofSeconds(2));

    @Test
    void anIoErrorWithoutAMessageNamesItsTypeAndThePath() {
        GitHubException e = http.unreachable(URI.create("http://127.0.0.1:9/repos/o/r/actions/runs"), new IOException());
        assertEquals(GitHubException.Kind.UNREACHABLE, e.kind());
        assertEquals("Cannot reach http://127.0.0.1:9 (IOException on /repos/o/r/actions/runs)", e.getMessage());
    }

    @Test
    void anIoErrorWithAMessageKeepsIt() {
        GitHubException e = http.unreachable(URI.create("http://127.0.0.1:9/user/repos"), new IOException("connection reset"));
        assertEquals("Cannot reach http://127.0.0.1:9 (IOException on /user/repos: connection reset)", e.getMessage());
    }
}
