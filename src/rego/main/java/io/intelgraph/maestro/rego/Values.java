package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rego values as Java objects: JSON null is {@link #NULL}, numbers are normalized BigDecimals (so
 * 1 and 1.0 are equal), strings, booleans, arrays are Lists, objects are Maps, sets are Sets. A
 * Java {@code null} means "undefined".
 */
final class Values {

    enum Null { NULL;

        @Override
        public String toString() {
            return "null";
        }
    }

    static final Null NULL = Null.NULL;

    private Values() {
    }

    static BigDecimal number(BigDecimal n) {
        return n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
    }

    /** Converts plain Java data (Jackson's untyped maps, lists, numbers) into Rego values. */
    static Object of(Object java) {
        if (java == null) {
            return NULL;
        }
        if (java instanceof Null || java instanceof String || java instanceof Boolean) {
            return java;
        }
        if (java instanceof BigDecimal b) {
            return number(b);
        }
        if (java instanceof Number n) {
            return number(new BigDecimal(n.toString()));
        }
        if (java instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(of(k), of(v)));
            return out;
        }
        if (java instanceof Set<?> set) {
            Set<Object> out = new LinkedHashSet<>();
            set.forEach(v -> out.add(of(v)));
            return out;
        }
        if (java instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(of(v)));
            return out;
        }
        if (java instanceof Object[] array) {
            return of(List.of(array));
        }
        throw new RegoException("cannot use a " + java.getClass().getSimpleName() + " as a Rego value");
    }

    /** Rego's truthiness for a body expression: anything defined but false. */
    static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v);
    }

    static String typeName(Object v) {
        if (v == NULL) {
            return "null";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof BigDecimal) {
            return "number";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof Map) {
            return "object";
        }
        if (v instanceof Set) {
            return "set";
        }
        return "undefined";
    }

    private static int rank(Object v) {
        return switch (typeName(v)) {
            case "null" -> 0;
            case "boolean" -> 1;
            case "number" -> 2;
            case "string" -> 3;
            case "array" -> 4;
            case "object" -> 5;
            default -> 6;
        };
    }

    /** OPA's total order: null < booleans < numbers < strings < arrays < objects < sets. */
    static final Comparator<Object> ORDER = Values::compare;

    @SuppressWarnings("unchecked")
    static int compare(Object a, Object b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        return switch (ra) {
            case 0 -> 0;
            case 1 -> Boolean.compare((Boolean) a, (Boolean) b);
            case 2 -> ((BigDecimal) a).compareTo((BigDecimal) b);
            case 3 -> ((String) a).compareTo((String) b);
            case 4 -> compareLists((List<Object>) a, (List<Object>) b);
            case 5 -> compareLists(sortedEntries((Map<Object, Object>) a), sortedEntries((Map<Object, Object>) b));
            default -> compareLists(sorted((Set<Object>) a), sorted((Set<Object>) b));
        };
    }

    private static int compareLists(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static List<Object> sorted(Collection<Object> values) {
        List<Object> list = new ArrayList<>(values);
        list.sort(ORDER);
        return list;
    }

    private static List<Object> sortedEntries(Map<Object, Object> map) {
        List<Object> out = new ArrayList<>();
        for (Object key : sorted(map.keySet())) {
            out.add(List.of(key, map.get(key)));
        }
        return out;
    }

    /** The text {@code sprintf("%v")} and error messages show: JSON-like, sets in braces, keys sorted. */
    @SuppressWarnings("unchecked")
    static String format(Object v) {
        if (v == null) {
            return "undefined";
        }
        if (v instanceof String s) {
            return s;
        }
        return json(v, false);
    }

    private static final BigDecimal MAX_FLOAT64 = new BigDecimal(Double.MAX_VALUE);

    @SuppressWarnings("unchecked")
    static String json(Object v, boolean quoteStrings) {
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof BigDecimal b) {
            if (b.abs().compareTo(MAX_FLOAT64) > 0) {
                // Beyond float64 OPA keeps the number's own text (2e308), not hundreds of digits.
                BigDecimal stripped = b.stripTrailingZeros();
                return stripped.unscaledValue() + "e" + -stripped.scale();
            }
            return b.scale() <= 0 ? b.toBigInteger().toString() : b.toPlainString();
        }
        if (v instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                out.append(json(it.next(), true));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append("]").toString();
        }
        if (v instanceof Set<?> set) {
            if (set.isEmpty()) {
                return "set()";
            }
            StringBuilder out = new StringBuilder("{");
            for (Iterator<Object> it = sorted((Set<Object>) set).iterator(); it.hasNext(); ) {
                out.append(json(it.next(), true));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append("}").toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<Object> it = sorted((Collection<Object>) map.keySet()).iterator(); it.hasNext(); ) {
                Object key = it.next();
                out.append(json(key, true)).append(": ").append(json(map.get(key), true));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append("}").toString();
        }
        return String.valueOf(v);
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Plain Java data (for callers outside the engine): sets become sorted lists. */
    @SuppressWarnings("unchecked")
    static Object toJava(Object v) {
        if (v == NULL) {
            return null;
        }
        if (v instanceof BigDecimal b) {
            return b.scale() <= 0 && b.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? (Object) b.longValue() : b;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Values::toJava).toList();
        }
        if (v instanceof Set<?> set) {
            return sorted((Set<Object>) set).stream().map(Values::toJava).toList();
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(toJava(k), toJava(val)));
            return out;
        }
        return v;
    }

    static Set<Object> sortedSet(Collection<Object> values) {
        Set<Object> out = new TreeSet<>(ORDER);
        out.addAll(values);
        return new LinkedHashSet<>(out);
    }
}
