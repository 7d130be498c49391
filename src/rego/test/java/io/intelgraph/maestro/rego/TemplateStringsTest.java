package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Template strings ({@code $"… {expr} …"}, raw {@code $`…`}): the scanner's rules from OPA's own scanner tests
 * (v1/ast/internal/scanner/scanner_test.go, TestTemplateStrings: escaped braces, raw strings across lines, a lone
 * {@code $}) and internal.template_string's output from the OPA project's Swift port's tests
 * (open-policy-agent/swift-opa, interpolationTests: undefined, primitives, collections in Rego's syntax, a conflict).
 */
class TemplateStringsTest {

    private static Object value(String rego, Map<String, Object> input) {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", "package p\n" + rego + "\n"));
        return policy.query("data.p.s = x", input, null, true).getFirst().get("x");
    }

    @Test
    void expressionsUndefinedPartsAndEscapedBraces() {
        assertEquals("Hello, alice!", value("s := $\"Hello, {input.name}!\"", Map.of("name", "alice")));
        assertEquals("owner: <undefined>", value("s := $\"owner: {input.owner}\"", Map.of()),
                "an undefined expression does not make the string undefined");
        assertEquals("foo {1 + 2} bar", value("s := $\"foo \\{1 + 2} bar\"", Map.of()));
        assertEquals("foo {1 + 2} bar", value("s := $\"foo \\{1 + 2\\} bar\"", Map.of()));
        assertEquals("foo {1 + 2}", value("s := $\"foo \\{{1} + 2}\"", Map.of()), "an escaped brace, then an expression");
        assertEquals("3 says \"hi\"", value("s := $\"{1 + 2} says \\\"hi\\\"\"", Map.of()), "a string's escapes");
        assertEquals("", value("s := $\"\"", Map.of()));
        assertEquals("count: 2", value("s := $\"count: {count(input.xs)}\"", Map.of("xs", List.of(1, 2))));
        assertEquals("{\"a\": 1}", value("s := $\"{ {\"a\": 1} }\"", Map.of()), "braces of the expression's own");
    }

    @Test
    void rawTemplateStringsSpanLinesAndKeepBackslashes() {
        assertEquals("first\nsecond alice \\n {x}", value("s := $`first\nsecond {input.name} \\n \\{x}`",
                Map.of("name", "alice")));
    }

    @Test
    void valuesAreWrittenInRegoSyntaxAsSwiftOpasTestsExpect() {
        Set<Object> mixed = new LinkedHashSet<>(List.of("d", 42, 4.2, false));
        Map<String, Object> input = new HashMap<>(Map.of("empty", List.of(), "ab", List.of("a", "b"),
                "mixed", mixed, "de", Map.of("d", "e"), "fghi", Map.of("f", "g", "h", "i")));
        assertEquals("foo 42 4.2 false null", value("s := $\"{\"foo\"} {42} {4.2} {false} {null}\"", input));
        assertEquals("[] [\"a\", \"b\"] set() {\"c\"} {false, 4.2, 42, \"d\"} {} {\"d\": \"e\"} {\"f\": \"g\", \"h\": \"i\"}",
                value("s := $\"{input.empty} {input.ab} {set()} {{\"c\"}} {{x | some x in input.mixed}} {{}} {input.de} {input.fghi}\"",
                        input));
    }

    @Test
    void aLoneDollarAndMultipleOutputsAreErrors() {
        RegoException dollar = assertThrows(RegoException.class, () -> RegoPolicy.compile(Map.of("p.rego",
                "package p\ns := $ \"foo\"\n")));
        assertTrue(dollar.getMessage().contains("illegal $ character"), dollar.getMessage());
        RegoException many = assertThrows(RegoException.class, () -> value("s := $\"{input.xs[_]}\"",
                Map.of("xs", List.of("foo", "bar"))));
        assertTrue(many.getMessage().contains("template-strings must not produce multiple outputs"), many.getMessage());
    }

    @Test
    void templateStringsNestedWithoutEndAreRefusedNotAStackOverflow() {
        // 5,000 template strings, each inside the previous one's expression: every level is a recursion of the lexer.
        String nested = "$\"{".repeat(5_000) + "1" + "}\"".repeat(5_000);
        RegoException deep = assertThrows(RegoException.class, () -> RegoPolicy.compile(Map.of("p.rego",
                "package p\ns := " + nested + "\n")));
        assertTrue(deep.getMessage().contains("template strings nested more than 32 deep"), deep.getMessage());
        assertEquals("a b 1", value("s := $\"a {$\"b {1}\"}\"", Map.of()), "a few levels are fine");
    }
}
