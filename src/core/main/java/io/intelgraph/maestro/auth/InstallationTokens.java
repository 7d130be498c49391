package io.intelgraph.maestro.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.github.Credentials;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.github.Token;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A GitHub App's installation token, used like a person's: the app signs a JWT ({@link AppJwt}),
 * trades it at {@code POST /app/installations/{id}/access_tokens} for an hour's token, and trades
 * again 5 minutes before that one expires. One exchange at a time: callers that find the token due
 * wait for the exchange already under way instead of starting their own (no lock is held while it runs).
 */
public final class InstallationTokens implements Credentials {

    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Issued(Token token, Instant expiresAt) {
    }

    private final URI apiUrl;
    private final AppInstallation app;
    private final AppJwt jwt;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final AtomicReference<CompletableFuture<Issued>> current = new AtomicReference<>();
    private volatile long installationId = -1;

    public InstallationTokens(URI apiUrl, AppInstallation app, AppKey key, HttpClient http, Clock clock, Duration timeout) {
        String base = apiUrl.toString();
        this.apiUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.app = app;
        this.jwt = new AppJwt(app.appId(), key, clock);
        this.http = http;
        this.clock = clock;
        this.timeout = timeout;
        app.installationId().ifPresent(id -> installationId = id);
    }

    @Override
    public Optional<Token> token() throws GitHubException {
        while (true) {
            CompletableFuture<Issued> seen = current.get();
            if (seen != null && (!seen.isDone() || usable(seen))) {
                return Optional.of(join(seen).token());
            }
            CompletableFuture<Issued> mine = new CompletableFuture<>();
            if (current.compareAndSet(seen, mine)) {
                try {
                    mine.complete(exchange());
                } catch (GitHubException | RuntimeException e) {
                    mine.completeExceptionally(e);
                }
                return Optional.of(join(mine).token());
            }
        }
    }

    /** An App always has a token to send (renewed when due, on the request's own thread). */
    @Override
    public boolean configured() {
        return true;
    }

    /** When the token in use expires, if one was issued. */
    public Optional<Instant> expiresAt() {
        CompletableFuture<Issued> seen = current.get();
        return seen != null && seen.isDone() && !seen.isCompletedExceptionally()
                ? Optional.of(seen.join().expiresAt()) : Optional.empty();
    }

    private boolean usable(CompletableFuture<Issued> done) {
        return !done.isCompletedExceptionally() && clock.instant().isBefore(done.join().expiresAt().minus(REFRESH_MARGIN));
    }

    private static Issued join(CompletableFuture<Issued> future) throws GitHubException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof GitHubException g) {
                throw g;
            }
            throw e;
        }
    }

    private Issued exchange() throws GitHubException {
        String signed = jwt.sign();
        long id = installationId >= 0 ? installationId : findInstallation(signed);
        installationId = id;
        JsonNode answer = call(HttpRequest.newBuilder(URI.create(apiUrl + "/app/installations/" + id + "/access_tokens"))
                .POST(HttpRequest.BodyPublishers.noBody()), signed, "POST /app/installations/" + id + "/access_tokens");
        String token = answer.path("token").asText("");
        if (token.isBlank()) {
            throw malformed("an installation token without a token");
        }
        try {
            Instant expiresAt = Instant.parse(answer.path("expires_at").asText(""));
            return new Issued(new Token(token, "GitHub App " + app.appId() + ", installation " + id), expiresAt);
        } catch (DateTimeParseException e) {
            throw malformed("an installation token without a valid expires_at");
        }
    }

    private long findInstallation(String signed) throws GitHubException {
        String owner = app.owner().orElseThrow(() -> new GitHubException(GitHubException.Kind.UNAUTHORIZED,
                "GitHub App " + app.appId() + ": no installation id (--app-installation) and no --org to find it on."));
        JsonNode list = call(HttpRequest.newBuilder(URI.create(apiUrl + "/app/installations?per_page=100")).GET(),
                signed, "GET /app/installations");
        for (JsonNode installation : list) {
            if (installation.path("account").path("login").asText("").toLowerCase(Locale.ROOT)
                    .equals(owner.toLowerCase(Locale.ROOT))) {
                return installation.path("id").asLong();
            }
        }
        throw new GitHubException(GitHubException.Kind.NOT_FOUND, "GitHub App " + app.appId()
                + " is not installed on " + owner + ": install it there, or give --app-installation.");
    }

    private JsonNode call(HttpRequest.Builder builder, String signedJwt, String what) throws GitHubException {
        HttpRequest request = builder.timeout(timeout)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "maestro-build-hud")
                .header("Authorization", "Bearer " + signedJwt)
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return json;
            }
            String message = json.path("message").asText("");
            throw new GitHubException(status == 401 ? GitHubException.Kind.UNAUTHORIZED
                    : status == 404 ? GitHubException.Kind.NOT_FOUND : GitHubException.Kind.SERVER_ERROR,
                    "GitHub App " + app.appId() + ": " + what + " answered " + status
                            + (message.isEmpty() ? "" : " (" + message + ")")
                            + (status == 401 ? ". Check the app id, the private key file and this machine's clock." : "."));
        } catch (IOException e) {
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "GitHub App " + app.appId() + ": cannot reach "
                    + apiUrl + " for " + what + " (" + e.getClass().getSimpleName() + ")", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException(GitHubException.Kind.UNREACHABLE, "Interrupted during " + what, null, e);
        }
    }

    private GitHubException malformed(String what) {
        return new GitHubException(GitHubException.Kind.MALFORMED, "GitHub App " + app.appId() + ": " + apiUrl
                + " answered " + what + ".");
    }

    @Override
    public String toString() {
        return "InstallationTokens[app " + app.appId() + ", values hidden]";
    }
}
