package io.intelgraph.maestro.rego;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.intelgraph.maestro.rego.Operands.list;
import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.str;

/**
 * OPA's template.go: strings.render_template, Go's text/template ({@link GoTemplate}, the common subset); and
 * template_string.go: internal.template_string, which template strings ({@code $"… {expr} …"}) are lowered to.
 */
final class TemplateBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("strings.render_template", 2, a -> GoTemplate.render(str(a.get(0)), map(a.get(1))));
        // Each expression arrives as the set of its values (the parser wraps it in a set comprehension): none shows
        // as "<undefined>", as print shows it, and more than one is OPA's conflict.
        r.add("internal.template_string", 1, a -> {
            StringBuilder out = new StringBuilder();
            for (Object part : list(a.get(0))) {
                if (part instanceof Set<?> values) {
                    if (values.size() > 1) {
                        throw new RegoException("template-strings must not produce multiple outputs");
                    }
                    out.append(values.isEmpty() ? "<undefined>" : Values.format(values.iterator().next()));
                } else if (part instanceof List<?> || part instanceof Map<?, ?>) {
                    throw new RegoException("illegal argument type: " + (part instanceof List<?> ? "array" : "object"));
                } else {
                    out.append(Values.format(part));
                }
            }
            return out.toString();
        });
    }
}
