package io.intelgraph.maestro.rego;

import static io.intelgraph.maestro.rego.Operands.map;
import static io.intelgraph.maestro.rego.Operands.str;

/** OPA's template.go: strings.render_template, Go's text/template ({@link GoTemplate}, the common subset). */
final class TemplateBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("strings.render_template", 2, a -> GoTemplate.render(str(a.get(0)), map(a.get(1))));
    }
}
