package io.intelgraph.maestro.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an HTTP answer in memory, up to a cap: past it (or when {@code Content-Length} already
 * says so) the transfer is cancelled and the rest never read, so a hostile or broken server cannot
 * fill the heap. (GitHub's API answers; a TUF mirror's files, each capped at the length TUF allows it.)
 */
public final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body is larger than the cap. */
    public static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("larger than " + (cap >= 1 << 20 ? (cap >> 20) + " MB" : cap + " bytes"));
        }
    }

    private final long cap;
    private final boolean announcedTooLarge;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private CappedBody(long cap, boolean announcedTooLarge) {
        this.cap = cap;
        this.announcedTooLarge = announcedTooLarge;
    }

    public static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> new CappedBody(cap, announcedLength(info) > cap);
    }

    private static long announcedLength(HttpResponse.ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1; // not a number: the cap still applies while reading
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announcedTooLarge) {
            s.cancel();
            result.completeExceptionally(new TooLarge(cap));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (bytes.size() + (long) item.remaining() > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(cap));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
