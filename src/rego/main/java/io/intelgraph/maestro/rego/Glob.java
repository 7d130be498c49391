package io.intelgraph.maestro.rego;

import java.util.List;
import java.util.regex.Pattern;

/**
 * OPA's glob syntax (gobwas/glob, as {@code glob.match} reads it) as a Java regular expression:
 * {@code *} any run of characters that are not delimiters, {@code **} any run at all, {@code ?}
 * one non-delimiter character, {@code [abc]} / {@code [a-c]} / {@code [!abc]} character classes,
 * {@code {a,b}} alternatives (which may hold patterns themselves) and {@code \} escapes.
 */
final class Glob {

    private final String glob;
    private final String notDelimiter;
    private int at;

    private Glob(String glob, List<String> delimiters) {
        this.glob = glob;
        StringBuilder cls = new StringBuilder();
        delimiters.forEach(d -> d.chars().forEach(c -> cls.append(classChar((char) c))));
        this.notDelimiter = delimiters.isEmpty() ? "." : "[^" + cls + "]";
    }

    /** A character as a regex character-class member: letters and digits as they are, the rest escaped. */
    private static String classChar(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }

    /** The regex for {@code glob}; {@code delimiters} empty means none (OPA passes ["."] for []). */
    static Pattern compile(String glob, List<String> delimiters) {
        Glob g = new Glob(glob, delimiters);
        String regex = g.sequence(false);
        if (g.at < glob.length()) {
            throw new RegoException("glob.match: unexpected " + glob.charAt(g.at) + " in " + Values.quote(glob));
        }
        return Pattern.compile(regex, Pattern.DOTALL);
    }

    /** Up to the end, or (inside braces) up to the ',' or '}' that ends this alternative. */
    private String sequence(boolean inBraces) {
        StringBuilder out = new StringBuilder();
        while (at < glob.length()) {
            char c = glob.charAt(at);
            if (inBraces && (c == ',' || c == '}')) {
                break;
            }
            at++;
            switch (c) {
                case '*' -> {
                    if (at < glob.length() && glob.charAt(at) == '*') {
                        at++;
                        out.append(".*");
                    } else {
                        out.append(notDelimiter).append('*');
                    }
                }
                case '?' -> out.append(notDelimiter);
                case '[' -> out.append(characterClass());
                case '{' -> out.append(alternatives());
                case '\\' -> {
                    if (at >= glob.length()) {
                        throw new RegoException("glob.match: a pattern cannot end with an escape: " + Values.quote(glob));
                    }
                    out.append(Pattern.quote(String.valueOf(glob.charAt(at++))));
                }
                default -> out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private String characterClass() {
        int close = glob.indexOf(']', at);
        if (close < 0) {
            throw new RegoException("glob.match: unclosed [ in " + Values.quote(glob));
        }
        String body = glob.substring(at, close);
        at = close + 1;
        boolean negated = body.startsWith("!");
        if (negated) {
            body = body.substring(1);
        }
        StringBuilder cls = new StringBuilder(negated ? "[^" : "[");
        for (char c : body.toCharArray()) {
            cls.append(c == '-' ? "-" : classChar(c));
        }
        return cls.append(']').toString();
    }

    private String alternatives() {
        StringBuilder out = new StringBuilder("(?:");
        while (true) {
            out.append(sequence(true));
            if (at >= glob.length()) {
                throw new RegoException("glob.match: unclosed { in " + Values.quote(glob));
            }
            char c = glob.charAt(at++);
            if (c == '}') {
                return out.append(')').toString();
            }
            out.append('|');
        }
    }
}
