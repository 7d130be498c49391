package io.intelgraph.maestro.policy.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Tokens of Rego source; newlines are kept because they separate the expressions of a body. */
final class Lexer {

    enum Kind { IDENT, STRING, NUMBER, PUNCT, NEWLINE, EOF }

    record Token(Kind kind, String text, Object value, int line, int column) {
        boolean is(String punctOrKeyword) {
            return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrKeyword);
        }

        String where() {
            return "line " + line + ":" + column;
        }
    }

    private static final String[] PUNCT = {":=", "==", "!=", "<=", ">=", "(", ")", "[", "]", "{", "}", ",", ".", ";",
        ":", "=", "<", ">", "+", "-", "*", "/", "%", "|", "&"};

    static List<Token> tokenize(String source, String file) {
        List<Token> out = new ArrayList<>();
        int line = 1;
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
                        char e = source.charAt(i + 1);
                        switch (e) {
                            case 'n' -> s.append('\n');
                            case 't' -> s.append('\t');
                            case 'r' -> s.append('\r');
                            case 'b' -> s.append('\b');
                            case 'f' -> s.append('\f');
                            case '"' -> s.append('"');
                            case '\\' -> s.append('\\');
                            case '/' -> s.append('/');
                            case 'u' -> {
                                s.append((char) Integer.parseInt(source.substring(i + 2, i + 6), 16));
                                i += 4;
                            }
                            default -> throw new RegoException(file + ":" + line + ": bad escape \\" + e);
                        }
                        i += 2;
                    } else {
                        s.append(d);
                        i++;
                    }
                }
                out.add(new Token(Kind.STRING, s.toString(), s.toString(), line, column));
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
                out.add(new Token(Kind.NUMBER, text, Values.number(new BigDecimal(text)), line, column));
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

    private Lexer() {
    }
}
