package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.intelgraph.maestro.rego.Operands.members;
import static io.intelgraph.maestro.rego.Operands.str;

/**
 * OPA's cidr.go: IPv4 and IPv6 networks ({@link Cidr}). Addresses are literals only: nothing here ever makes a
 * DNS lookup (net.lookup_ip_addr is not implemented).
 */
final class CidrBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("net.cidr_contains", 2, a -> Cidr.parse(str(a.get(0)), "net.cidr_contains")
                .contains(Cidr.parse(str(a.get(1)), "net.cidr_contains")));
        r.add("net.cidr_intersects", 2, a -> Cidr.parse(str(a.get(0)), "net.cidr_intersects")
                .intersects(Cidr.parse(str(a.get(1)), "net.cidr_intersects")));
        // Deprecated in OPA 1.x for net.cidr_contains, which it computes.
        r.add("net.cidr_overlap", 2, a -> Cidr.parse(str(a.get(0)), "net.cidr_overlap")
                .contains(Cidr.parse(str(a.get(1)), "net.cidr_overlap")));
        r.add("net.cidr_is_valid", 1, a -> {
            if (!(a.get(0) instanceof String text) || !text.contains("/")) {
                return false;
            }
            try {
                Cidr.parse(text, "net.cidr_is_valid");
                return true;
            } catch (RegoException e) {
                return false;
            }
        });
        r.add("net.cidr_expand", 1, a -> {
            String text = str(a.get(0));
            if (!text.contains("/")) {
                throw new RegoException("net.cidr_expand: invalid CIDR address: " + text);
            }
            Cidr cidr;
            try {
                cidr = Cidr.parse(text, "net.cidr_expand");
            } catch (RegoException e) {
                throw new RegoException("net.cidr_expand: invalid CIDR address: " + text);
            }
            return new LinkedHashSet<Object>(cidr.addresses());
        });
        r.add("net.cidr_merge", 1, a -> {
            List<Cidr> cidrs = new ArrayList<>();
            for (Object member : members(a.get(0))) {
                cidrs.add(Cidr.parseForMerge(str(member)));
            }
            return List.<Object>copyOf(Cidr.merge(cidrs));
        });
        r.add("net.cidr_contains_matches", 2, a -> {
            Set<Object> out = new LinkedHashSet<>();
            Map<Object, String> cidrs = entries(a.get(0), 1);
            Map<Object, String> targets = entries(a.get(1), 2);
            cidrs.forEach((ck, cv) -> {
                Cidr network = Cidr.parse(cv, "net.cidr_contains_matches");
                targets.forEach((tk, tv) -> {
                    if (network.contains(Cidr.parse(tv, "net.cidr_contains_matches"))) {
                        out.add(List.of(ck, tk));
                    }
                });
            });
            return out;
        });
    }

    /**
     * The operands of net.cidr_contains_matches: a string (its own key), an array (keys are indexes), a set (keys
     * are the members) or an object; an element is a CIDR string or a non-empty array whose first item is one.
     */
    private static Map<Object, String> entries(Object operand, int position) {
        Map<Object, Object> keyed = new LinkedHashMap<>();
        if (operand instanceof String s) {
            keyed.put(s, s);
        } else if (operand instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                keyed.put(Values.number(BigDecimal.valueOf(i)), list.get(i));
            }
        } else if (operand instanceof Set<?> set) {
            set.forEach(m -> keyed.put(m, m));
        } else if (operand instanceof Map<?, ?> map) {
            map.forEach(keyed::put);
        } else {
            throw new TypeMismatch();
        }
        Map<Object, String> out = new LinkedHashMap<>();
        keyed.forEach((key, element) -> {
            Object cidr = element instanceof List<?> tuple && !tuple.isEmpty() ? tuple.get(0) : element;
            if (!(cidr instanceof String text)) {
                throw new RegoException("net.cidr_contains_matches: operand " + position
                        + ": element must be string or non-empty array");
            }
            out.put(key, text);
        });
        return out;
    }
}
