package io.intelgraph.maestro.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One JSON message of the feed, encoded once and shared by every client it goes to: its bytes are a
 * complete WebSocket text frame (RFC 6455 §5.2), the same for all clients because a server's frames
 * are not masked. A client's queue holds references to frames, never copies.
 */
public final class Frame {

    public static final String SNAPSHOT = "snapshot";

    private final String type;
    private final long seq;
    private final byte[] wire;
    private final int payloadOffset;

    private Frame(String type, long seq, byte[] wire, int payloadOffset) {
        this.type = type;
        this.seq = seq;
        this.wire = wire;
        this.payloadOffset = payloadOffset;
    }

    /**
     * A complete, unfragmented text frame around {@code json} (UTF-8).
     *
     * @param seq the feed's sequence number, 0 for a reply to one client (pong, error)
     */
    public static Frame text(String type, long seq, byte[] json) {
        int length = json.length;
        int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] wire = new byte[header + length];
        wire[0] = (byte) 0x81; // FIN + text opcode
        if (header == 2) {
            wire[1] = (byte) length;
        } else if (header == 4) {
            wire[1] = 126;
            wire[2] = (byte) (length >>> 8);
            wire[3] = (byte) length;
        } else {
            wire[1] = 127;
            for (int i = 0; i < 8; i++) {
                wire[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        System.arraycopy(json, 0, wire, header, length);
        return new Frame(type, seq, wire, header);
    }

    public String type() {
        return type;
    }

    public long seq() {
        return seq;
    }

    public boolean isSnapshot() {
        return SNAPSHOT.equals(type);
    }

    /** Bytes on the wire, header included. */
    public int size() {
        return wire.length;
    }

    /** Writes the frame as it goes on the wire. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(wire);
    }

    /**
     * Copies the frame as it goes on the wire into {@code into} at {@code at}.
     *
     * @return where the next frame goes
     */
    int copyTo(byte[] into, int at) {
        System.arraycopy(wire, 0, into, at, wire.length);
        return at + wire.length;
    }

    /** The JSON text, as a REST answer carries it and a client decodes it. */
    public String json() {
        return new String(wire, payloadOffset, wire.length - payloadOffset, StandardCharsets.UTF_8);
    }

    /** The JSON bytes (a copy). */
    public byte[] jsonBytes() {
        byte[] json = new byte[wire.length - payloadOffset];
        System.arraycopy(wire, payloadOffset, json, 0, json.length);
        return json;
    }

    @Override
    public String toString() {
        return type + "#" + seq + " (" + wire.length + " bytes)";
    }
}
