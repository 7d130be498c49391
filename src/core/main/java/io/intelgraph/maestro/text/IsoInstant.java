package io.intelgraph.maestro.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@link Instant#parse}, with a fast path for the one form GitHub's REST API and the hub's feed write every timestamp
 * in, {@code 2024-05-01T12:34:56Z}. The JDK's formatter, still interpreted during the start, took ~40 ms of CPU for
 * the first poll's thousands of timestamps (async-profiler, README "Startup and memory", session 15). Any other text —
 * fractions of a second, offsets, lower case, a leap second, an impossible date — goes to {@link Instant#parse}, so
 * the result and the exception are always the JDK's.
 */
public final class IsoInstant {

    private static final int CANONICAL_LENGTH = "2024-05-01T12:34:56Z".length();

    private IsoInstant() {
    }

    /** @throws DateTimeParseException as {@link Instant#parse} does */
    public static Instant parse(CharSequence text) {
        if (text.length() == CANONICAL_LENGTH && isCanonical(text)) {
            try {
                return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                        number(text, 11, 13), number(text, 14, 16), number(text, 17, 19)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                // Out of range (a 61st second, 24:00, 30 February): the JDK decides and says why.
                return Instant.parse(text);
            }
        }
        return Instant.parse(text);
    }

    private static boolean isCanonical(CharSequence text) {
        for (int i = 0; i < CANONICAL_LENGTH; i++) {
            char c = text.charAt(i);
            boolean fits = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> c == 'Z';
                default -> c >= '0' && c <= '9';
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
