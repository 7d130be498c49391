package io.intelgraph.maestro.text;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text from outside (teacher names, branch and repository names from GitHub, file paths, policy
 * messages) made safe to print on a terminal: control characters — ESC starting an ANSI sequence,
 * a newline or carriage return that would forge a line — and the bidirectional overrides that
 * reorder what is shown are written as visible {@code \n}, {@code \u001B} escapes. Everything else,
 * non-ASCII letters and symbols included, is printed as it is. JSON output needs none of this:
 * Jackson escapes control characters itself.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** One value on one line: every control character escaped, newlines too. */
    public static String escape(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** A block of lines we formatted around outside data: its line breaks kept, every other control character escaped. */
    public static String escapeKeepingLines(String text) {
        return Arrays.stream(text.split("\n", -1)).map(TerminalText::escape).collect(Collectors.joining("\n"));
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || isBidiControl(c) ? String.format("\\u%04X", (int) c) : null;
        };
    }

    /** The embeddings, overrides and isolates that make a terminal show text in another order than it is (Trojan Source). */
    public static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
