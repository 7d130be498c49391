package io.intelgraph.maestro.github;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the user's token: {@code GITHUB_TOKEN}, then {@code GH_TOKEN}, then {@code gh auth token}
 * (when the GitHub CLI is installed), then the token a sign-in kept (the {@link Fallback}, the OS
 * credential store). Never reads or writes a file of its own. A lookup can start early, on a thread of its own
 * ({@link #prefetch}), for a caller that will ask soon.
 */
public final class TokenSource {

    /** Where to look after the environment and gh: a host's signed-in token, if any. */
    @FunctionalInterface
    public interface Fallback {
        Optional<Token> find(String host);

        Fallback NONE = host -> Optional.empty();
    }

    private final Map<String, String> env;
    private final boolean askGhCli;
    private final Fallback fallback;
    private final AtomicReference<Prefetch> prefetched = new AtomicReference<>();

    /** A lookup started before it was asked for. */
    private record Prefetch(String host, CompletableFuture<Optional<Token>> answer) {
    }

    public TokenSource(Map<String, String> env, boolean askGhCli) {
        this(env, askGhCli, Fallback.NONE);
    }

    public TokenSource(Map<String, String> env, boolean askGhCli, Fallback fallback) {
        this.env = env;
        this.askGhCli = askGhCli;
        this.fallback = fallback;
    }

    public static TokenSource fromEnvironment() {
        return new TokenSource(System.getenv(), true);
    }

    /**
     * Looks {@code host} up now, on a thread of its own, for a caller that will ask for it soon: on a Linux desktop the
     * OS credential store is a D-Bus connection and a key exchange (~200 ms), and gh is a process. The next
     * {@link #find} for that host takes this answer, once; a find for another host, and every later one, looks up
     * afresh (a sign-in may have changed what is stored).
     */
    public void prefetch(String host) {
        CompletableFuture<Optional<Token>> answer = new CompletableFuture<>();
        prefetched.set(new Prefetch(host, answer));
        Thread.ofPlatform().name("token-lookup").daemon().start(() -> {
            try {
                answer.complete(lookUp(host));
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        });
    }

    public Optional<Token> find(String host) {
        Prefetch early = prefetched.getAndSet(null);
        if (early != null && early.host().equals(host)) {
            try {
                return early.answer().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
        return lookUp(host);
    }

    private Optional<Token> lookUp(String host) {
        for (String name : new String[] {"GITHUB_TOKEN", "GH_TOKEN"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Token(value, name));
            }
        }
        Optional<Token> fromGh = askGhCli ? fromGhCli(host) : Optional.empty();
        return fromGh.isPresent() ? fromGh : fallback.find(host);
    }

    /** The environment and gh only: what would win over a signed-in token. */
    public Optional<Token> findBeforeSignIn(String host) {
        return new TokenSource(env, askGhCli).find(host);
    }

    private static Optional<Token> fromGhCli(String host) {
        ProcessBuilder pb = new ProcessBuilder("gh", "auth", "token", "--hostname", host);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = pb.start();
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readNBytes(4096), StandardCharsets.UTF_8).strip();
                boolean done = process.waitFor(5, TimeUnit.SECONDS);
                if (!done) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                return process.exitValue() == 0 && !text.isEmpty()
                        ? Optional.of(new Token(text, "gh auth token")) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // gh is not installed: not an error, the HUD runs without a token
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
