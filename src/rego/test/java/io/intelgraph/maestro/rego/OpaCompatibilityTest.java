package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the in-process engine answered differently from OPA 1.x (issue 14); each assertion is OPA's answer. */
class OpaCompatibilityTest {

    private static RegoPolicy compile(String... nameThenSource) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSource.length; i += 2) {
            files.put(nameThenSource[i], nameThenSource[i + 1]);
        }
        return RegoPolicy.compile(files);
    }

    private static Optional<Object> eval(RegoPolicy policy, String pkg, String rule, Object input) {
        return policy.evaluate(pkg, rule, input, null);
    }

    @Test
    void v0ChainedRuleBodiesAreDefinitionsOfOneRule() {
        RegoPolicy policy = compile("p.rego", """
                package p
                f(x) = y { x == 1; y := "one" } { x == 2; y := "two" }
                a = f(2)
                b = f(1)
                """);
        assertEquals(Optional.of("two"), eval(policy, "p", "a", Map.of()));
        assertEquals(Optional.of("one"), eval(policy, "p", "b", Map.of()));
    }

    @Test
    void importsMayFollowRules() {
        RegoPolicy policy = compile("p.rego", """
                package p
                limits := {"cpu": 2}
                import data.p.limits as l
                cpu := l.cpu
                """);
        assertEquals(Optional.of(2L), eval(policy, "p", "cpu", Map.of()));
    }

    @Test
    void anImportedFunctionIsCalledByItsShortName() {
        RegoPolicy policy = compile("lib.rego", """
                package lib
                f(x) := x + 1
                """, "p.rego", """
                package p
                import data.lib.f
                y := f(1)
                """);
        assertEquals(Optional.of(2L), eval(policy, "p", "y", Map.of()));
    }

    @Test
    void importsOfInputAndOfDataItself() {
        RegoPolicy policy = compile("p.rego", """
                package p
                import input as tf
                import input.request as req
                import data
                kind := tf.kind
                user := req.user
                own := data.p.kind
                """);
        Map<String, Object> input = Map.of("kind", "Pod", "request", Map.of("user", "alice"));
        assertEquals(Optional.of("Pod"), eval(policy, "p", "kind", input));
        assertEquals(Optional.of("alice"), eval(policy, "p", "user", input));
        assertEquals(Optional.of("Pod"), eval(policy, "p", "own", input));
    }

    @Test
    void walkHasAFunctionalForm() {
        RegoPolicy policy = compile("p.rego", """
                package p
                paths contains p if { [p, v] := walk(input); v == 1 }
                """);
        assertEquals(Optional.of(List.of(List.of("a", "b"))), eval(policy, "p", "paths", Map.of("a", Map.of("b", 1))));
    }

    @Test
    void aSetLookupByAPatternBindsItsVariables() {
        RegoPolicy policy = compile("p.rego", """
                package p
                s := {{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3, "b": "x"}}
                t contains v if s[{"a": v, "b": "x"}]
                """);
        assertEquals(Optional.of(List.of(1L, 3L)), eval(policy, "p", "t", Map.of()));
    }

    @Test
    void bodyExpressionsAreReorderedForSafety() {
        RegoPolicy policy = compile("p.rego", """
                package p
                y := o if {
                    o := {"r": r}
                    r := concat(",", ["a", "b"])
                }
                zs := [z | z := {"r": r}; r := upper("q")]
                """);
        assertEquals(Optional.of(Map.of("r", "a,b")), eval(policy, "p", "y", Map.of()));
        assertEquals(Optional.of(List.of(Map.of("r", "Q"))), eval(policy, "p", "zs", Map.of()));
    }

    @Test
    void aZeroArgumentFunctionIsAPlainRule() {
        RegoPolicy policy = compile("p.rego", """
                package p
                c() := {"k": 1}
                k := c.k
                called := c()
                """);
        assertEquals(Optional.of(1L), eval(policy, "p", "k", Map.of()));
        assertEquals(Optional.of(Map.of("k", 1L)), eval(policy, "p", "called", Map.of()));
    }

    @Test
    void notOfAFunctionOverAnUndefinedArgumentIsUndefined() {
        RegoPolicy policy = compile("p.rego", """
                package p
                f(x) if x == 1
                p if not f(input.missing)
                q if not startswith(lower(input.missing), "a")
                r if not f(input.present)
                """);
        assertEquals(Optional.empty(), eval(policy, "p", "p", Map.of("present", 2)));
        assertEquals(Optional.empty(), eval(policy, "p", "q", Map.of("present", 2)));
        assertEquals(Optional.of(true), eval(policy, "p", "r", Map.of("present", 2)));
    }

    @Test
    void importAliasesBelongToTheirFile() {
        RegoPolicy policy = compile("a.rego", """
                package p
                import data.x as m
                a := m.v
                """, "b.rego", """
                package p
                import data.y as m
                b := m.v
                """);
        Map<String, Object> data = Map.of("x", Map.of("v", "from x"), "y", Map.of("v", "from y"));
        assertEquals(Optional.of("from x"), policy.evaluate("p", "a", Map.of(), data));
        assertEquals(Optional.of("from y"), policy.evaluate("p", "b", Map.of(), data));
    }

    @Test
    void regularExpressionsAreRe2() {
        RegoPolicy policy = compile("p.rego", """
                package p
                posix if regex.match("^[[:alpha:]]+$", "abc")
                replaced := regex.replace("a-b-c", "-(\\\\w)", "+$1")
                """);
        assertEquals(Optional.of(true), eval(policy, "p", "posix", Map.of()));
        assertEquals(Optional.of("a+b+c"), eval(policy, "p", "replaced", Map.of()));
    }

    @Test
    void withReplacesARuleOfThisPackageByItsShortName() {
        RegoPolicy policy = compile("p.rego", """
                package p
                limit := 1
                over if input.n > limit
                mocked if over with limit as 10 with input as {"n": 5}
                plain if over with input as {"n": 5}
                """);
        assertEquals(Optional.empty(), eval(policy, "p", "mocked", Map.of()));
        assertEquals(Optional.of(true), eval(policy, "p", "plain", Map.of()));
    }

    @Test
    void traceObjectSubsetAndCastArray() {
        RegoPolicy policy = compile("p.rego", """
                package p
                t if trace("note")
                sub if object.subset({"a": 1, "b": {"c": 2, "d": 3}}, {"b": {"c": 2}})
                notsub if not object.subset({"a": 1}, {"a": 2})
                arr := cast_array({1})
                parts := strings.split_n("a,b,c", ",", 2)
                sum3 := plus(1, 2)
                """);
        assertEquals(Optional.of(List.of("a", "b,c")), eval(policy, "p", "parts", Map.of()));
        assertEquals(Optional.of(3L), eval(policy, "p", "sum3", Map.of()));
        assertEquals(Optional.of(true), eval(policy, "p", "t", Map.of()));
        assertEquals(Optional.of(true), eval(policy, "p", "sub", Map.of()));
        assertEquals(Optional.of(true), eval(policy, "p", "notsub", Map.of()));
        assertEquals(Optional.of(List.of(1L)), eval(policy, "p", "arr", Map.of()));
    }

    @Test
    void duplicateTestNamesRunSeparately() {
        RegoPolicy policy = compile("p_test.rego", """
                package p
                test_x if 1 == 1
                test_x if 1 == 2
                """);
        List<RegoPolicy.TestResult> results = policy.runTests();
        assertEquals(List.of("test_x", "test_x#01"), results.stream().map(RegoPolicy.TestResult::name).toList());
        assertEquals(List.of(true, false), results.stream().map(RegoPolicy.TestResult::passed).toList());
    }

    @Test
    void regoVersionsV0AndV1() {
        String v0 = """
                package p
                s[x] { x := input.xs[_] }
                """;
        RegoPolicy asV0 = RegoPolicy.compile(Map.of("p.rego", v0), RegoPolicy.Version.V0);
        assertEquals(Optional.of(List.of(1L, 2L)), eval(asV0, "p", "s", Map.of("xs", List.of(1, 2))));
        // v0's "p[x] if" with future.keywords is a set; under import rego.v1 the same head is an object.
        String v1 = """
                package p
                import rego.v1
                s[x] if { x := input.xs[_] }
                """;
        RegoPolicy asV1 = RegoPolicy.compile(Map.of("p.rego", v1), RegoPolicy.Version.V0);
        assertEquals(Optional.of(Map.of(1L, true, 2L, true)), eval(asV1, "p", "s", Map.of("xs", List.of(1, 2))));
        RegoException refused = Assertions.assertThrows(RegoException.class,
                () -> RegoPolicy.compile(Map.of("p.rego", v0), RegoPolicy.Version.V1));
        assertTrue(refused.getMessage().contains("p.rego:2"), refused.getMessage());
    }

    @Test
    void aWithModifierMaySpanLines() {
        // regula/tests/lib/fugue_regula_report_03_test.rego: "x := r with\n data.y as v with\n input as i"
        RegoPolicy policy = compile("p.rego", """
                package p
                limit := 1
                over if input.n > limit
                mocked := r if {
                  r := over with
                    limit as
                      10 with
                    input
                      as {"n": 5}
                }
                plain if {
                  over with
                    input as {"n": 5}
                }
                """);
        assertEquals(Optional.empty(), eval(policy, "p", "mocked", Map.of()));
        assertEquals(Optional.of(true), eval(policy, "p", "plain", Map.of()));
    }

    @Test
    void aWithValueThatIteratesGivesOneContextPerValue() {
        // gcp-policy-library validator/test_utils.rego: "deny with input.asset as assets[_] with input.constraint
        // as constraints[_]" inside a comprehension collects the violations of every pair; OPA evaluates the value
        // in an expression before, so an undefined value makes the expression undefined (not an error).
        RegoPolicy policy = compile("p.rego", """
                package p
                deny[msg] { msg := sprintf("%v/%v", [input.asset, input.constraint]) }
                all := [v | vs := deny with input.asset as ["a", "b"][_] with input.constraint as ["x", "y"][_]; v := vs[_]]
                none if { not deny with input.asset as input.missing[_] }
                undefined_value if { deny with input.asset as input.missing }
                """);
        assertEquals(Optional.of(List.of("a/x", "a/y", "b/x", "b/y")), eval(policy, "p", "all", Map.of()));
        assertEquals(Optional.empty(), eval(policy, "p", "none", Map.of()));
        assertEquals(Optional.empty(), eval(policy, "p", "undefined_value", Map.of()));
    }

    @Test
    void whereOpa1DiffersFromTheOpaALibrarysCiPins() {
        // OPA 1.x's json.patch (an edit tree) moves the root document; OPA 0.45 (regula's CI) made it undefined.
        // OPA 1.x refuses times outside int64 nanoseconds (year 2999); OPA 0.29 (gcp-policy-library's CI) wrapped them.
        RegoPolicy policy = compile("p.rego", """
                package p
                moved := json.patch({"a": 1}, [{"op": "move", "from": [], "path": []}])
                far := time.parse_rfc3339_ns("2999-08-22T19:55:36Z")
                near := time.parse_rfc3339_ns("2200-08-22T19:55:36Z")
                """);
        assertEquals(Optional.of(Map.of("a", 1L)), eval(policy, "p", "moved", Map.of()));
        assertEquals(Optional.empty(), eval(policy, "p", "far", Map.of()));
        assertEquals(Optional.of(7_278_321_336_000_000_000L), eval(policy, "p", "near", Map.of()));
    }

    /** Found by Enterprise Contract's policy tests (session 29): OPA keeps its sets sorted, whatever built them. */
    @Test
    void setsAreIteratedInRegosOrderNotTheOrderTheyWereBuiltIn() {
        RegoPolicy policy = compile("p.rego", """
                package p
                joined := concat(", ", {"title", "custom.failure_msg"})
                listed := [v | some v in {3, 1, 2}]
                indexed := [v | v := {"b", "a"}[_]]
                reached := concat(", ", graph.reachable({"x": ["b"], "b": ["a"], "a": []}, {"x"}))
                """);
        assertEquals(Optional.of("custom.failure_msg, title"), eval(policy, "p", "joined", Map.of()));
        assertEquals(Optional.of(List.of(1, 2, 3)), eval(policy, "p", "listed", Map.of()).map(OpaCompatibilityTest::ints));
        assertEquals(Optional.of(List.of("a", "b")), eval(policy, "p", "indexed", Map.of()));
        assertEquals(Optional.of("a, b, x"), eval(policy, "p", "reached", Map.of()));
    }

    /**
     * Found by Enterprise Contract's CycloneDX tests (session 29): a schema that embeds another under an {@code $id} is
     * resolved inside itself, as OPA's gojsonschema resolves it; a reference to anywhere else is refused, never fetched
     * (OPA would fetch it; the engine makes no network calls).
     */
    @Test
    void schemasEmbeddedByIdResolveLocallyAndRemoteOnesAreRefused() {
        RegoPolicy policy = compile("p.rego", """
                package p
                embedding := {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://schemas.invalid/a.json",
                	"properties": {"id": {"$ref": "b.json"}},
                	"$def": {"b": {"$id": "http://schemas.invalid/b.json", "type": "string"}}}
                ok := json.match_schema({"id": "MIT"}, embedding)
                wrong := json.match_schema({"id": 7}, embedding)
                remote := json.match_schema({"id": "MIT"}, {"properties": {"id": {"$ref": "http://127.0.0.1:9/elsewhere.json"}}})
                """);
        assertEquals(Optional.of(List.of(true, List.of())), eval(policy, "p", "ok", Map.of()));
        assertEquals(Optional.of(false), eval(policy, "p", "wrong", Map.of()).map(result -> ((List<?>) result).get(0)));
        RegoException refused = Assertions.assertThrows(RegoException.class,
                () -> policy.query("data.p.remote = x", Map.of(), null, true));
        assertTrue(refused.getMessage().contains("http://127.0.0.1:9/elsewhere.json")
                && refused.getMessage().contains("loads no schema from the network"), refused.getMessage());
    }

    /** Found by Enterprise Contract's tests (session 29): Go's %q of what is not a string. */
    @Test
    void sprintfQuotesNonStringsAsGoDoes() {
        RegoPolicy policy = compile("p.rego", """
                package p
                one := sprintf("%q", [1])
                letter := sprintf("%q", [65])
                object := sprintf("%q", [{}])
                list := sprintf("%q", [["a"]])
                """);
        assertEquals(Optional.of("'\\x01'"), eval(policy, "p", "one", Map.of()));
        assertEquals(Optional.of("'A'"), eval(policy, "p", "letter", Map.of()));
        assertEquals(Optional.of("\"{}\""), eval(policy, "p", "object", Map.of()));
        assertEquals(Optional.of("\"[\\\"a\\\"]\""), eval(policy, "p", "list", Map.of()));
    }

    /**
     * Enterprise Contract's rpm_ostree_task test (session 29): an anyOf that no branch matches is one summary line and
     * the closest branch's errors, in gojsonschema's words, as OPA reports it (the expected set is that test's).
     */
    @Test
    void anyOfReportsTheClosestBranchUnderOneSummaryAsGojsonschemaDoes() {
        RegoPolicy policy = compile("p.rego", """
                package p
                schema := {"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "uniqueItems": true,
                	"items": {"anyOf": [{"type": "object", "properties": {"value": {"type": "string"},
                		"expires_on": {"type": "string"}}, "additionalProperties": false, "required": ["value"]},
                		{"type": "string"}]}}
                doc := [["spam"], {"expires_on": "2030-01-01T00:00:00Z"},
                	{"spam": "maps", "value": "registry.local/repo", "expires_on": "2030-01-01T00:00:00Z"},
                	{"value": 0, "expires_on": 1}]
                errors := {e.error | some e in json.match_schema(json.marshal(doc), schema)[1]}
                """);
        assertEquals(Optional.of(List.of("0: Invalid type. Expected: object, given: array",
                "0: Must validate at least one schema (anyOf)", "1: Must validate at least one schema (anyOf)",
                "1: value is required", "2: Additional property spam is not allowed",
                "2: Must validate at least one schema (anyOf)", "3.expires_on: Invalid type. Expected: string, given: integer",
                "3.value: Invalid type. Expected: string, given: integer", "3: Must validate at least one schema (anyOf)")),
                eval(policy, "p", "errors", Map.of()));
    }

    /**
     * OPA issue 7558 (found by Enterprise Contract's build_labels test, session 29): OPA's compiler moves the calls in a
     * negated expression's operands before it, so an undefined one makes the body undefined; the expression's own
     * call, and a variable in the same place, stay inside the negation.
     */
    @Test
    void callsInANegationsOperandsAreMovedOutAsOpasCompilerMovesThem() {
        RegoPolicy policy = compile("p.rego", """
                package p
                v := {"foo": true}
                variable := v if false
                function(_) := v if false
                f(_) := 1 if false
                by_variable if not variable.foo
                by_function if not function("bar").foo
                compared if not f(0) == 1
                member if not "a" in object.keys(f(0))
                own_call if not f(0)
                """);
        assertEquals(Optional.of(true), eval(policy, "p", "by_variable", Map.of()));
        assertEquals(Optional.empty(), eval(policy, "p", "by_function", Map.of()));
        assertEquals(Optional.empty(), eval(policy, "p", "compared", Map.of()));
        assertEquals(Optional.empty(), eval(policy, "p", "member", Map.of()));
        assertEquals(Optional.of(true), eval(policy, "p", "own_call", Map.of()));
    }

    /** Found by Regal's own tests (session 29): a package or import path may have string steps, as OPA reads them. */
    @Test
    void packageAndImportPathsTakeStringSteps() {
        RegoPolicy policy = compile("a.rego", """
                package providers["default"]
                import rego.v1
                x := 1
                """, "b.rego", """
                package user
                import rego.v1
                import data.providers["default"] as provider
                y := provider.x + data.providers["default"].x
                """);
        assertEquals(Optional.of(2), eval(policy, "user", "y", Map.of()).map(n -> ((Number) n).intValue()));
        assertEquals(Optional.of(1), eval(policy, "providers.default", "x", Map.of()).map(n -> ((Number) n).intValue()));
    }

    /** Found by Regal's tests (session 29): a test rule with a ref head passes as OPA's runner passes it. */
    @Test
    void aTestRuleWithARefHeadPassesWhenItsFirstAnswerIsTrue() {
        RegoPolicy policy = compile("t.rego", """
                package t
                import rego.v1
                test_each[n] if { some n in [1, 2] }
                test_none[n] if { some n in []; n > 0 }
                test_plain if true
                """);
        Map<String, Boolean> verdicts = new TreeMap<>();
        policy.runTests().forEach(r -> verdicts.put(r.name(), r.passed()));
        assertEquals(Map.of("test_each", true, "test_none", false, "test_plain", true), verdicts);
    }

    /**
     * Found by Regal's main_test (session 29): the keys of a reference inside an assignment's call bind, so a negation
     * that reads them is ordered after it, as OPA's safety check orders it.
     */
    @Test
    void referenceKeysInsideAnAssignedCallBindForLaterNegations() {
        RegoPolicy policy = compile("p.rego", """
                package p
                import rego.v1
                ignored(category, _) if category == "skip"
                wrap(x) := [x]
                found contains [category, title, entries] if {
                	some category, title
                	not ignored(category, title)
                	entries := wrap(data.rules[category][title].aggregate)
                }
                """);
        assertEquals(Optional.of(List.of(List.of("foo", "bar", List.of("baz")))),
                policy.evaluate("p", "found", null, Map.of("rules", Map.of("foo", Map.of("bar", Map.of("aggregate", "baz")),
                        "skip", Map.of("x", Map.of("aggregate", "no"))))));
    }

    private static List<Integer> ints(Object numbers) {
        return ((List<?>) numbers).stream().map(n -> ((Number) n).intValue()).toList();
    }
}
