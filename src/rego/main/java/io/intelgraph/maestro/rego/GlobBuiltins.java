package io.intelgraph.maestro.rego;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static io.intelgraph.maestro.rego.Operands.list;
import static io.intelgraph.maestro.rego.Operands.str;
import static io.intelgraph.maestro.rego.Operands.strings;

/** OPA's glob.go: glob.match ({@link Glob}, compiled once per pattern and delimiters) and glob.quote_meta. */
final class GlobBuiltins implements BuiltinFamily {

    private final Map<String, Pattern> globs = new ConcurrentHashMap<>();

    @Override
    public void register(BuiltinRegistry r) {
        r.add("glob.match", 3, a -> {
            // null: no delimiters at all; an empty array: the default, ".".
            List<String> delimiters = a.get(1) == Values.NULL ? List.of()
                    : list(a.get(1)).isEmpty() ? List.of(".") : strings(a.get(1));
            return globs.computeIfAbsent(str(a.get(0)) + "\u0000" + delimiters, k -> Glob.compile(str(a.get(0)), delimiters))
                    .matcher(str(a.get(2))).matches();
        });
        r.add("glob.quote_meta", 1, a -> str(a.get(0)).replaceAll("([*?\\\\\\[\\]{}])", "\\\\$1"));
    }
}
