package io.intelgraph.maestro.hub;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clients that misbehave at the byte level, which no well-behaved library would do for a test. */
final class RawSockets {

    private RawSockets() {
    }

    static Socket connect(Hub hub, int receiveBuffer) throws IOException {
        URI base = URI.create(hub.server().baseUrl());
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** A connection to the hub's feed that the hub has upgraded to WebSocket (101); closed again if it did not. */
    static Socket upgraded(Hub hub) throws IOException {
        Socket socket = connect(hub, 0);
        try {
            assertEquals("HTTP/1.1 101 Web Socket Protocol Handshake", handshake(socket));
            return socket;
        } catch (IOException | AssertionError e) {
            socket.close();
            throw e;
        }
    }

    /** Sends a WebSocket opening handshake for the feed and reads the answer's head; returns its status line. */
    static String handshake(Socket socket) throws IOException {
        return handshake(socket, "");
    }

    /** @param headers more header fields, each ending in CRLF */
    static String handshake(Socket socket, String headers) throws IOException {
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        socket.getOutputStream().write(("GET /api/buildhub HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key) + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
        return head(socket.getInputStream()).split("\r\n", 2)[0];
    }

    /** Reads up to the blank line that ends an HTTP head. */
    static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] soFar = head.toByteArray();
            int n = soFar.length;
            if (n >= 4 && soFar[n - 4] == '\r' && soFar[n - 3] == '\n' && soFar[n - 2] == '\r' && soFar[n - 1] == '\n') {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Sends raw bytes and returns the answer's status line ("" when the hub closed without one). */
    static String exchange(Hub hub, byte[] request) throws IOException {
        try (Socket socket = connect(hub, 0)) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return head(socket.getInputStream()).split("\r\n", 2)[0];
        }
    }

    /**
     * The head of a client's text frame announcing {@code payloadBytes}, with the 64-bit length form and an all-zero
     * masking key (RFC 6455 §5.2: a client must mask; a zero key leaves the payload as sent).
     */
    static byte[] clientFrameHead(long payloadBytes) {
        ByteBuffer head = ByteBuffer.allocate(14);
        head.put((byte) 0x81).put((byte) (0x80 | 127)).putLong(payloadBytes).putInt(0);
        return head.array();
    }

    /** Reads the hub's frames (unmasked) up to its close frame and returns the close code; -1 if none came. */
    static int closeCode(InputStream in) throws IOException {
        DataInputStream frames = new DataInputStream(in);
        try {
            while (true) {
                int opcode = frames.readUnsignedByte() & 0x0F;
                long length = frames.readUnsignedByte() & 0x7F;
                length = length == 126 ? frames.readUnsignedShort() : length == 127 ? frames.readLong() : length;
                if (opcode == 0x8) {
                    if (length < 2) {
                        return -1; // a close frame without a code
                    }
                    int code = frames.readUnsignedShort();
                    frames.skipNBytes(length - 2); // the reason
                    return code;
                }
                frames.skipNBytes(length);
            }
        } catch (EOFException e) {
            return -1;
        }
    }

    /** True when the hub closed the connection (end of stream or reset) within the socket's time-out. */
    static boolean closedByHub(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            byte[] drain = new byte[8192];
            while (in.read(drain) != -1) {
                // frames still in flight
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
