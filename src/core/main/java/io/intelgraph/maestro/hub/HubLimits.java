package io.intelgraph.maestro.hub;

import java.time.Duration;

/**
 * Every bound the hub puts on what a client can make it hold or wait for.
 *
 * @param maxHeadBytes         a request's line and header fields
 * @param headTimeout          to send them (and to finish a WebSocket handshake)
 * @param bodyTimeout          to send a body
 * @param maxWebhookBytes      a GitHub delivery (GitHub's own cap is 25 MB)
 * @param pingInterval         a WebSocket ping this often; a client silent for two and a half is gone
 * @param stuckWrite           a client that takes no bytes for this long is disconnected
 * @param queueFrames          delta frames queued for one client before it is sent a snapshot instead
 * @param queueBytes           bytes of delta frames queued for one client, likewise
 * @param maxClientMessageBytes the largest message a client may send (it sends only small commands)
 * @param garbageBeforeClose   unreadable messages a client may send before it is disconnected
 * @param maxConnections       open connections at once; more are answered 503 and closed
 * @param sendBufferBytes      the socket send buffer per connection, 0 for the system's
 * @param bufferedBodyBytes    request bodies held at once across all requests; past it a request is answered 503
 */
public record HubLimits(int maxHeadBytes, Duration headTimeout, Duration bodyTimeout, long maxWebhookBytes,
        Duration pingInterval, Duration stuckWrite, int queueFrames, long queueBytes, int maxClientMessageBytes,
        int garbageBeforeClose, int maxConnections, int sendBufferBytes, long bufferedBodyBytes) {

    /** Room for two of GitHub's largest deliveries and change, whatever the number of senders. */
    public static final long BUFFERED_BODY_BYTES = 64L * 1024 * 1024;

    public static HubLimits defaults() {
        return new HubLimits(16 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(60), WebhookIntake.GITHUB_MAX_PAYLOAD,
                Duration.ofSeconds(30), Duration.ofSeconds(30), 1024, 8L * 1024 * 1024, 64 * 1024, 20, 20_000, 0, BUFFERED_BODY_BYTES);
    }

    public HubLimits withPing(Duration ping, Duration stuck) {
        return new HubLimits(maxHeadBytes, headTimeout, bodyTimeout, maxWebhookBytes, ping, stuck, queueFrames, queueBytes,
                maxClientMessageBytes, garbageBeforeClose, maxConnections, sendBufferBytes, bufferedBodyBytes);
    }

    public HubLimits withQueue(int frames, long bytes, int sendBuffer) {
        return new HubLimits(maxHeadBytes, headTimeout, bodyTimeout, maxWebhookBytes, pingInterval, stuckWrite, frames, bytes,
                maxClientMessageBytes, garbageBeforeClose, maxConnections, sendBuffer, bufferedBodyBytes);
    }

    public HubLimits withHeadTimeout(Duration timeout) {
        return new HubLimits(maxHeadBytes, timeout, bodyTimeout, maxWebhookBytes, pingInterval, stuckWrite, queueFrames,
                queueBytes, maxClientMessageBytes, garbageBeforeClose, maxConnections, sendBufferBytes, bufferedBodyBytes);
    }

    public HubLimits withBufferedBodies(long bytes) {
        return new HubLimits(maxHeadBytes, headTimeout, bodyTimeout, maxWebhookBytes, pingInterval, stuckWrite, queueFrames,
                queueBytes, maxClientMessageBytes, garbageBeforeClose, maxConnections, sendBufferBytes, bytes);
    }

    public HubLimits withMaxConnections(int max) {
        return new HubLimits(maxHeadBytes, headTimeout, bodyTimeout, maxWebhookBytes, pingInterval, stuckWrite, queueFrames,
                queueBytes, maxClientMessageBytes, garbageBeforeClose, max, sendBufferBytes, bufferedBodyBytes);
    }
}
