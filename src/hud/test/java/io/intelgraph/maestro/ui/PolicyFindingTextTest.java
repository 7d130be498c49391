package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.policy.PolicyFinding;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PolicyFindingTextTest {

    @Test
    void aFindingReadsByKindFileLineAndRule() {
        assertEquals("✕ DENY  Dockerfile:3 — The final stage must set a non-root USER", PolicyFindingText.line(
                new PolicyFinding("x/Dockerfile", "docker", PolicyFinding.Severity.DENY, "deny",
                        "The final stage must set a non-root USER", 3), "Dockerfile"));
        assertEquals("✕ DENY  deployments.yaml — run_as_root: Containers must not run as root", PolicyFindingText.line(
                new PolicyFinding("deployments.yaml", "main", PolicyFinding.Severity.DENY, "deny_run_as_root",
                        "Containers must not run as root", 0), "deployments.yaml"));
        assertEquals("▲ WARN  svc.yaml — labels: no labels", PolicyFindingText.line(new PolicyFinding("svc.yaml", "main",
                PolicyFinding.Severity.WARN, "warn_labels", "no labels", 0), "svc.yaml"));
        assertEquals("◇ EXCP  deployments.yaml — data.main.exception[_][_] == \"run_as_root\"", PolicyFindingText.line(
                new PolicyFinding("deployments.yaml", "main", PolicyFinding.Severity.EXCEPTION, "run_as_root",
                        "data.main.exception[_][_] == \"run_as_root\"", 0), "deployments.yaml"));
    }
}
