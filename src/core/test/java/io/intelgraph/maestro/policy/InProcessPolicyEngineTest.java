package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.rego.RegoPolicy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InProcessPolicyEngineTest {

    /** A document's deny/warn rules share one evaluation: a helper rule they all use is computed once. */
    @Test
    void helperRulesAreComputedOncePerDocument() {
        List<String> printed = new ArrayList<>();
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package main
                containers := input.spec.containers if print("computing containers")
                deny contains "no image" if { some c in containers; not c.image }
                warn contains "latest" if { some c in containers; endswith(c.image, ":latest") }
                deny_root contains "root" if { some c in containers; c.user == "root" }
                """));
        var engine = new InProcessPolicyEngine(policy, Map.of()).printingTo(printed::add);
        var verdict = engine.evaluate("main", Map.of("spec", Map.of("containers", List.of(Map.of("image", "a:latest")))));
        assertEquals(1, verdict.warnings().size());
        assertEquals(List.of("computing containers"), printed);
    }
}
