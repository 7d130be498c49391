package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** strings.render_template's actions and trim markers as Go's text/template reads them, and a hostile template. */
class GoTemplateTest {

    private static Object render(String template, Map<String, Object> vars) {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                out := strings.render_template(input.template, input.vars)
                """));
        return policy.query("data.p.out = x", Map.of("template", template, "vars", vars), null, true).getFirst().get("x");
    }

    @Test
    void trimMarkersEatTheSpaceBesideThem() {
        assertEquals("a-b", render("a  {{- \"-\" -}}  b", Map.of()));
        assertEquals("x= 1 ;", render("x= {{.n}} ;", Map.of("n", 1)));
        assertEquals("[-]", render("[{{ \"-\" }}]", Map.of()));
    }

    @Test
    void thousandsOfUnclosedActionsAreAnErrorFoundInOnePass() {
        // 20,000 "{{" and no "}}" (100 KB): an unclosed action, as Go's text/template says; a lazy pattern took 20 s
        // to find no action in it, and then printed it all as text.
        String hostile = "{{ x\n".repeat(20_000);
        RegoException e = assertThrows(RegoException.class, () -> render(hostile, Map.of()));
        assertTrue(e.getMessage().contains("unclosed action"), e.getMessage());
    }
}
