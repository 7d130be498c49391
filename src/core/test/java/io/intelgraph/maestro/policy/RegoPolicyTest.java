package io.intelgraph.maestro.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.intelgraph.maestro.rego.RegoException;
import io.intelgraph.maestro.rego.RegoPolicy;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Rego engine on the product's own inputs: conftest's examples parsed as the HUD parses them, the chart. */
class RegoPolicyTest {

    private static String text(String resource) {
        return new String(Fixtures.bytes(resource), StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> dockerInput(String resource) {
        return new DockerfileParser().parse(text(resource)).stream().map(DockerInstruction::toInput).toList();
    }

    /** conftest's acceptance test: the same two messages for its Docker example. */
    @Test
    void conftestsDockerExampleGivesConftestsVerdicts() {
        RegoPolicy policy = RegoPolicy.compile(Map.of(
                "commands.rego", text("conftest/docker/policy/commands.rego"),
                "images.rego", text("conftest/docker/policy/images.rego")));
        var input = dockerInput("conftest/docker/Dockerfile");
        assertEquals(Optional.of(List.of("unallowed image found [\"openjdk:8-jdk-alpine\"]")),
                policy.evaluate("main", "deny", input, null));
        assertEquals(Optional.of(List.of("unallowed commands found [\"apk add --no-cache python3 python3-dev build-base"
                + " && pip3 install awscli==1.18.1\"]")), policy.evaluate("commands", "deny", input, null));
    }

    @Test
    void languageBasics() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                import rego.v1

                default allow := false
                allow if {
                    input.user == "alice"
                    "admin" in input.roles
                }

                names contains name if {
                    some item in input.items
                    name := item.name
                    not startswith(name, "_")
                }

                by_name[item.name] := item.size if {
                    some item in input.items
                }

                total := sum([s | some s in by_name])
                big := {n | some n, s in by_name; s > 2}
                all_small if every item in input.items { item.size < 10 }
                double(x) := y if { y := x * 2 }
                label(x) := "big" if { x > 2 } else := "small"
                first := input.items[0].name
                msg := sprintf("%s has %d items: %v", [input.user, count(input.items), names])
                """));
        Map<String, Object> input = Map.of("user", "alice", "roles", List.of("dev", "admin"), "items", List.of(
                Map.of("name", "a", "size", 1), Map.of("name", "_b", "size", 3), Map.of("name", "c", "size", 5)));
        assertEquals(Optional.of(true), policy.evaluate("p", "allow", input, null));
        assertEquals(Optional.of(false), policy.evaluate("p", "allow", Map.of("user", "bob", "roles", List.of(),
                "items", List.of()), null));
        assertEquals(Optional.of(List.of("a", "c")), policy.evaluate("p", "names", input, null));
        assertEquals(Optional.of(Map.of("a", 1L, "_b", 3L, "c", 5L)), policy.evaluate("p", "by_name", input, null));
        assertEquals(Optional.of(9L), policy.evaluate("p", "total", input, null));
        assertEquals(Optional.of(List.of("_b", "c")), policy.evaluate("p", "big", input, null));
        assertEquals(Optional.of(true), policy.evaluate("p", "all_small", input, null));
        assertEquals(Optional.of("a"), policy.evaluate("p", "first", input, null));
        assertEquals(Optional.of("alice has 3 items: {\"a\", \"c\"}"), policy.evaluate("p", "msg", input, null));
    }

    @Test
    void functionsElseAndV0Syntax() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("q.rego", """
                package q

                deny[msg] {
                    input.kind == "Deployment"
                    not input.spec.template.spec.securityContext.runAsNonRoot
                    msg = sprintf("%s must run as non-root", [input.metadata.name])
                }

                size_label(n) = "big" { n > 10 } else = "small" { true }
                sizes = [size_label(5), size_label(50)]
                """));
        Map<String, Object> deployment = Map.of("kind", "Deployment", "metadata", Map.of("name", "web"),
                "spec", Map.of("template", Map.of("spec", Map.of())));
        assertEquals(Optional.of(List.of("web must run as non-root")), policy.evaluate("q", "deny", deployment, null));
        assertEquals(Optional.of(List.of("small", "big")), policy.evaluate("q", "sizes", deployment, null));
    }

    @Test
    void unitTestsWithInputOverrides() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("r.rego", """
                package r
                import rego.v1
                deny contains "no tag" if endswith(input.image, ":latest")
                """, "r_test.rego", """
                package r
                import rego.v1
                test_latest_denied if {
                    "no tag" in deny with input as {"image": "nginx:latest"}
                }
                test_pinned_allowed if {
                    count(deny) == 0 with input as {"image": "nginx:1.27"}
                }
                test_that_fails if {
                    count(deny) == 1 with input as {"image": "nginx:1.27"}
                }
                """));
        var results = policy.runTests();
        assertEquals(3, results.size());
        assertEquals(List.of(true, true, false), results.stream().map(RegoPolicy.TestResult::passed).toList());
    }

    @Test
    void unsupportedFeaturesFailLoudly() {
        var e = assertThrows(RegoException.class, () -> RegoPolicy.compile(Map.of("x.rego", """
                package x
                import future.strings
                """)));
        assertTrue(e.getMessage().startsWith("unsupported: import future.strings"), e.getMessage());
        RegoPolicy policy = RegoPolicy.compile(Map.of("y.rego", """
                package y
                r := net.lookup_ip_addr("x")
                """));
        var call = assertThrows(RegoException.class, () -> policy.evaluate("y", "r", Map.of(), null));
        assertTrue(call.getMessage().startsWith("unsupported: builtin net.lookup_ip_addr"), call.getMessage());
        // In the old form too, where the last argument would receive the result.
        RegoPolicy relation = RegoPolicy.compile(Map.of("w.rego", """
                package w
                r := h if net.lookup_ip_addr("x", h)
                """));
        var old = assertThrows(RegoException.class, () -> relation.evaluate("w", "r", Map.of(), null));
        assertTrue(old.getMessage().startsWith("unsupported: builtin net.lookup_ip_addr"), old.getMessage());
    }

    @Test
    void conflictsAreErrors() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("z.rego", """
                package z
                v := 1 if input.a
                v := 2 if input.b
                """));
        var e = assertThrows(RegoException.class, () -> policy.evaluate("z", "v", Map.of("a", true, "b", true), null));
        assertTrue(e.getMessage().contains("complete rule v produced conflicting values [1, 2]"), e.getMessage());
    }

    @Test
    void withOnDataReplacesARulesValueToo() {
        // A policy's unit test mocks a rule of its own package: "with data.<pkg>.<rule> as …".
        RegoPolicy policy = RegoPolicy.compile(Map.of("m.rego", """
                package m
                allowed := {"gcr.io"}
                deny contains msg if {
                    not input.registry in allowed
                    msg := sprintf("%s is not allowed", [input.registry])
                }
                denied_with_mock := n if {
                    n := count(deny) with data.m.allowed as {"ghcr.io"}
                }
                denied := count(deny)
                """));
        Function<String, Integer> count = rule -> ((Number) policy.query("x := data.m." + rule,
                Map.of("registry", "gcr.io"), Map.of(), false).get(0).get("x")).intValue();
        assertEquals(0, count.apply("denied"));
        assertEquals(1, count.apply("denied_with_mock"), "with the allow-list mocked, gcr.io is denied");
    }

    @Test
    void withAfterARuleHeadIsAParseErrorNotRulesNamedWithAndAs() {
        var e = assertThrows(RegoException.class, () -> RegoPolicy.compile(Map.of("h.rego", """
                package h
                allowed := {1}
                p := count(allowed) with data.h.allowed as {}
                """)));
        assertTrue(e.getMessage().contains("unexpected with keyword"), e.getMessage());
    }
    @Test
    void jsonAndYamlBuiltinsReadWhatManifestsEmbed() {
        // A ConfigMap carries YAML as a string; policies read it with yaml.unmarshal.
        RegoPolicy policy = RegoPolicy.compile(Map.of("c.rego", """
                package c
                import rego.v1
                settings := yaml.unmarshal(input.data["app.yaml"])
                deny contains "debug is on" if settings.debug == true
                marshalled := json.marshal({"msg": "a, b: <c>", "set": {2, 1}})
                valid := [yaml.is_valid(input.data["app.yaml"]), json.is_valid("{"), json.is_valid(7)]
                """));
        Map<String, Object> configMap = Map.of("data", Map.of("app.yaml", "debug: true\nports:\n  - 8080\n"));
        assertEquals(Optional.of(List.of("debug is on")), policy.evaluate("c", "deny", configMap, null));
        // Strings keep their ", " and ": "; <, > are escaped as Go's encoding/json (and so OPA) does; sets sort.
        assertEquals(Optional.of("{\"msg\":\"a, b: \\u003cc\\u003e\",\"set\":[1,2]}"),
                policy.evaluate("c", "marshalled", configMap, null));
        assertEquals(Optional.of(List.of(true, false, false)), policy.evaluate("c", "valid", configMap, null));
        RegoPolicy broken = RegoPolicy.compile(Map.of("d.rego", """
                package d
                v := yaml.unmarshal("[1,2,3")
                """));
        // As in OPA and conftest, a builtin's error makes the call undefined, unless builtin errors are strict.
        assertEquals(Optional.empty(), broken.evaluate("d", "v", Map.of(), null));
        var e = assertThrows(RegoException.class, () -> broken.query("x := data.d.v", Map.of(), Map.of(), true));
        assertTrue(e.getMessage().contains("yaml.unmarshal: "), e.getMessage());
    }
    @Test
    void unificationBindsVariablesOnBothSides() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("u.rego", """
                package u
                import rego.v1
                pair contains [x, y] if [1, x, 3] = [y, 2, 3]
                same contains x if [2, x, 3] = [x, 2, 3]
                none contains x if [[1, x], [3, x]] = [[1, 2], [3, 4]]
                ports contains p if {
                    some c in input.containers
                    {"name": "http", "port": p} = c
                }
                """));
        var input = Map.of("containers", List.of(Map.of("name", "http", "port", 8080), List.of("not", "an", "object")));
        Function<String, String> rule = name -> String.valueOf(policy.evaluate("u", name, input, null).orElseThrow());
        assertEquals("[[2, 1]]", rule.apply("pair"));
        assertEquals("[2]", rule.apply("same"));
        assertEquals("[]", rule.apply("none"), "x cannot be 2 and 4");
        assertEquals("[8080]", rule.apply("ports"), "an array never matches an object pattern");
    }
    @Test
    void bracketRuleHeadsFollowTheModulesRegoVersion() {
        // Rego v1: "p[x] if …" is an object of true values; a v0 module (future.keywords) keeps it a set.
        RegoPolicy v1 = RegoPolicy.compile(Map.of("v1.rego", """
                package v1
                ports[p] if some p in input.ports
                by_team[t][svc] := owner if {
                    some svc, o in input.owners
                    t := o.team
                    owner := o.name
                }
                """));
        RegoPolicy v0 = RegoPolicy.compile(Map.of("v0.rego", """
                package v0
                import future.keywords.if
                import future.keywords.in
                ports[p] if some p in input.ports
                """));
        Map<String, Object> input = Map.of("ports", List.of(80, 443), "owners", new TreeMap<>(
                Map.of("api", Map.of("team", "core", "name", "ana"), "web", Map.of("team", "core", "name", "bo"))));
        assertEquals("{80=true, 443=true}", String.valueOf(v1.evaluate("v1", "ports", input, null).orElseThrow()));
        assertEquals("{core={api=ana, web=bo}}", String.valueOf(v1.evaluate("v1", "by_team", input, null).orElseThrow()));
        assertEquals("[80, 443]", String.valueOf(v0.evaluate("v0", "ports", input, null).orElseThrow()));
    }

    @Test
    void timeBuiltinsFollowGo() {
        // An image older than 90 days is denied; the test pins "now" with a mock, as policy unit tests do.
        RegoPolicy policy = RegoPolicy.compile(Map.of("t.rego", """
                package t
                import rego.v1
                deny contains "image older than 90 days" if {
                    built := time.parse_rfc3339_ns(input.created)
                    time.add_date(built, 0, 0, 90) < time.now_ns()
                }
                stale := n if n := count(deny) with time.now_ns as 1735689600000000000
                end_of_january_plus_a_month := time.format([time.add_date(time.parse_ns("2006-01-02", "2025-01-31"), 0, 1, 0), "UTC", "2006-01-02"])
                kitchen := time.format([1670006453141828752, "Asia/Kolkata", "Kitchen"])
                """));
        Map<String, Object> input = Map.of("created", "2024-09-01T10:00:00+02:00");
        assertEquals(Optional.of(1), policy.evaluate("t", "stale", input, null).map(n -> ((Number) n).intValue()));
        assertEquals(Optional.of("2025-03-03"), policy.evaluate("t", "end_of_january_plus_a_month", input, null),
                "Go's AddDate overflows into March instead of clamping to February's end");
        assertEquals(Optional.of("12:10AM"), policy.evaluate("t", "kitchen", input, null));
    }
    @Test
    void jsonPatchFixesAManifestOrIsUndefined() {
        // The shape a policy uses to show the fix it wants: the manifest with the securityContext patched in.
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                import rego.v1
                fixed := json.patch(input, [
                    {"op": "add", "path": "/spec/securityContext", "value": {"runAsNonRoot": true}},
                    {"op": "replace", "path": "spec/containers/0/image", "value": "nginx:1.27"},
                    {"op": "remove", "path": ["metadata", "annotations"]},
                ])
                broken := json.patch(input, [{"op": "test", "path": "/kind", "value": "Deployment"}])
                """));
        Map<String, Object> pod = Map.of("kind", "Pod", "metadata", Map.of("name", "web", "annotations", Map.of("a", "b")),
                "spec", Map.of("containers", List.of(Map.of("name", "web", "image", "nginx:latest"))));
        Map<?, ?> fixed = (Map<?, ?>) policy.evaluate("p", "fixed", pod, null).orElseThrow();
        assertEquals(Map.of("name", "web"), fixed.get("metadata"));
        assertEquals("{containers=[{name=web, image=nginx:1.27}], securityContext={runAsNonRoot=true}}",
                String.valueOf(fixed.get("spec")));
        assertEquals(Optional.empty(), policy.evaluate("p", "broken", pod, null), "a failed test op is undefined");
    }

    @Test
    void longLiteralArraysEvaluate() {
        // Tables of cases in a policy are long literal arrays; each element once nested a chain of frames.
        String rows = IntStream.range(0, 5000)
                .mapToObj(i -> "{\"n\": " + i + ", \"tags\": [\"a\", {\"b\": " + i + "}]}")
                .collect(Collectors.joining(",\n"));
        RegoPolicy policy = RegoPolicy.compile(Map.of("t.rego", "package t\nimport rego.v1\nrows := [" + rows
                + "]\ntotal := sum([r.n | some r in rows])\n"));
        assertEquals(Optional.of(12497500), policy.evaluate("t", "total", Map.of(), null).map(n -> ((Number) n).intValue()));
    }
    @Test
    void printShowsEveryCombinationAndUndefinedWithoutChangingResults() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                import rego.v1
                ports contains p if {
                    some p in input.ports
                    print("port", p, "of", input.name, input.missing, {x | some x in ["b", "a"]}[_])
                }
                """));
        Map<String, Object> input = Map.of("ports", List.of(80), "name", "web");
        List<String> printed = new ArrayList<>();
        assertEquals("Optional[[80]]", String.valueOf(policy.printingTo(printed::add).evaluate("p", "ports", input, null)));
        assertEquals(List.of("port 80 of web <undefined> a", "port 80 of web <undefined> b"), printed);
        assertEquals("Optional[[80]]", String.valueOf(policy.evaluate("p", "ports", input, null)), "no printer: print is skipped");
    }
    @Test
    void uuidParseReadsEveryFormAndRfc4122IsStableWithinAQuery() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("u.rego", """
                package u
                import rego.v1
                versions := [uuid.parse(id).version | some id in input.ids]
                dce := uuid.parse("urn:uuid:000003e8-48b9-21ee-b200-325096b39f47")
                same if uuid.rfc4122("build") == uuid.rfc4122("build")
                differ if uuid.rfc4122("build") != uuid.rfc4122("deploy")
                random := uuid.parse(uuid.rfc4122("x"))
                dice := [rand.intn("dice", 6), rand.intn("dice", 6), rand.intn("dice", 6)]
                coin := rand.intn("coin", -2)
                none := rand.intn("none", 0)
                """));
        Map<String, Object> input = Map.of("ids", List.of("{00000000-0000-4000-8000-000000000000}",
                "6bea8ef2d3d33cd184e09bab06a52ece", "6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "not-a-uuid"));
        assertEquals("Optional[[4, 3, 1]]", String.valueOf(policy.evaluate("u", "versions", input, null)),
                "braced, undashed and upper-case forms parse; a malformed one is undefined, not an error");
        assertEquals("Optional[{version=2, variant=RFC4122, time=1693566990121469600, clocksequence=12800, "
                + "nodeid=32-50-96-b3-9f-47, macvariables=local:unicast, id=1000, domain=Person}]",
                String.valueOf(policy.evaluate("u", "dce", input, null)));
        assertEquals(Optional.of(true), policy.evaluate("u", "same", input, null));
        assertEquals(Optional.of(true), policy.evaluate("u", "differ", input, null));
        assertEquals("Optional[{version=4, variant=RFC4122}]", String.valueOf(policy.evaluate("u", "random", input, null)));
        List<?> dice = (List<?>) policy.evaluate("u", "dice", input, null).orElseThrow();
        assertEquals(1, new HashSet<>(dice).size(), "one value per (key, n) in a query: " + dice);
        int face = ((Number) dice.get(0)).intValue();
        assertTrue(face >= 0 && face < 6, "in [0, 6): " + face);
        int coin = ((Number) policy.evaluate("u", "coin", input, null).orElseThrow()).intValue();
        assertTrue(coin == 0 || coin == 1, "a negative bound counts as its magnitude: " + coin);
        assertEquals(0, ((Number) policy.evaluate("u", "none", input, null).orElseThrow()).intValue());
    }
    @Test
    void x509CertificatesReadAsOpaReadsThem() throws Exception {
        // The openpolicyagent.org certificate from OPA's own conformance case; expected values as
        // `openssl x509 -text` prints them.
        String certs = certsOfConformanceCase("test-cryptox509parsecertificates-0120.yaml");
        RegoPolicy policy = RegoPolicy.compile(Map.of("tls.rego", """
                package tls
                import rego.v1
                cert := crypto.x509.parse_certificates(input.certs)[0]
                facts := [cert.Subject.CommonName, cert.Issuer.CommonName, cert.Issuer.Organization, cert.DNSNames,
                    cert.NotBefore, cert.NotAfter, cert.IsCA, cert.BasicConstraintsValid, cert.KeyUsage, cert.ExtKeyUsage,
                    cert.SignatureAlgorithm, cert.PublicKeyAlgorithm, cert.PublicKey.E, cert.Version, cert.SerialNumber,
                    cert.OCSPServer, cert.IssuingCertificateURL, cert.PolicyIdentifiers, cert.SubjectKeyId,
                    cert.AuthorityKeyId, cert.URIStrings, cert.UnhandledCriticalExtensions]
                warn contains sprintf("%s expires within 30 days (%s)", [cert.Subject.CommonName, cert.NotAfter]) if {
                    time.parse_rfc3339_ns(cert.NotAfter) < time.now_ns() + 30 * 24 * 60 * 60 * 1000000000
                }
                expiring := w if w := warn with time.now_ns as time.parse_rfc3339_ns("2020-09-20T00:00:00Z")
                fresh := w if w := warn with time.now_ns as time.parse_rfc3339_ns("2020-08-01T00:00:00Z")
                """));
        Map<String, Object> input = Map.of("certs", certs);
        assertEquals("[openpolicyagent.org, Let's Encrypt Authority X3, [Let's Encrypt], [openpolicyagent.org, "
                + "www.openpolicyagent.org], 2020-07-10T16:00:30Z, 2020-10-08T16:00:30Z, false, true, 5, [1, 2], 4, 1, "
                + "65537, 3, 300612263563093021885461398005023342566611, [http://ocsp.int-x3.letsencrypt.org], "
                + "[http://cert.int-x3.letsencrypt.org/], [[2, 23, 140, 1, 2, 1], [1, 3, 6, 1, 4, 1, 44947, 1, 1, 1]], "
                + "cPB5voqmtK9avD+9HqTBNWm50+0=, qEpqYwR93brm0Tm3pkVl7/Oo7KE=, null, null]",
                String.valueOf(policy.evaluate("tls", "facts", input, null).orElseThrow()));
        assertEquals("Optional[[openpolicyagent.org expires within 30 days (2020-10-08T16:00:30Z)]]",
                String.valueOf(policy.evaluate("tls", "expiring", input, null)));
        assertEquals("Optional[[]]", String.valueOf(policy.evaluate("tls", "fresh", input, null)));
    }
    @Test
    void x509ChainsVerifyOnlyRootFirstAndInDate() throws Exception {
        // The Let's Encrypt chain of OPA's conformance case 0122 (leaf first, expired in 2020-2021).
        List<String> blocks = Arrays.stream(certsOfConformanceCase("test-cryptox509parsecertificates-0122.yaml")
                .split("(?<=-----END CERTIFICATE-----)\n?")).toList();
        assertEquals(3, blocks.size());
        RegoPolicy policy = RegoPolicy.compile(Map.of("v.rego", """
                package v
                import rego.v1
                verdict := [ok, count(chain)] if [ok, chain] := crypto.x509.parse_and_verify_certificates(input.certs)
                """));
        Function<String, String> verdict = certs ->
                String.valueOf(policy.evaluate("v", "verdict", Map.of("certs", certs), null).orElseThrow());
        assertEquals("[false, 0]", verdict.apply(blocks.get(2) + "\n" + blocks.get(1) + "\n" + blocks.get(0)),
                "root first, but every certificate has expired");
        assertEquals("[false, 0]", verdict.apply(String.join("\n", blocks)), "leaf first: the leaf is no root");
        assertEquals("[false, 0]", verdict.apply(blocks.get(0)), "one certificate is no chain");
        assertEquals("[false, 0]", verdict.apply("not a certificate"), "unreadable input is invalid, not an error");
    }

    /** The PEM text a cryptox509parsecertificates conformance case holds in its {@code certs := "…"} line. */
    private String certsOfConformanceCase(String file) throws IOException {
        String yaml = Files.readString(Path.of(
                "src/rego/test/resources/opa-conformance/cryptox509parsecertificates", file));
        Matcher pem = Pattern.compile("certs := \"(.*?)\"\n").matcher(yaml);
        assertTrue(pem.find(), file);
        return pem.group(1).replace("\\n", "\n");
    }
    @Test
    void jsonSchemaChecksTheChartValuesAsOpaReportsIt() throws Exception {
        // A policy checking a values file against the chart's own values.schema.json.
        RegoPolicy policy = RegoPolicy.compile(Map.of("v.rego", """
                package values
                import rego.v1
                deny contains sprintf("values: %s", [e.error]) if {
                    [ok, errors] := json.match_schema(input.values, input.schema)
                    not ok
                    some e in errors
                }
                schema_ok := json.verify_schema(input.schema)
                """));
        String schema = Files.readString(Path.of("helm/intelgraph/values.schema.json"));
        Object values = new ObjectMapper(new YAMLFactory())
                .readValue(Path.of("helm/intelgraph/values.yaml").toFile(), Object.class);
        assertEquals("Optional[[]]", String.valueOf(policy.evaluate("values", "deny", Map.of("values", values,
                "schema", schema), null)), "the chart's values satisfy its schema");
        assertEquals("Optional[[true, null]]", String.valueOf(policy.evaluate("values", "schema_ok",
                Map.of("schema", schema), null)));
        @SuppressWarnings("unchecked")
        Map<String, Object> broken = new LinkedHashMap<>((Map<String, Object>) values);
        broken.remove("ingress");
        Map<String, Object> server = new LinkedHashMap<>((Map<String, Object>) broken.get("server"));
        server.put("port", "http");
        broken.put("server", server);
        // "(Root)" at the root, as OPA writes it: Enterprise Contract's policy tests, run on OPA, expect it (session 29).
        assertEquals("Optional[[values: (Root): ingress is required, values: server.port: Invalid type. Expected: integer,"
                        + " given: string]]",
                String.valueOf(policy.evaluate("values", "deny", Map.of("values", broken, "schema", schema), null)));
    }
    @Test
    void renderTemplateFollowsGoTextTemplate() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("t.rego", """
                package t
                import rego.v1
                vars := {"app": {"name": "web", "replicas": 3}, "ports": {"http": 8080, "admin": 9090}, "tags": []}
                report := strings.render_template(concat("", [
                    "{{.app.name}}: {{if .gt_one}}many{{else if .app.replicas}}one{{else}}none{{end}}",
                    "{{with .app}} ({{.replicas}} replicas){{end}}",
                    "{{- range $name, $port := .ports}} {{$name}}={{$port}}{{end}}",
                    ` tags:{{range .tags}}{{.}}{{else}} none{{end}} {{len .ports}} {{index .ports "http"}}`,
                    ` {{printf "%05d" .app.replicas}}`,
                ]), object.union(vars, {"gt_one": true}))
                piped := strings.render_template(`{{.app.name | printf "%s"}}`, vars)
                """));
        assertEquals(Optional.of("web: many (3 replicas) admin=9090 http=8080 tags: none 2 8080 00003"),
                policy.evaluate("t", "report", Map.of(), null));
        var e = assertThrows(RegoException.class, () -> policy.evaluate("t", "piped", Map.of(), null));
        assertTrue(e.getMessage().startsWith("unsupported: strings.render_template: pipelines with |"), e.getMessage());
    }
}
