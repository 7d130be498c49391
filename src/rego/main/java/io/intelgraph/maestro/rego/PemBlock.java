package io.intelgraph.maestro.rego;

import java.util.Base64;
import java.util.Optional;

/**
 * A PEM block of a text, as Go's pem.Decode finds it: the first {@code -----BEGIN TYPE-----} line at or after an
 * offset, its body, and where the block ends (after its {@code -----END TYPE-----} line). Found with plain scans, not
 * a regular expression: a policy's input may be large and hostile, and a backtracking pattern read the rest of the
 * text again from every BEGIN line that had no END (20,000 such lines took 46 s; measured in session 28).
 *
 * @param end the index just after the END line's line break, or after the END marker when nothing but blanks follow
 *            it without one
 */
record PemBlock(String type, String body, int end) {

    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";

    static Optional<PemBlock> find(String text, int from) {
        int begin = text.indexOf(BEGIN, from);
        if (begin < 0) {
            return Optional.empty();
        }
        int typeEnd = text.indexOf(DASHES, begin + BEGIN.length());
        int lineEnd = text.indexOf('\n', begin);
        if (typeEnd < 0 || lineEnd < 0 || lineEnd < typeEnd) {
            return Optional.empty();
        }
        String type = text.substring(begin + BEGIN.length(), typeEnd);
        String endMarker = "-----END " + type + DASHES;
        int endAt = text.indexOf(endMarker, lineEnd);
        if (endAt < 0) {
            return Optional.empty();
        }
        int markerEnd = endAt + endMarker.length();
        int newline = text.indexOf('\n', markerEnd);
        int end = newline >= 0 ? newline + 1 : text.substring(markerEnd).isBlank() ? text.length() : markerEnd;
        return Optional.of(new PemBlock(type, text.substring(lineEnd + 1, endAt), end));
    }

    /** The body's bytes (base64, line breaks and blanks ignored). */
    byte[] bytes() {
        return Base64.getMimeDecoder().decode(body);
    }
}
