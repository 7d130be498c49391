package io.intelgraph.maestro.supplychain;

import dev.sigstore.tuf.FileExceedsMaxLengthException;
import dev.sigstore.tuf.Fetcher;
import dev.sigstore.tuf.TufException;
import io.intelgraph.maestro.net.CappedBody;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A TUF repository's files for sigstore-java's updater, fetched with the JDK's HTTP client (so through the configured
 * proxy and extra CAs) and with no credentials of any kind: nothing a mirror serves is trusted until TUF has checked its
 * signatures, versions, expiry and hashes. Each file has one deadline for the whole exchange, body included (the JDK's
 * request timeout stops at the headers), and is read up to the length TUF allows it, never further.
 */
public final class TufMirrorFetcher implements Fetcher {

    private final URI mirror;
    private final HttpClient http;
    private final Duration deadline;

    /** @param mirror the repository's base URL (its metadata at the root, targets under {@code targets/}) */
    public TufMirrorFetcher(URI mirror, HttpClient http, Duration deadline) {
        this.mirror = mirror.toString().endsWith("/") ? mirror : URI.create(mirror + "/");
        this.http = http;
        this.deadline = deadline;
    }

    @Override
    public String getSource() {
        return mirror.toString();
    }

    /** The file's bytes; null when the mirror has no such file (how TUF learns there is no newer root). */
    @Override
    public byte[] fetchResource(String filename, int maxLength) throws IOException {
        URI uri = mirror.resolve(filename);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(deadline).header("Accept", "application/json").GET()
                .build();
        // Only a 200's body is kept; any other answer's is discarded as it comes (the deadline still bounds it).
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, info -> info.statusCode() == 200
                ? CappedBody.handler(maxLength).apply(info)
                : HttpResponse.BodySubscribers.replacing(null));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new IOException("the TUF mirror " + mirror.getHost() + " did not send " + filename + " within "
                    + (deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms"));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + filename + " from " + mirror.getHost());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CappedBody.TooLarge) {
                throw new FileExceedsMaxLengthException(uri.toString(), maxLength);
            }
            throw new IOException("cannot fetch " + filename + " from the TUF mirror " + mirror.getHost() + ": "
                    + why(e.getCause()), e.getCause());
        }
        return switch (response.statusCode()) {
            case 200 -> response.body();
            case 404 -> null;
            default -> throw new TufException("the TUF mirror " + mirror.getHost() + " answered HTTP "
                    + response.statusCode() + " for " + filename);
        };
    }

    /** The JDK's connection failures often carry no message of their own; the first cause that has one says it. */
    private static String why(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException) {
                return "its host name does not resolve";
            }
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
