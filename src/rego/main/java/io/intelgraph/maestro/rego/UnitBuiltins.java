package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import static io.intelgraph.maestro.rego.Operands.str;

/** OPA's parse_units.go and parse_bytes.go: Kubernetes-style quantities ("512Mi", "500m") as numbers. */
final class UnitBuiltins implements BuiltinFamily {

    private static final BigDecimal KILO = BigDecimal.valueOf(1000);
    private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
    private static final String PREFIXES = "kmgtpe";

    @Override
    public void register(BuiltinRegistry r) {
        r.add("units.parse_bytes", 1, a -> units("units.parse_bytes", "byte amount", str(a.get(0)), true));
        r.add("units.parse", 1, a -> units("units.parse", "amount", str(a.get(0)), false));
    }

    /**
     * A decimal number and a unit — SI (k, M, G … E) or binary (Ki, Mi … Ei); bytes also take a trailing "b"
     * and ignore case, units.parse reads "m" as milli and "M" as mega. Bytes are whole numbers (truncated),
     * units may be fractional.
     */
    private static Object units(String name, String what, String text, boolean bytes) {
        String s = text.replace("\"", "");
        if (s.contains(" ")) {
            throw new RegoException(name + ": spaces not allowed in resource strings");
        }
        int split = 0;
        while (split < s.length() && (Character.isDigit(s.charAt(split)) || s.charAt(split) == '.')) {
            split++;
        }
        if (split == 0) {
            throw new RegoException(name + ": no " + what + " provided");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(s.substring(0, split));
        } catch (NumberFormatException e) {
            throw new RegoException(name + ": could not parse " + what + " to a number");
        }
        String unit = s.substring(split);
        BigDecimal factor;
        if (!bytes && unit.equals("m")) {
            factor = new BigDecimal("0.001");
        } else {
            String u = unit.toLowerCase(Locale.ROOT);
            if (bytes && u.endsWith("b")) {
                u = u.substring(0, u.length() - 1);
            }
            int power = u.isEmpty() ? 0 : PREFIXES.indexOf(u.charAt(0)) + 1;
            boolean binary = u.length() == 2 && u.charAt(1) == 'i';
            if (u.length() > 2 || power == 0 && !u.isEmpty() || u.length() == 2 && !binary) {
                throw new RegoException(name + ": " + (bytes ? "byte " : "") + "unit " + unit + " not recognized");
            }
            factor = (binary ? KIBI : KILO).pow(power);
        }
        BigDecimal value = amount.multiply(factor);
        return Values.number(bytes ? value.setScale(0, RoundingMode.DOWN) : value.stripTrailingZeros());
    }
}
