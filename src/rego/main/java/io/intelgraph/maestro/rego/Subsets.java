package io.intelgraph.maestro.rego;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OPA's {@code object.subset(super, sub)}. */
final class Subsets {

    private Subsets() {
    }

    /**
     * Objects: every key of {@code sub} is in {@code sup}, with a value that is (recursively) a subset or equal;
     * sets: every member; arrays: {@code sub} appears contiguously in {@code sup}; an array and a set: every member
     * of the set is in the array.
     */
    static boolean isSubset(Object sup, Object sub) {
        if (sup instanceof Map<?, ?> a && sub instanceof Map<?, ?> b) {
            for (Map.Entry<?, ?> entry : b.entrySet()) {
                if (!a.containsKey(entry.getKey())) {
                    return false;
                }
                Object have = a.get(entry.getKey());
                Object want = entry.getValue();
                boolean nested = have instanceof Map<?, ?> && want instanceof Map<?, ?>
                        || have instanceof Set<?> && want instanceof Set<?>;
                if (nested ? !isSubset(have, want) : !have.equals(want)) {
                    return false;
                }
            }
            return true;
        }
        if (sup instanceof Set<?> a && sub instanceof Set<?> b) {
            return a.containsAll(b);
        }
        if (sup instanceof List<?> a && sub instanceof List<?> b) {
            return b.isEmpty() || Collections.indexOfSubList(a, b) >= 0;
        }
        if (sup instanceof List<?> a && sub instanceof Set<?> b) {
            return a.containsAll(b);
        }
        throw RegoException.typeError("object.subset: both arguments must be objects, sets or arrays (or an array and"
                + " a set), got " + Values.typeName(sup) + " and " + Values.typeName(sub));
    }
}
