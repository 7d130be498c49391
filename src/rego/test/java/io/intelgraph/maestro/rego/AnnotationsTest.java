package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * METADATA annotations read by rego.metadata.rule() and rego.metadata.chain(), beyond OPA's conformance cases: the
 * fields policies read (custom, related resources, authors), scopes across packages, and the errors OPA's parser
 * gives for a misplaced scope or a block that is not YAML (and none for a field it does not know).
 */
class AnnotationsTest {

    private static Object value(Map<String, String> files, String query) {
        return RegoPolicy.compile(files).query(query, Map.of(), null, true).getFirst().get("x");
    }

    @Test
    void aRuleReadsItsOwnCustomFieldsAsDenyMessagesDo() {
        // The shape of conftest/Enterprise Contract policies: the message's code comes from the rule's annotations.
        Object deny = value(Map.of("p.rego", """
                package release
                import rego.v1

                # METADATA
                # title: Signed images
                # description: Every image is signed.
                # custom:
                #   short_name: no_signature
                deny contains msg if {
                	annotations := rego.metadata.rule()
                	msg := sprintf("%s: %s", [annotations.custom.short_name, annotations.title])
                }

                warn contains rego.metadata.rule() if true
                """), "data.release = x");
        Map<?, ?> release = (Map<?, ?>) deny;
        assertEquals(List.of("no_signature: Signed images"), release.get("deny"));
        assertEquals(List.of(Map.of()), release.get("warn"), "a rule without annotations: an empty object");
        Map<?, ?> annotations = (Map<?, ?>) value(Map.of("p.rego", """
                package release
                # METADATA
                # title: Signed images
                # related_resources:
                # - https://docs.sigstore.dev/
                # - ref: https://slsa.dev/
                #   description: SLSA
                # authors:
                # - Release Team <release@example.com>
                # - Platform
                # custom:
                #   severity: 3
                p := rego.metadata.rule()
                """), "data.release.p = x");
        assertEquals(List.of(Map.of("ref", "https://docs.sigstore.dev/"),
                Map.of("ref", "https://slsa.dev/", "description", "SLSA")), annotations.get("related_resources"));
        assertEquals(List.of(Map.of("name", "Release Team", "email", "release@example.com"), Map.of("name", "Platform")),
                annotations.get("authors"));
        assertEquals(3, ((Number) ((Map<?, ?>) annotations.get("custom")).get("severity")).intValue());
        assertEquals("rule", annotations.get("scope"));
    }

    @Test
    void theChainGoesFromTheRuleToItsPackageAndTheSubpackagesScopesAboveIt() {
        Object chain = value(new LinkedHashMap<>(Map.of("root.rego", """
                # METADATA
                # scope: subpackages
                # organizations:
                # - Acme
                package acme
                """, "checks.rego", """
                # METADATA
                # title: Checks
                package acme.checks

                # METADATA
                # title: The first
                first := rego.metadata.chain() if {
                	false
                } else := rego.metadata.chain()
                """)), "data.acme.checks.first = x");
        Map<Object, Object> rule = new LinkedHashMap<>();
        rule.put("annotations", Map.of("scope", "rule", "title", "The first"));
        rule.put("path", List.of("acme", "checks", "first"));
        assertEquals(List.of(rule,
                Map.of("annotations", Map.of("scope", "package", "title", "Checks"), "path", List.of("acme", "checks")),
                Map.of("annotations", Map.of("scope", "subpackages", "organizations", List.of("Acme")),
                        "path", List.of("acme"))), chain, "an else branch is the same rule");
    }

    @Test
    void aBlankLineBetweenTheBlockAndItsRuleStillAttachesIt() {
        // As env0's published approval policies write them.
        assertEquals(List.of("require 1 approval"), value(Map.of("p.rego", """
                package env0

                # METADATA
                # title: Require Approval
                # description: require 1 approval

                allow[format(rego.metadata.rule())] {
                	true
                }

                format(meta) := meta.description
                """), "data.env0.allow = x"));
    }

    @Test
    void misplacedScopesAndBlocksThatAreNotYamlAreParseErrors() {
        RegoException scope = assertThrows(RegoException.class, () -> RegoPolicy.compile(Map.of("p.rego", """
                # METADATA
                # scope: rule
                package p
                """)));
        assertEquals("p.rego:1: rego_parse_error: annotation scope 'rule' must be applied to rule", scope.getMessage());
        RegoException yaml = assertThrows(RegoException.class, () -> RegoPolicy.compile(Map.of("p.rego", """
                package p

                # METADATA
                # title: [unclosed
                q := 1
                """)));
        assertTrue(yaml.getMessage().startsWith("p.rego:3: rego_parse_error: yaml: "), yaml.getMessage());
        assertEquals(Map.of("scope", "rule"), value(Map.of("p.rego", """
                package p

                # METADATA
                # titel: a field OPA does not know is ignored, as OPA's YAML reading ignores it
                q := rego.metadata.rule()
                """), "data.p.q = x"));
    }
}
