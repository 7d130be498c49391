package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Tokens of Rego source; newlines are kept because they separate the expressions of a body. */
final class Lexer {

    /** TEMPLATE: a template string; its value is its parts, each literal text or the tokens of an expression. */
    enum Kind { IDENT, STRING, NUMBER, PUNCT, NEWLINE, TEMPLATE, EOF }

    record Token(Kind kind, String text, Object value, int line, int column) {
        boolean is(String punctOrKeyword) {
            return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrKeyword);
        }

        String where() {
            return "line " + line + ":" + column;
        }
    }

    /** Template strings inside template expressions, at most: each level is a recursion of the lexer. */
    private static final int MAX_TEMPLATE_DEPTH = 32;

    private static final String[] PUNCT = {":=", "==", "!=", "<=", ">=", "(", ")", "[", "]", "{", "}", ",", ".", ";",
        ":", "=", "<", ">", "+", "-", "*", "/", "%", "|", "&"};

    static List<Token> tokenize(String source, String file) {
        return tokenize(source, file, 1, 0);
    }

    /** @param templateDepth how many template expressions enclose this source (bounded: each is a recursion) */
    private static List<Token> tokenize(String source, String file, int firstLine, int templateDepth) {
        List<Token> out = new ArrayList<>();
        int line = firstLine;
        int lineStart = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int column = i - lineStart + 1;
            if (c == '\n') {
                out.add(new Token(Kind.NEWLINE, "\n", null, line, column));
                line++;
                i++;
                lineStart = i;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"') {
                StringBuilder s = new StringBuilder();
                i++;
                while (true) {
                    if (i >= source.length() || source.charAt(i) == '\n') {
                        throw new RegoException(file + ":" + line + ": unterminated string");
                    }
                    char d = source.charAt(i);
                    if (d == '"') {
                        i++;
                        break;
                    }
                    if (d == '\\') {
                        if (i + 1 >= source.length()) {
                            throw new RegoException(file + ":" + line + ": unterminated string");
                        }
                        i = escape(source, i, s, file, line);
                    } else {
                        s.append(d);
                        i++;
                    }
                }
                out.add(new Token(Kind.STRING, s.toString(), s.toString(), line, column));
            } else if (c == '$') {
                TemplateScan scan = template(source, i, file, line, templateDepth);
                out.add(new Token(Kind.TEMPLATE, source.substring(i, scan.end()), scan.parts(), line, column));
                line = scan.line();
                i = scan.end();
            } else if (c == '`') {
                int end = source.indexOf('`', i + 1);
                if (end < 0) {
                    throw new RegoException(file + ":" + line + ": unterminated raw string");
                }
                String s = source.substring(i + 1, end);
                for (char d : s.toCharArray()) {
                    if (d == '\n') {
                        line++;
                    }
                }
                out.add(new Token(Kind.STRING, s, s, line, column));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.'
                        || source.charAt(i) == 'e' || source.charAt(i) == 'E'
                        || (source.charAt(i) == '-' || source.charAt(i) == '+') && (source.charAt(i - 1) == 'e'
                        || source.charAt(i - 1) == 'E'))) {
                    i++;
                }
                String text = source.substring(start, i);
                out.add(new Token(Kind.NUMBER, text, Values.number(number(text, file, line, column)), line, column));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                    i++;
                }
                String text = source.substring(start, i);
                out.add(new Token(Kind.IDENT, text, null, line, column));
            } else {
                String match = null;
                for (String p : PUNCT) {
                    if (source.startsWith(p, i)) {
                        match = p;
                        break;
                    }
                }
                if (match == null) {
                    throw new RegoException(file + ":" + line + ":" + column + ": unexpected character '" + c + "'");
                }
                out.add(new Token(Kind.PUNCT, match, null, line, column));
                i += match.length();
            }
        }
        out.add(new Token(Kind.EOF, "", null, line, 1));
        return out;
    }

    /** A template string's parts, where it ends and the line it ends on. */
    private record TemplateScan(List<Object> parts, int end, int line) {
    }

    /**
     * A template string ({@code $"… {expr} …"}, or raw {@code $`…`} across lines) from its {@code $}, as OPA's
     * scanner reads one: {@code \{} and {@code \}} are literal braces, a {@code {} opens an expression that runs to
     * its matching {@code }} (braces inside the expression's own strings do not count), and the text between keeps a
     * string's escapes ({@code $"}) or none ({@code $`}).
     */
    private static TemplateScan template(String source, int dollar, String file, int startLine, int depth) {
        if (depth == MAX_TEMPLATE_DEPTH) {
            throw new RegoException(file + ":" + startLine + ": template strings nested more than " + MAX_TEMPLATE_DEPTH
                    + " deep");
        }
        if (dollar + 1 >= source.length() || source.charAt(dollar + 1) != '"' && source.charAt(dollar + 1) != '`') {
            throw new RegoException(file + ":" + startLine + ": illegal $ character");
        }
        boolean raw = source.charAt(dollar + 1) == '`';
        char close = raw ? '`' : '"';
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int line = startLine;
        int i = dollar + 2;
        while (true) {
            if (i >= source.length() || !raw && source.charAt(i) == '\n') {
                throw new RegoException(file + ":" + startLine + ": unterminated template string");
            }
            char c = source.charAt(i);
            if (c == close) {
                break;
            }
            if (c == '\\' && i + 1 < source.length() && (source.charAt(i + 1) == '{' || source.charAt(i + 1) == '}')) {
                text.append(source.charAt(i + 1));
                i += 2;
            } else if (c == '\\' && !raw) {
                if (i + 1 >= source.length()) {
                    throw new RegoException(file + ":" + line + ": unterminated template string");
                }
                i = escape(source, i, text, file, line);
            } else if (c == '{') {
                if (!text.isEmpty()) {
                    parts.add(text.toString());
                    text.setLength(0);
                }
                int end = expressionEnd(source, i + 1, file, line);
                List<Token> tokens = tokenize(source.substring(i + 1, end), file, line, depth + 1);
                if (tokens.stream().allMatch(t -> t.kind() == Kind.EOF || t.kind() == Kind.NEWLINE)) {
                    throw new RegoException(file + ":" + line + ": empty template expression");
                }
                parts.add(tokens);
                line = tokens.getLast().line();
                i = end + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                text.append(c);
                i++;
            }
        }
        if (!text.isEmpty() || parts.isEmpty()) {
            parts.add(text.toString());
        }
        return new TemplateScan(List.copyOf(parts), i + 1, line);
    }

    /** The index of the brace closing an expression that starts at {@code from}, skipping the expression's strings. */
    private static int expressionEnd(String source, int from, String file, int line) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                for (i++; i < source.length() && source.charAt(i) != '"'; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '`') {
                i = source.indexOf('`', i + 1);
                if (i < 0) {
                    break;
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new RegoException(file + ":" + line + ": unterminated template expression");
    }

    /**
     * Appends the character a string's escape stands for ({@code \\n}, {@code \\uXXXX}…), the backslash at
     * {@code backslash} and a character after it; returns the index after the escape.
     */
    private static int escape(String source, int backslash, StringBuilder out, String file, int line) {
        char e = source.charAt(backslash + 1);
        if (e == 'u') {
            out.append(unicodeEscape(source, backslash + 2, file, line));
            return backslash + 6;
        }
        out.append(switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case '"', '\\', '/' -> e;
            default -> throw new RegoException(file + ":" + line + ": bad escape \\" + e);
        });
        return backslash + 2;
    }

    /** The four hex digits of a {@code \\uXXXX} escape starting at {@code at}. */
    private static char unicodeEscape(String source, int at, String file, int line) {
        if (at + 4 > source.length()) {
            throw new RegoException(file + ":" + line + ": bad escape \\u: four hex digits expected");
        }
        String hex = source.substring(at, at + 4);
        for (int k = 0; k < hex.length(); k++) {
            if (!HexFormat.isHexDigit(hex.charAt(k))) {
                throw new RegoException(file + ":" + line + ": bad escape \\u" + hex + ": four hex digits expected");
            }
        }
        return (char) Integer.parseInt(hex, 16);
    }

    /** A JSON number as the lexer's loose scan took it ({@code 1e}, {@code 1.2.3} are not one). */
    private static BigDecimal number(String text, String file, int line, int column) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RegoException(file + ":" + line + ":" + column + ": '" + text + "' is not a number");
        }
    }

    private Lexer() {
    }
}
