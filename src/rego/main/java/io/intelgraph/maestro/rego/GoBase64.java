package io.intelgraph.maestro.rego;

import java.util.Base64;
import java.util.Optional;

/**
 * Go's {@code base64.StdEncoding.DecodeString}, which OPA's crypto builtins call on an argument that is not PEM: the
 * standard alphabet with padding, line breaks ignored, and an error naming the input byte where decoding stopped.
 */
final class GoBase64 {

    private GoBase64() {
    }

    static byte[] std(String text) {
        String compact = text.replace("\r", "").replace("\n", "");
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
                    || c == '/' || c == '=';
            if (!alphabet) {
                throw illegal(i);
            }
        }
        if (compact.length() % 4 != 0) {
            throw illegal(compact.length() / 4 * 4);
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw illegal(Math.max(0, compact.indexOf('=')));
        }
    }

    /** The decoded bytes, or empty where Go's decoder would have returned an error. */
    static Optional<byte[]> tryStd(String text) {
        try {
            return Optional.of(std(text));
        } catch (RegoException e) {
            return Optional.empty();
        }
    }

    private static RegoException illegal(int at) {
        return new RegoException("illegal base64 data at input byte " + at);
    }
}
