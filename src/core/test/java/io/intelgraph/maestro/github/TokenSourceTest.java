package io.intelgraph.maestro.github;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSourceTest {

    /** A credential store that remembers which host it was asked for, on which thread. */
    private static final class RecordingStore implements TokenSource.Fallback {
        final List<String> reads = new CopyOnWriteArrayList<>();
        volatile String value = "stored-1";

        @Override
        public Optional<Token> find(String host) {
            reads.add(host + " on " + Thread.currentThread().getName());
            return Optional.of(new Token(value, "keyring"));
        }
    }

    @Test
    void aPrefetchedLookupAnswersTheNextFindForItsHostOnceFromItsOwnThread() {
        RecordingStore store = new RecordingStore();
        TokenSource tokens = new TokenSource(Map.of(), false, store);

        tokens.prefetch("github.com");
        Optional<Token> first = tokens.find("github.com");
        store.value = "stored-2"; // a sign-in in the window stores another token
        Optional<Token> second = tokens.find("github.com");

        assertEquals("stored-1", first.orElseThrow().secretValue());
        assertEquals("stored-2", second.orElseThrow().secretValue(), "only the first find takes the early answer");
        assertEquals(List.of("github.com on token-lookup", "github.com on " + Thread.currentThread().getName()),
                store.reads);
    }

    @Test
    void aFindForAnotherHostLooksItUpItselfAndTheEarlyAnswerIsDropped() throws InterruptedException {
        RecordingStore store = new RecordingStore();
        TokenSource tokens = new TokenSource(Map.of(), false, store);

        tokens.prefetch("github.com");
        tokens.find("ghe.example.com");
        tokens.find("github.com");

        String here = Thread.currentThread().getName();
        assertTrue(store.reads.containsAll(List.of("ghe.example.com on " + here, "github.com on " + here)),
                store.reads.toString());
    }

    @Test
    void theEnvironmentStillWinsOverTheStore() {
        RecordingStore store = new RecordingStore();
        TokenSource tokens = new TokenSource(Map.of("GH_TOKEN", "from-env"), false, store);

        tokens.prefetch("github.com");

        Token found = tokens.find("github.com").orElseThrow();
        assertEquals("from-env", found.secretValue());
        assertEquals("GH_TOKEN", found.origin());
        assertEquals(List.of(), store.reads);
    }

    @Test
    void aLookupThatFailedEarlyFailsTheFindWithTheSameError() {
        IllegalStateException broken = new IllegalStateException("the credential store broke");
        TokenSource tokens = new TokenSource(Map.of(), false, host -> {
            throw broken;
        });

        tokens.prefetch("github.com");

        assertSame(broken, assertThrows(IllegalStateException.class, () -> tokens.find("github.com")));
    }
}
