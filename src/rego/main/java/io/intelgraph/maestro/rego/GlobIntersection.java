package io.intelgraph.maestro.rego;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code regex.globs_match}: whether some non-empty string matches both of two regexp-style globs, in the syntax of
 * OPA's library for it (yashtewari/glob-intersection): {@code .} any character, {@code [a-z0-9_]} a class (ranges
 * in order, no negation), {@code +} and {@code *} after a token, {@code \} escaping anything; both globs anchored at
 * both ends. The answer is the exact one: a breadth-first walk of the two globs' product automaton, linear in the
 * product of their lengths (the library's own walk backtracks between stars; its benchmark stops at 15 of them).
 * Globs whose product would exceed {@link #MAX_STATES} positions are refused with an error.
 */
final class GlobIntersection {

    /**
     * At most 8 M states (about 2,000 tokens a glob): 1 MB of bits and at most 32 MB of stack, briefly. OPA's library
     * has no limit, and no need of one for the globs people write.
     */
    static final long MAX_STATES = 8L << 20;

    private GlobIntersection() {
    }

    /** What may follow a token: once, one or more, any number. */
    private enum Repeat { ONCE, PLUS, STAR }

    /**
     * One position of a glob: the characters it accepts ({@code ranges} as inclusive code point pairs, sorted;
     * {@code null} for any) and how often.
     */
    private record Token(int[] ranges, Repeat repeat) {

        boolean overlaps(Token other) {
            if (ranges == null) {
                return other.ranges == null || other.ranges.length > 0;
            }
            if (other.ranges == null) {
                return ranges.length > 0;
            }
            for (int i = 0; i < ranges.length; i += 2) {
                for (int j = 0; j < other.ranges.length; j += 2) {
                    if (ranges[i] <= other.ranges[j + 1] && other.ranges[j] <= ranges[i + 1]) {
                        return true;
                    }
                }
            }
            return false;
        }

        Token repeated(Repeat next) {
            return new Token(ranges, next);
        }
    }

    /** True if a non-empty string matches both globs; a {@link RegoException} names the first glob error. */
    static boolean nonEmpty(String left, String right) {
        List<Token> a = tokens(left);
        List<Token> b = tokens(right);
        if ((a.size() + 1L) * (b.size() + 1L) * 2 > MAX_STATES) {
            throw new RegoException("regex.globs_match: globs of " + a.size() + " and " + b.size()
                    + " tokens are too long to compare (at most " + MAX_STATES / 2 + " pairs of positions in them)");
        }
        return new Walk(a, b).reachesBothEnds();
    }

    /**
     * The product automaton's walk. A state is a position in each glob plus whether a character has been read (the
     * empty string does not count), numbered {@code ((i * (b + 1)) + j) * 2 + read}; each is pushed at most once.
     * A STAR token may be skipped; a PLUS or STAR token that read a character may read more or be left.
     */
    private static final class Walk {

        private final List<Token> a;
        private final List<Token> b;
        private final int width;
        private final BitSet seen = new BitSet();
        private int[] stack = new int[64];
        private int size;

        Walk(List<Token> a, List<Token> b) {
            this.a = a;
            this.b = b;
            this.width = b.size() + 1;
        }

        boolean reachesBothEnds() {
            push(0, 0, 0);
            while (size > 0) {
                int state = stack[--size];
                int read = state & 1;
                int i = (state >> 1) / width;
                int j = (state >> 1) % width;
                if (i == a.size() && j == b.size() && read == 1) {
                    return true;
                }
                if (i < a.size() && a.get(i).repeat() == Repeat.STAR) {
                    push(i + 1, j, read);
                }
                if (j < b.size() && b.get(j).repeat() == Repeat.STAR) {
                    push(i, j + 1, read);
                }
                if (i < a.size() && j < b.size() && a.get(i).overlaps(b.get(j))) {
                    boolean aStays = a.get(i).repeat() != Repeat.ONCE;
                    boolean bStays = b.get(j).repeat() != Repeat.ONCE;
                    push(i + 1, j + 1, 1);
                    if (aStays) {
                        push(i, j + 1, 1);
                    }
                    if (bStays) {
                        push(i + 1, j, 1);
                    }
                    if (aStays && bStays) {
                        push(i, j, 1);
                    }
                }
            }
            return false;
        }

        private void push(int i, int j, int read) {
            int state = (i * width + j) * 2 + read;
            if (!seen.get(state)) {
                seen.set(state);
                if (size == stack.length) {
                    stack = Arrays.copyOf(stack, size * 2);
                }
                stack[size++] = state;
            }
        }
    }

    /** The library's tokenizer's rules, with its errors' meaning (positions are code points). */
    private static List<Token> tokens(String glob) {
        int[] cps = glob.codePoints().toArray();
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < cps.length) {
            int c = cps[at];
            if (c == '\\') {
                Char escaped = Char.at(glob, cps, at);
                tokens.add(new Token(new int[] {escaped.codePoint(), escaped.codePoint()}, Repeat.ONCE));
                at = escaped.next();
            } else if (c == '+' || c == '*') {
                Repeat repeat = c == '+' ? Repeat.PLUS : Repeat.STAR;
                if (tokens.isEmpty() || tokens.getLast().repeat() != Repeat.ONCE) {
                    throw invalid(glob, at, "flag '" + (char) c + "' must be preceded by a non-flag");
                }
                tokens.set(tokens.size() - 1, tokens.getLast().repeated(repeat));
                at++;
            } else if (c == '.') {
                tokens.add(new Token(null, Repeat.ONCE));
                at++;
            } else if (c == ']') {
                throw invalid(glob, at, "set-close ']' with no preceding '['");
            } else if (c == '[') {
                at = charClass(glob, cps, at + 1, tokens);
            } else {
                tokens.add(new Token(new int[] {c, c}, Repeat.ONCE));
                at++;
            }
        }
        return tokens;
    }

    /** One character of a glob at {@code at}, unescaped: the code point, whether it was escaped, and where the next begins. */
    private record Char(int codePoint, boolean escaped, int next) {

        static Char at(String glob, int[] cps, int at) {
            if (cps[at] != '\\') {
                return new Char(cps[at], false, at + 1);
            }
            if (at + 1 == cps.length) {
                throw invalid(glob, at, "input ends with a \\ (escape) character");
            }
            return new Char(cps[at + 1], true, at + 2);
        }

        boolean is(char special) {
            return !escaped && codePoint == special;
        }
    }

    /** Reads a class from just after its '[' and returns the position after its ']'. */
    private static int charClass(String glob, int[] cps, int at, List<Token> tokens) {
        List<int[]> ranges = new ArrayList<>();
        Integer previous = null;
        while (at < cps.length) {
            Char c = Char.at(glob, cps, at);
            at = c.next();
            if (c.is(']')) {
                tokens.add(new Token(merged(ranges), Repeat.ONCE));
                return at;
            }
            if (c.is('-')) {
                if (previous == null) {
                    throw invalid(glob, at - 1, "range character '-' must be preceded by a Unicode character");
                }
                if (at >= cps.length) {
                    throw invalid(glob, at - 1, "range character '-' must be followed by a Unicode character");
                }
                Char end = Char.at(glob, cps, at);
                at = end.next();
                if (end.is(']') || end.is('-')) {
                    throw invalid(glob, at - 1, "range character '-' cannot be followed by a special symbol");
                }
                if (end.codePoint() < previous) {
                    throw invalid(glob, at - 1, "range is out of order: '" + Character.toString(end.codePoint())
                            + "' comes before '" + Character.toString(previous) + "' in Unicode");
                }
                ranges.add(new int[] {previous, end.codePoint()});
                previous = null;
            } else {
                ranges.add(new int[] {c.codePoint(), c.codePoint()});
                previous = c.codePoint();
            }
        }
        throw invalid(glob, at, "found [ without matching ]");
    }

    private static int[] merged(List<int[]> ranges) {
        ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            if (!out.isEmpty() && r[0] <= out.getLast()[1] + 1) {
                out.getLast()[1] = Math.max(out.getLast()[1], r[1]);
            } else {
                out.add(r.clone());
            }
        }
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0];
            flat[2 * i + 1] = out.get(i)[1];
        }
        return flat;
    }

    private static RegoException invalid(String glob, int at, String why) {
        return new RegoException("regex.globs_match: the input provided is invalid: pos:" + at + ":" + why
                + " in " + Values.quote(glob));
    }
}
