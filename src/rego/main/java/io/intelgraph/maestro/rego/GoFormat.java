package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Go's fmt as Rego's {@code sprintf} and templates' {@code printf} use it. */
final class GoFormat {

    private GoFormat() {
    }

    /**
     * Go's fmt verbs as Rego uses them: %v %s %q %d %f %e %g %x %X %o %b %t %%, with Go's flags
     * ({@code -+ 0#}), a width, a precision ({@code %.2f}) and an explicit argument index
     * ({@code %[1]v}, which does not move the running argument counter).
     */
    static String sprintf(String format, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            i++;
            if (format.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            String flags = "";
            while (i < format.length() && "-+ 0#".indexOf(format.charAt(i)) >= 0) {
                flags += format.charAt(i++);
            }
            Integer explicit = null;
            if (i < format.length() && format.charAt(i) == '[') {
                int close = format.indexOf(']', i);
                explicit = Integer.parseInt(format.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            int width = 0;
            while (i < format.length() && Character.isDigit(format.charAt(i))) {
                width = width * 10 + format.charAt(i++) - '0';
            }
            Integer precision = null;
            if (i < format.length() && format.charAt(i) == '.') {
                int start = ++i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = start == i ? 0 : Integer.parseInt(format.substring(start, i));
            }
            if (i < format.length() && format.charAt(i) == '[') {
                int close = format.indexOf(']', i);
                explicit = Integer.parseInt(format.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            if (i >= format.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            char verb = format.charAt(i);
            int index = explicit != null ? explicit : next++;
            if (index < 0 || index >= args.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            out.append(pad(formatted(verb, flags, precision, args.get(index)), width, flags,
                    args.get(index) instanceof BigDecimal && "dfFeEgGxXob".indexOf(verb) >= 0));
        }
        return out.toString();
    }

    private static String formatted(char verb, String flags, Integer precision, Object value) {
        if (!(value instanceof BigDecimal n)) {
            return switch (verb) {
                // OPA hands sprintf a composite, boolean or null as its text, which %q then quotes.
                case 'q' -> Values.quote(value instanceof String s ? s : Values.format(value));
                case 'x', 'X' -> value instanceof String s ? hex(s, verb == 'X') : Values.format(value);
                default -> Values.format(value);
            };
        }
        if (verb == 'q') {
            return quotedRune(n);
        }
        String sign = n.signum() < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        BigDecimal abs = n.abs();
        String digits = switch (verb) {
            case 'd' -> abs.toBigInteger().toString();
            case 'f', 'F' -> abs.setScale(precision == null ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
            case 'e', 'E', 'g', 'G' -> {
                String java = String.format(Locale.ROOT, "%" + (precision == null ? "" : "." + precision)
                        + (verb == 'g' || verb == 'G' ? 'g' : 'e'), abs.doubleValue());
                // Go writes at least two exponent digits, as Java does; only the case differs.
                yield Character.isUpperCase(verb) ? java.toUpperCase(Locale.ROOT) : java;
            }
            case 'x' -> (flags.contains("#") ? "0x" : "") + abs.toBigInteger().toString(16);
            case 'X' -> (flags.contains("#") ? "0X" : "") + abs.toBigInteger().toString(16).toUpperCase(Locale.ROOT);
            case 'o' -> (flags.contains("#") ? "0" : "") + abs.toBigInteger().toString(8);
            case 'b' -> abs.toBigInteger().toString(2);
            default -> Values.format(abs);
        };
        return sign + digits;
    }

    private static String hex(String s, boolean upper) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(UTF_8)) {
            out.append(String.format(Locale.ROOT, upper ? "%02X" : "%02x", b));
        }
        return out.toString();
    }

    /** Go's width: spaces on the left, on the right with '-', zeros after the sign with '0' (numbers only). */
    private static String pad(String text, int width, String flags, boolean numeric) {
        int length = text.codePointCount(0, text.length());
        if (length >= width) {
            return text;
        }
        String fill = (flags.contains("0") && !flags.contains("-") && numeric ? "0" : " ").repeat(width - length);
        if (flags.contains("-")) {
            return text + fill;
        }
        if (fill.startsWith("0") && !text.isEmpty() && "+- ".indexOf(text.charAt(0)) >= 0) {
            return text.charAt(0) + fill + text.substring(1);
        }
        return fill + text;
    }

    /** Go's %q of an integer: the character with that code, as a quoted rune literal ('A', '\\x01'). */
    private static String quotedRune(BigDecimal n) {
        int code;
        try {
            code = n.intValueExact();
        } catch (ArithmeticException e) {
            return "%!q(float64=" + Values.format(n) + ")";
        }
        if (code < 0 || code > Character.MAX_CODE_POINT || code >= 0xD800 && code <= 0xDFFF) {
            code = 0xFFFD;
        }
        String body = switch (code) {
            case 7 -> "\\a";
            case 8 -> "\\b";
            case 9 -> "\\t";
            case 10 -> "\\n";
            case 11 -> "\\v";
            case 12 -> "\\f";
            case 13 -> "\\r";
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            default -> {
                boolean printable = code >= 0x20 && code != 0x7F && !Character.isISOControl(code)
                        && Character.getType(code) != Character.UNASSIGNED && Character.getType(code) != Character.FORMAT;
                if (printable) {
                    yield Character.toString(code);
                }
                yield code < 0x80 ? String.format(Locale.ROOT, "\\x%02x", code)
                        : code < 0x10000 ? String.format(Locale.ROOT, "\\u%04x", code)
                        : String.format(Locale.ROOT, "\\U%08x", code);
            }
        };
        return "'" + body + "'";
    }
}
