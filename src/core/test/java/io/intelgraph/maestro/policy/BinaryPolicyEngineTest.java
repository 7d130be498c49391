package io.intelgraph.maestro.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adapter to the conftest/opa binaries: how they are called and how their JSON output is read.
 * No binary is installed on the build machines, so stand-ins print the tools' documented output
 * formats; the real binaries are not exercised here.
 */
class BinaryPolicyEngineTest {

    @TempDir
    Path bin;

    private Path tool(String name, String output, int exit) throws Exception {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/" + name + ".args\"\ncat <<'JSON'\n"
                + output + "\nJSON\nexit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void conftestIsCalledPerDocumentAndItsJsonIsRead() throws Exception {
        tool("conftest", """
                [{"filename": "in.json", "namespace": "docker", "successes": 3,
                  "failures": [{"msg": "The final stage must set a non-root USER", "metadata": {"query": "data.docker.deny_root"}}],
                  "warnings": [{"msg": "Missing OCI label org.opencontainers.image.source"}],
                  "exceptions": [{"msg": "data.docker.exception[_][_] == \\"latest\\""}]}]""", 1);
        Path found = BinaryPolicyEngine.find(BinaryPolicyEngine.Tool.CONFTEST, bin.toString()).orElseThrow();
        var engine = new BinaryPolicyEngine(BinaryPolicyEngine.Tool.CONFTEST, found, Path.of("policy"));
        var verdict = engine.evaluate("docker", List.of(Map.of("Cmd", "from", "Value", List.of("alpine"))));
        assertEquals(List.of(new PolicyEngine.Message("deny_root", "The final stage must set a non-root USER")),
                verdict.denies());
        assertEquals(List.of(new PolicyEngine.Message("warn", "Missing OCI label org.opencontainers.image.source")),
                verdict.warnings());
        assertEquals(List.of(new PolicyEngine.Message("latest", "data.docker.exception[_][_] == \"latest\"")),
                verdict.exceptions());
        assertEquals(3, verdict.successes());
        String args = Files.readString(bin.resolve("conftest.args")).strip();
        assertTrue(args.startsWith("test --no-color --output json --namespace docker --policy policy /"), args);
        assertTrue(args.endsWith(".json"), args);
    }

    @Test
    void opaEvaluatesThePackageDocument() throws Exception {
        tool("opa", """
                {"result": [{"expressions": [{"value": {"deny": ["a denial"], "warn": ["a warning"],
                  "violation": [{"msg": "a violation"}], "helper": 3, "deny_latest": ["waived"], "warn_labels": [],
                  "exception": [["latest"]]}, "text": "data.kubernetes"}]}]}""", 0);
        var engine = new BinaryPolicyEngine(BinaryPolicyEngine.Tool.OPA, bin.resolve("opa"), Path.of("policy"),
                List.of(Path.of("registries.yaml")));
        var verdict = engine.evaluate("kubernetes", Map.of("kind", "Pod"));
        assertEquals(List.of(new PolicyEngine.Message("deny", "a denial"), new PolicyEngine.Message("violation", "a violation")),
                verdict.denies());
        assertEquals(List.of(new PolicyEngine.Message("warn", "a warning")), verdict.warnings());
        assertEquals(List.of(new PolicyEngine.Message("latest", "data.kubernetes.exception[_][_] == \"latest\"")),
                verdict.exceptions());
        assertEquals(1, verdict.successes(), "warn_labels said nothing");
        String args = Files.readString(bin.resolve("opa.args")).strip();
        assertTrue(args.startsWith("eval --format json --data policy --input /"), args);
        assertTrue(args.endsWith(".json --data registries.yaml data.kubernetes"), args);
    }

    @Test
    void aToolErrorIsAnErrorNotAPass() throws Exception {
        tool("conftest", "", 3);
        var engine = new BinaryPolicyEngine(BinaryPolicyEngine.Tool.CONFTEST, bin.resolve("conftest"), Path.of("policy"));
        var e = assertThrows(IllegalStateException.class, () -> engine.evaluate("docker", List.of()));
        assertTrue(e.getMessage().contains("failed (exit 3)"), e.getMessage());
    }

    @Test
    void itsNamespacesAreThePolicyDirectorysPackages() throws Exception {
        var engine = new BinaryPolicyEngine(BinaryPolicyEngine.Tool.CONFTEST, tool("conftest", "[]", 0), Path.of("policy"));
        assertEquals(Set.of("docker", "kubernetes"), engine.namespaces());
    }
}
