package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import static io.intelgraph.maestro.rego.Operands.integer;
import static io.intelgraph.maestro.rego.Operands.list;
import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.members;
import static io.intelgraph.maestro.rego.Operands.num;
import static io.intelgraph.maestro.rego.Operands.str;
import static io.intelgraph.maestro.rego.Operands.strings;

/**
 * OPA's strings.go: searching, cutting, joining and formatting strings, with Go's semantics: {@code count} and the
 * {@code indexof} offsets count runes (code points), {@code sprintf} is Go's fmt ({@link GoFormat}).
 */
final class StringBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("concat", 2, a -> String.join(str(a.get(0)), strings(a.get(1))));
        r.add("contains", 2, a -> str(a.get(0)).contains(str(a.get(1))));
        r.add("startswith", 2, a -> str(a.get(0)).startsWith(str(a.get(1))));
        r.add("endswith", 2, a -> str(a.get(0)).endsWith(str(a.get(1))));
        r.add("lower", 1, a -> str(a.get(0)).toLowerCase(Locale.ROOT));
        r.add("upper", 1, a -> str(a.get(0)).toUpperCase(Locale.ROOT));
        r.add("split", 2, a -> List.<Object>copyOf(List.of(str(a.get(0)).split(Pattern.quote(str(a.get(1))), -1))));
        r.add("strings.split_n", 3, a -> splitN(str(a.get(0)), str(a.get(1)), integer(a.get(2))));
        r.add("replace", 3, a -> str(a.get(0)).replace(str(a.get(1)), str(a.get(2))));
        r.add("strings.replace_n", 2, a -> replaceN(map(a.get(0)), str(a.get(1))));
        r.add("trim", 2, a -> trim(str(a.get(0)), str(a.get(1)), true, true));
        r.add("trim_left", 2, a -> trim(str(a.get(0)), str(a.get(1)), true, false));
        r.add("trim_right", 2, a -> trim(str(a.get(0)), str(a.get(1)), false, true));
        r.add("trim_space", 1, a -> str(a.get(0)).strip());
        r.add("trim_prefix", 2, a -> str(a.get(0)).startsWith(str(a.get(1)))
                ? str(a.get(0)).substring(str(a.get(1)).length()) : str(a.get(0)));
        r.add("trim_suffix", 2, a -> str(a.get(0)).endsWith(str(a.get(1)))
                ? str(a.get(0)).substring(0, str(a.get(0)).length() - str(a.get(1)).length()) : str(a.get(0)));
        r.add("indexof", 2, a -> Values.number(BigDecimal.valueOf(runeIndex(str(a.get(0)), str(a.get(0)).indexOf(str(a.get(1)))))));
        r.add("indexof_n", 2, a -> {
            // Every occurrence, overlapping ones too, as rune (code point) offsets.
            String s = str(a.get(0));
            String sub = str(a.get(1));
            List<Object> out = new ArrayList<>();
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, s.offsetByCodePoints(i, 1))) {
                out.add(Values.number(BigDecimal.valueOf(runeIndex(s, i))));
                if (i >= s.length()) {
                    break;
                }
            }
            return out;
        });
        r.add("strings.count", 2, a -> {
            // Go's strings.Count: non-overlapping; an empty substring counts the gaps between runes.
            String s = str(a.get(0));
            String sub = str(a.get(1));
            if (sub.isEmpty()) {
                return Values.number(BigDecimal.valueOf(s.codePointCount(0, s.length()) + 1L));
            }
            long n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return Values.number(BigDecimal.valueOf(n));
        });
        r.add("strings.reverse", 1, a -> {
            int[] runes = str(a.get(0)).codePoints().toArray();
            StringBuilder out = new StringBuilder();
            for (int i = runes.length - 1; i >= 0; i--) {
                out.appendCodePoint(runes[i]);
            }
            return out.toString();
        });
        r.add("strings.any_prefix_match", 2, a -> anyMatch(a, String::startsWith));
        r.add("strings.any_suffix_match", 2, a -> anyMatch(a, String::endsWith));
        r.add("substring", 3, a -> substring(str(a.get(0)), integer(a.get(1)), integer(a.get(2))));
        r.add("sprintf", 2, a -> GoFormat.sprintf(str(a.get(0)), list(a.get(1))));
        r.add("format_int", 2, a -> {
            int base = integer(a.get(1));
            if (base != 2 && base != 8 && base != 10 && base != 16) {
                throw new TypeMismatch(); // OPA: operand 2 must be one of {2, 8, 10, 16}
            }
            return num(a.get(0)).setScale(0, RoundingMode.DOWN).toBigInteger().toString(base);
        });
    }

    /**
     * One pass, as Go's strings.Replacer: at each position the first pattern (in key order) that matches is
     * replaced, and replaced text is never matched again.
     */
    private static String replaceN(Map<Object, Object> patterns, String text) {
        List<String> olds = new ArrayList<>();
        for (Object key : Values.sorted(patterns.keySet())) {
            olds.add(str(key));
            str(patterns.get(key));
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String hit = null;
            for (String old : olds) {
                if (!old.isEmpty() && text.startsWith(old, i)) {
                    hit = old;
                    break;
                }
            }
            if (hit == null) {
                out.append(text.charAt(i++));
            } else {
                out.append((String) patterns.get(hit));
                i += hit.length();
            }
        }
        return out.toString();
    }

    /** Go's strings.SplitN: at most n parts (the last holds the rest), none for n = 0, all for n < 0. */
    private static List<Object> splitN(String text, String separator, int n) {
        if (n == 0) {
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        int at = 0;
        while (n < 0 || out.size() < n - 1) {
            int hit;
            int next;
            if (separator.isEmpty()) {
                // An empty separator splits after each character (code point), as Go splits after each UTF-8 sequence.
                if (at >= text.length()) {
                    break;
                }
                next = text.offsetByCodePoints(at, 1);
                hit = next;
            } else {
                hit = text.indexOf(separator, at);
                if (hit < 0) {
                    break;
                }
                next = hit + separator.length();
            }
            out.add(text.substring(at, hit));
            at = next;
        }
        if (!separator.isEmpty() || at < text.length()) {
            out.add(text.substring(at));
        }
        return List.copyOf(out);
    }

    /** Whether any search string (one, or an array or set of them) passes the test against any base string. */
    private static boolean anyMatch(List<Object> a, BiPredicate<String, String> test) {
        Collection<Object> searches = a.get(0) instanceof String s ? List.of(s) : members(a.get(0));
        Collection<Object> bases = a.get(1) instanceof String s ? List.of(s) : members(a.get(1));
        for (Object search : searches) {
            for (Object base : bases) {
                if (test.test(str(search), str(base))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String trim(String s, String cutset, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && cutset.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (right && end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    /** A UTF-16 index as Rego counts: in runes (code points); -1 stays -1. */
    private static int runeIndex(String s, int utf16) {
        return utf16 < 0 ? utf16 : s.codePointCount(0, utf16);
    }

    private static String substring(String s, int offset, int length) {
        if (offset < 0) {
            throw new RegoException("substring: negative offset");
        }
        if (offset >= s.length()) {
            return "";
        }
        int end = length < 0 ? s.length() : Math.min(s.length(), offset + length);
        return s.substring(offset, end);
    }
}
