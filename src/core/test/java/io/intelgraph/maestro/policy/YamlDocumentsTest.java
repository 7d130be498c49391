package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.policy.PolicyFinding;
import io.intelgraph.maestro.model.policy.PolicyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML inputs are read as conftest reads them: anchors and aliases resolved, alias bombs refused. */
class YamlDocumentsTest {

    private static final String ANCHORED_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      image: registry.example/init:1.0
                      securityContext: &sc
                        privileged: true
                        runAsNonRoot: true
                        readOnlyRootFilesystem: true
                  containers:
                    - name: app
                      image: registry.example/app:1.0
                      securityContext: *sc
            """;

    @Test
    void anAliasedSecurityContextIsTheAnchoredObject() throws IOException {
        List<Object> docs = PolicyChecker.yamlDocuments(ANCHORED_DEPLOYMENT);
        Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) docs.get(0)).get("spec")).get("template")).get("spec");
        Map<?, ?> app = (Map<?, ?>) ((List<?>) spec.get("containers")).get(0);
        assertEquals(Map.of("privileged", true, "runAsNonRoot", true, "readOnlyRootFilesystem", true), app.get("securityContext"));
    }

    @Test
    void aPrivilegedContainerBehindAnAliasIsFlagged() throws IOException {
        PolicyChecker checker = new PolicyChecker(InProcessPolicyEngine.load(Path.of("policy")), List.of());
        PolicyReport report = checker.checkManifests("deployment.yaml", ANCHORED_DEPLOYMENT);
        assertEquals(List.of(), report.errors());
        List<String> denials = report.findings().stream().filter(f -> f.severity() == PolicyFinding.Severity.DENY)
                .map(PolicyFinding::message).toList();
        assertTrue(denials.stream().anyMatch(m -> m.contains("container app must not be privileged")), denials.toString());
    }

    @Test
    void mergeKeysAreResolved() throws IOException {
        List<Object> docs = PolicyChecker.yamlDocuments("""
                base: &base {privileged: true, runAsUser: 0}
                derived:
                  <<: *base
                  runAsUser: 1000
                """);
        assertEquals(Map.of("privileged", true, "runAsUser", 1000), ((Map<?, ?>) docs.get(0)).get("derived"));
    }

    @Test
    void aBillionLaughsDocumentIsRefusedQuicklyNamingTheLimit() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        // 12 aliases a level, 9 levels: 108 aliases, 12^9 values once expanded.
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", Collections.nCopies(12, "*" + prev)))
                    .append("]\n");
        }
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IOException.class, () -> PolicyChecker.yamlDocuments(yaml.toString())));
        assertTrue(e.getMessage().contains("aliases") && e.getMessage().contains(String.valueOf(YamlDocuments.MAX_ALIASES)),
                e.getMessage());
    }

    @Test
    void aFewAliasesThatDoubleAtEachLevelAreRefusedByTheExpandedSize() {
        // 2 aliases a level, 30 levels: under the alias count, but 2^30 nodes once expanded.
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i <= 30; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IOException.class, () -> PolicyChecker.yamlDocuments(yaml.toString())));
        assertTrue(e.getMessage().contains(String.format("%,d", YamlDocuments.MAX_NODES)), e.getMessage());
    }

    @Test
    void aRecursiveAliasIsAnErrorNotAStackOverflow() {
        IOException e = assertThrows(IOException.class, () -> PolicyChecker.yamlDocuments("a: &a\n  b: *a\n"));
        assertTrue(e.getMessage().contains("recursive") || e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    void aBillionLaughsFileIsAnErrorOfTheCheckNamingTheFile() {
        PolicyChecker checker = assertDoesNotThrowLoad();
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", Collections.nCopies(10, "*" + (char) (c - 1))))
                    .append("]\n");
        }
        PolicyReport report = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> checker.checkManifests("bomb.yaml", yaml.toString()));
        assertEquals(1, report.errors().size(), report.errors().toString());
        assertTrue(report.errors().get(0).startsWith("bomb.yaml"), report.errors().get(0));
    }

    @Test
    void scalarsKeepTheirTypes() throws IOException {
        Map<?, ?> doc = (Map<?, ?>) PolicyChecker.yamlDocuments("""
                replicas: 3
                ratio: 0.5
                enabled: true
                nothing: null
                date: 2024-01-02
                quoted: "3"
                version: 1.10
                """).get(0);
        assertEquals(3, doc.get("replicas"));
        assertEquals(0.5, doc.get("ratio"));
        assertEquals(true, doc.get("enabled"));
        assertTrue(doc.containsKey("nothing") && doc.get("nothing") == null);
        assertEquals("2024-01-02", doc.get("date"));
        assertEquals("3", doc.get("quoted"));
        assertEquals(1.1, doc.get("version"));
    }

    @Test
    void aDataFileResolvesItsAliasesToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("exclusions.yaml");
        Files.writeString(file, "defaults: &d {registry: ghcr.io}\nimages:\n  web: *d\n");
        assertEquals(Map.of("registry", "ghcr.io"), ((Map<?, ?>) PolicyData.load(List.of(file)).get("images")).get("web"));
    }

    private static PolicyChecker assertDoesNotThrowLoad() {
        try {
            return new PolicyChecker(InProcessPolicyEngine.load(Path.of("policy")), List.of());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
