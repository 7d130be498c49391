package io.intelgraph.maestro.hub;

import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.LimitExceededException;
import org.java_websocket.framing.Framedata;

import java.util.List;

/**
 * RFC 6455 with a limit on a whole message, not only on each frame. Java-WebSocket's Draft_6455 checks what a message
 * sent in pieces adds up to only when its last piece comes (Java-WebSocket issue 1508): a client sending 64 KB pieces
 * of a message it never finished ran the hub out of heap (a hostile probe, 3 clients × 150 MB). Here every data frame
 * counts toward its message as it arrives, and the message over the limit is closed with 1009 at once.
 */
final class WholeMessageLimit extends Draft_6455 {

    private final int maxMessageBytes;
    /** What the message being received has brought so far (one connection's draft: its frames come in order). */
    private long received;

    WholeMessageLimit(int maxMessageBytes) {
        super(List.of(), maxMessageBytes);
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void processFrame(WebSocketImpl webSocket, Framedata frame) throws InvalidDataException {
        Opcode opcode = frame.getOpcode();
        if (opcode == Opcode.TEXT || opcode == Opcode.BINARY || opcode == Opcode.CONTINUOUS) {
            received = (opcode == Opcode.CONTINUOUS ? received : 0) + frame.getPayloadData().remaining();
            if (received > maxMessageBytes) {
                received = 0;
                throw new LimitExceededException("a message of more than " + maxMessageBytes + " bytes, in pieces",
                        maxMessageBytes);
            }
            if (frame.isFin()) {
                received = 0;
            }
        }
        super.processFrame(webSocket, frame);
    }

    @Override
    public Draft copyInstance() {
        return new WholeMessageLimit(maxMessageBytes);
    }
}
