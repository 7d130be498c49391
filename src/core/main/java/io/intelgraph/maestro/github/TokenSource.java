package io.intelgraph.maestro.github;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the user's token: {@code GITHUB_TOKEN}, then {@code GH_TOKEN}, then {@code gh auth token}
 * (when the GitHub CLI is installed), then the token a sign-in kept (the {@link Fallback}, the OS
 * credential store). Never reads or writes a file of its own.
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

    public Optional<Token> find(String host) {
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
