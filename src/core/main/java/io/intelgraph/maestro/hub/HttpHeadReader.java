package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.text.TerminalText;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one request's head (request line and header fields) within a size limit and a deadline, so
 * a client that sends an endless line or one byte a minute costs a bounded buffer for a bounded time.
 */
final class HttpHeadReader {

    private static final Pattern REQUEST_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]{1,16}) (\\S{1,8000}) HTTP/(1\\.[01])");
    private static final Pattern FIELD_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
    private static final int MAX_FIELDS = 100;

    /** A head and the bytes that came after it in the same reads (the start of a body or of WebSocket frames). */
    record Read(HttpHead head, byte[] rest) {
    }

    private final int maxBytes;
    private final long timeoutNanos;

    HttpHeadReader(int maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * @return null when the connection closed before a byte came (a port probe)
     * @throws HttpHead.Refused 400/408/431/505 with the reason
     */
    Read read(InputStream in) throws IOException, HttpHead.Refused {
        byte[] buffer = new byte[Math.min(maxBytes, 4096)];
        int length = 0;
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            if (length == buffer.length) {
                if (length >= maxBytes) {
                    throw new HttpHead.Refused(431, "the request's head is larger than " + maxBytes + " bytes");
                }
                buffer = Arrays.copyOf(buffer, Math.min(maxBytes, buffer.length * 2));
            }
            int n;
            try {
                n = in.read(buffer, length, buffer.length - length);
            } catch (SocketTimeoutException e) {
                throw new HttpHead.Refused(408, "the request's head did not arrive within " + timeoutNanos / 1_000_000_000 + " s");
            }
            if (n < 0) {
                if (length == 0) {
                    return null;
                }
                throw new HttpHead.Refused(400, "the connection ended in the middle of the request's head");
            }
            int from = Math.max(0, length - 3);
            length += n;
            int end = endOfHead(buffer, from, length);
            if (end >= 0) {
                byte[] raw = Arrays.copyOf(buffer, end);
                return new Read(parse(raw), Arrays.copyOfRange(buffer, end, length));
            }
            if (System.nanoTime() > deadline) {
                throw new HttpHead.Refused(408, "the request's head did not arrive within " + timeoutNanos / 1_000_000_000 + " s");
            }
        }
    }

    /** The index just past the blank line ending the head (CRLF CRLF, or bare LF LF), or -1. */
    static int endOfHead(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '\n') {
                continue;
            }
            if (i + 1 < to && b[i + 1] == '\n') {
                return i + 2;
            }
            if (i + 2 < to && b[i + 1] == '\r' && b[i + 2] == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    static HttpHead parse(byte[] raw) throws HttpHead.Refused {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new HttpHead.Refused(400, "the request has no request line");
        }
        Matcher request = REQUEST_LINE.matcher(lines.get(0));
        if (!request.matches()) {
            if (lines.get(0).endsWith(" HTTP/2.0")) {
                throw new HttpHead.Refused(505, "the hub speaks HTTP/1.1");
            }
            throw new HttpHead.Refused(400, "not an HTTP/1.1 request line: \"" + TerminalText.escape(cut(lines.get(0))) + "\"");
        }
        if (lines.size() - 1 > MAX_FIELDS) {
            throw new HttpHead.Refused(431, "more than " + MAX_FIELDS + " header fields");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon <= 0 || !FIELD_NAME.matcher(line.substring(0, colon)).matches()) {
                throw new HttpHead.Refused(400, "not a header field: \"" + TerminalText.escape(cut(line)) + "\"");
            }
            headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        String target = request.group(2);
        return new HttpHead(request.group(1), target, HttpHead.pathOf(target), "HTTP/" + request.group(3), headers, raw);
    }

    private static String cut(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
