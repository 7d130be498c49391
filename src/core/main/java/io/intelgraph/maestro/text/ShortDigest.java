package io.intelgraph.maestro.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The first bytes of a text's SHA-256, in hex: a file name that stands for a longer key (a source, a mirror and root). */
public final class ShortDigest {

    private ShortDigest() {
    }

    /** The first {@code bytes} bytes of {@code text}'s SHA-256 (of its UTF-8), as 2 × {@code bytes} hex digits. */
    public static String of(String text, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
