package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyCommandTest {

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void theHardenedExamplesAndTheChartPass() {
        CliRun result = run("policy", "check", "policy/examples", "helm/intelgraph");
        assertEquals(0, result.exit(), result.out() + result.err());
        // 13 documents; conftest counts every deny/warn rule body per document as a test.
        assertTrue(result.out().contains("136 tests, 136 passed, 0 warnings, 0 failures, 0 exceptions"), result.out());
    }

    /** conftest's acceptance test "Can parse docker files": same policy, same file, same message, exit 1. */
    @Test
    void conftestsDockerExampleGivesConftestsVerdict() {
        CliRun main = run("policy", "check", "-p", "src/core/test/resources/conftest/docker/policy", "--namespace", "main",
                "src/core/test/resources/conftest/docker/Dockerfile");
        assertEquals(1, main.exit());
        assertTrue(main.out().contains("FAIL - src/core/test/resources/conftest/docker/Dockerfile:1 - main - "
                + "unallowed image found [\"openjdk:8-jdk-alpine\"]"), main.out());
        CliRun commands = run("policy", "check", "-p", "src/core/test/resources/conftest/docker/policy", "--namespace",
                "commands", "src/core/test/resources/conftest/docker/Dockerfile");
        assertEquals(1, commands.exit());
        assertTrue(commands.out().contains("unallowed commands found [\"apk add --no-cache python3 python3-dev build-base"
                + " && pip3 install awscli==1.18.1\"]"), commands.out());
    }

    /** conftest's acceptance test "Exceptions reported correctly", on its exceptions example. */
    @Test
    void conftestsExceptionsExampleGivesConftestsCounts() throws Exception {
        String dir = "src/core/test/resources/conftest/exceptions";
        CliRun result = run("policy", "check", "-p", dir + "/policy", "--namespace", "main", dir + "/deployments.yaml");
        assertEquals(1, result.exit());
        assertEquals(List.of(
                "FAIL - " + dir + "/deployments.yaml - main - Containers must not run as root in Deployment cannot-run-as-root",
                "EXCP - " + dir + "/deployments.yaml - main - data.main.exception[_][_] == \"run_as_root\"",
                "2 tests, 0 passed, 0 warnings, 1 failure, 1 exception"), nonBlankLines(result.out()));
        CliRun json = run("policy", "check", "-o", "json", "-p", dir + "/policy", "--namespace", "main",
                dir + "/deployments.yaml");
        JsonNode file = new ObjectMapper().readTree(json.out()).get(0);
        assertEquals("data.main.exception[_][_] == \"run_as_root\"", file.get("exceptions").get(0).get("msg").asText());
        assertEquals(1, file.get("failures").size());
        assertEquals("data.main.deny_run_as_root", file.at("/failures/0/metadata/query").asText(), "the rule that said it");
    }

    /** conftest's "The number of tests run is accurate" and "Output results only once". */
    @Test
    void conftestsTestCountsAndOutputLines() {
        String policy = "src/core/test/resources/conftest/kubernetes/policy";
        CliRun service = run("policy", "check", "-p", policy, "--namespace", "main",
                "src/core/test/resources/conftest/kubernetes/service.yaml");
        assertEquals("5 tests, 4 passed, 1 warning, 0 failures, 0 exceptions", nonBlankLines(service.out()).get(1));
        CliRun deployment = run("policy", "check", "-p", policy, "--namespace", "main",
                "src/core/test/resources/conftest/kubernetes/deployment.yaml");
        assertEquals(5, nonBlankLines(deployment.out()).size(), deployment.out());
    }

    /** conftest's --output json: every file, with its successes; empty kinds left out. */
    @Test
    void jsonListsEveryFileWithItsSuccesses() throws Exception {
        String dir = "src/core/test/resources/conftest/kubernetes/";
        CliRun result = run("policy", "check", "-o", "json", "-p", dir + "policy", "--namespace", "main",
                dir + "service.yaml", dir + "deployment.yaml");
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(2, json.size(), result.out());
        assertEquals(dir + "service.yaml", json.get(0).get("filename").asText());
        assertEquals(4, json.get(0).get("successes").asInt());
        assertEquals(1, json.get(0).get("warnings").size());
        assertTrue(!json.get(0).has("failures"), "no empty failures list, as conftest");
        assertEquals(1, json.get(1).get("successes").asInt());
        assertEquals(4, json.get(1).get("failures").size());
    }

    /** GitHub annotations on the offending line, and JUnit XML a CI server reads as test results. */
    @Test
    void githubAnnotationsAndJunitXml() throws Exception {
        String dockerfile = "src/core/test/resources/conftest/docker/Dockerfile";
        CliRun github = run("policy", "check", "-o", "github", dockerfile);
        assertEquals(1, github.exit());
        List<String> lines = nonBlankLines(github.out());
        assertTrue(lines.get(0).startsWith("::error file=" + dockerfile + ",line=1,title=policy docker::"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=" + dockerfile)), github.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ tests, \\d+ passed, 5 warnings, 4 failures, 0 exceptions"),
                lines.get(lines.size() - 1));

        CliRun junit = run("policy", "check", "-o", "junit", dockerfile, "policy/examples/Dockerfile.server");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        var suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        var failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("4 denies", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().startsWith("line 1: "), failure.getTextContent());
    }

    /** conftest's "Combining multi-document yaml file has same result": one input of every document. */
    @Test
    void combineChecksEveryDocumentAsOneInput() {
        String dir = "src/core/test/resources/conftest/combine/";
        // The example is Rego v0; conftest (v0.60+) reads v1 unless told.
        CliRun result = run("policy", "check", "--combine", "--rego-version", "v0", "-p", dir + "policy", dir + "team.yaml",
                dir + "users.yaml");
        assertEquals(1, result.exit());
        assertEquals(List.of("FAIL - Combined - main - Existing users [\"jan.doe@example.com\", \"john.doe@example.com\"]"
                        + " | Configured users [\"jane.doe@example.com\", \"john.doe@example.com\"] | Missing users"
                        + " [\"jane.doe@example.com\"]", "2 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions"),
                nonBlankLines(result.out()));
    }

    /** JSON files are documents too, and a top-level list is a document per element, as conftest takes them. */
    @Test
    void jsonFilesAndTopLevelListsAreCheckedDocumentByDocument(@TempDir Path dir) throws Exception {
        String deployment = Files.readString(Path.of("src/core/test/resources/conftest/kubernetes/deployment.yaml"));
        Object manifest = new ObjectMapper(new YAMLFactory()).readValue(deployment,
                Object.class);
        Files.writeString(dir.resolve("deployment.json"), new ObjectMapper().writeValueAsString(manifest));
        Files.writeString(dir.resolve("two.json"), new ObjectMapper().writeValueAsString(List.of(manifest, manifest)));
        String policy = "src/core/test/resources/conftest/kubernetes/policy";
        CliRun one = run("policy", "check", "-p", policy, "--namespace", "main", dir.resolve("deployment.json").toString());
        assertEquals(1, one.exit());
        assertEquals("5 tests, 1 passed, 0 warnings, 4 failures, 0 exceptions", nonBlankLines(one.out()).get(4),
                "as conftest on deployment.yaml");
        CliRun two = run("policy", "check", "-p", policy, "--namespace", "main", dir.resolve("two.json").toString());
        assertEquals("10 tests, 2 passed, 0 warnings, 8 failures, 0 exceptions",
                nonBlankLines(two.out()).get(nonBlankLines(two.out()).size() - 1));
        Files.writeString(dir.resolve("settings.toml"), "a = 1\n");
        CliRun toml = run("policy", "check", "-p", policy, dir.resolve("settings.toml").toString());
        assertEquals(3, toml.exit());
        assertTrue(toml.err().contains("not a Dockerfile, a YAML or JSON document, or a Helm chart"), toml.err());
    }

    private static List<String> nonBlankLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    /** conftest's "Test command with all namespaces flag", and repeated --namespace flags. */
    @Test
    void allNamespacesAndRepeatedNamespacesCheckEveryPackage() {
        String policy = "src/core/test/resources/conftest/docker/policy";
        String dockerfile = "src/core/test/resources/conftest/docker/Dockerfile";
        for (CliRun result : List.of(run("policy", "check", "-p", policy, "--all-namespaces", dockerfile),
                run("policy", "check", "-p", policy, "--namespace", "main", "--namespace", "commands", dockerfile))) {
            assertEquals(1, result.exit());
            assertTrue(result.out().contains("main - unallowed image found [\"openjdk:8-jdk-alpine\"]"), result.out());
            assertTrue(result.out().contains("commands - unallowed commands found [\"apk add --no-cache python3 python3-dev"
                    + " build-base && pip3 install awscli==1.18.1\"]"), result.out());
        }
    }

    /** conftest's acceptance tests on its Kubernetes example: same exit codes, same warning. */
    @Test
    void conftestsKubernetesExampleGivesConftestsVerdicts() {
        String policy = "src/core/test/resources/conftest/kubernetes/policy";
        CliRun service = run("policy", "check", "-p", policy, "--namespace", "main",
                "src/core/test/resources/conftest/kubernetes/service.yaml");
        assertEquals(0, service.exit(), service.out() + service.err());
        assertTrue(service.out().contains("WARN - src/core/test/resources/conftest/kubernetes/service.yaml - main - "
                + "Found service hello-kubernetes but services are not allowed"), service.out());
        assertEquals(1, run("policy", "check", "--fail-on-warn", "-p", policy, "--namespace", "main",
                "src/core/test/resources/conftest/kubernetes/service.yaml").exit());
        CliRun deployment = run("policy", "check", "-p", policy, "--namespace", "main",
                "src/core/test/resources/conftest/kubernetes/deployment.yaml");
        assertEquals(1, deployment.exit());
        assertTrue(deployment.out().contains("Containers must not run as root in Deployment hello-kubernetes"));
        assertTrue(deployment.out().contains("Deployment hello-kubernetes must provide app/release labels for pod selectors"));
        assertTrue(deployment.out().contains("Found deployment hello-kubernetes but deployments are not allowed"));
        assertEquals(0, run("policy", "check", "-p", policy, "--namespace", "notpresent",
                "src/core/test/resources/conftest/kubernetes/deployment.yaml").exit());
    }

    /** conftest verify on the same policies: "4 tests, 4 passed". */
    @Test
    void conftestsKubernetesUnitTestsPass() {
        CliRun verify = run("policy", "verify", "-p", "src/core/test/resources/conftest/kubernetes/policy");
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().endsWith("4 tests, 4 passed, 0 warnings, 0 failures, 0 exceptions\n"), verify.out());
        CliRun ours = run("policy", "verify", "-v");
        assertEquals(0, ours.exit(), ours.out() + ours.err());
        assertTrue(ours.out().contains("data.docker.test_hardened_dockerfile_passes: PASS\n"), ours.out());
        assertTrue(ours.out().endsWith("41 tests, 41 passed, 0 warnings, 0 failures, 0 exceptions\n"), ours.out());
    }

    @Test
    void aFailingPolicyTestShowsWhatItPrintedAndExitsOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.rego"), """
                package docker
                import rego.v1
                deny contains "latest tag" if {
                    some i in input
                    i.Cmd == "from"
                    print("base:", i.Value[0], "stage:", i.Stage, "missing:", input.nope)
                    endswith(i.Value[0], ":latest")
                }
                """);
        Files.writeString(dir.resolve("p_test.rego"), """
                package docker
                import rego.v1
                test_latest_is_denied if {
                    r := deny with input as [{"Cmd": "from", "Value": ["alpine:latest"], "Stage": 0}]
                    print("denies:", r)
                    count(r) == 2
                }
                test_nothing_to_deny if count(deny) == 0 with input as []
                """);
        CliRun verify = run("policy", "verify", "-p", dir.toString());
        assertEquals(1, verify.exit());
        assertEquals("""
                data.docker.test_latest_is_denied: FAIL
                  base: alpine:latest stage: 0 missing: <undefined>
                  denies: {"latest tag"}

                2 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions
                """, verify.out());
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:latest\n");
        CliRun check = run("policy", "check", "-p", dir.toString(), dir.resolve("Dockerfile").toString());
        assertEquals(1, check.exit());
        assertTrue(check.err().contains("base: alpine:latest stage: 0 missing: <undefined>\n"), check.err());
        assertTrue(!check.out().contains("base:"), "print() output stays off the report: " + check.out());
        Files.writeString(dir.resolve("d_test.rego"), """
                package docker
                import rego.v1
                test_data_is_given if data.registries == ["ghcr.io/"]
                """);
        Files.writeString(dir.resolve("registries.json"), "{\"registries\": [\"ghcr.io/\"]}");
        assertEquals("data.docker.test_data_is_given: PASS\n", run("policy", "verify", "-v", "-p", dir.toString(), "-d",
                dir.resolve("registries.json").toString()).out().lines().filter(l -> l.contains("test_data"))
                .map(l -> l + "\n").findFirst().orElse(""));
        Files.delete(dir.resolve("d_test.rego"));
        Files.writeString(dir.resolve("broken.rego"), "package docker\nimport rego.v1\ndeny contains msg if {\n  msg :=\n}\n");
        CliRun broken = run("policy", "check", "-p", dir.toString(), dir.resolve("Dockerfile").toString());
        assertEquals(3, broken.exit(), "policies that do not parse: nothing was checked");
        assertTrue(broken.err().contains("broken.rego:4:7: expected '}' but found ':='"), broken.err());
        assertEquals(1, run("policy", "verify", "-p", dir.toString()).exit());
        Files.delete(dir.resolve("broken.rego"));
        Files.delete(dir.resolve("p_test.rego"));
        CliRun none = run("policy", "verify", "-p", dir.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no test_* rules in " + dir), none.err());
    }

    @Test
    void ourPolicyOnConftestsExampleAsJson() throws Exception {
        CliRun result = run("policy", "check", "-o", "json", "src/core/test/resources/conftest/docker/Dockerfile");
        assertEquals(1, result.exit());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("docker", json.get(0).get("namespace").asText());
        assertEquals(4, json.get(0).get("failures").size());
        assertEquals(5, json.get(0).get("warnings").size());
        assertEquals(1, json.get(0).at("/failures/0/metadata/line").asInt(), "the FROM line");
    }

    @Test
    void warningsCanFailAndErrorsAreNeverAPass() {
        CliRun onlyWarnings = run("policy", "check", "--fail-on-warn", "-p", "policy",
                "src/core/test/resources/conftest/docker/Dockerfile");
        assertEquals(2, onlyWarnings.exit(), "failures with --fail-on-warn exit 2");
        CliRun missing = run("policy", "check", "does/not/exist.Dockerfile");
        assertEquals(3, missing.exit());
        assertTrue(missing.err().contains("does/not/exist.Dockerfile: no such file or directory"), missing.err());
    }
    /** conftest --data: the policies' data from JSON/YAML files; directories nest by subdirectory. */
    @Test
    void policyDataComesFromDataFilesAsConftestLoadsThem(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("deployment.yaml");
        Files.writeString(manifest, Files.readString(Path.of("src/core/test/resources/conftest/kubernetes/deployment.yaml")));
        String registryDeny = "is not from an allowed registry";
        CliRun without = run("policy", "check", "--namespace", "kubernetes", manifest.toString());
        assertTrue(without.out().contains(registryDeny), without.out());

        Path file = dir.resolve("registries.yaml");
        Files.writeString(file, "allowed_registries:\n  - docker.io/\n  - \"\"\n");
        CliRun withFile = run("policy", "check", "--namespace", "kubernetes", "--data", file.toString(), manifest.toString());
        assertTrue(!withFile.out().contains(registryDeny), withFile.out());
        assertTrue(withFile.out().contains("FAIL"), "the other rules still apply: " + withFile.out());

        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("teams/web"));
        Files.writeString(tree.resolve("top.json"), "{\"allowed_registries\": [\"\"]}");
        Files.writeString(tree.resolve("teams/web/owners.yml"), "lead: ana\n");
        Path probe = dir.resolve("probe");
        Files.createDirectories(probe);
        Files.writeString(probe.resolve("probe.rego"), """
                package kubernetes
                import rego.v1
                warn contains sprintf("lead %s, registries %v", [data.teams.web.lead, data.allowed_registries]) if true
                """);
        CliRun nested = run("policy", "check", "-p", probe.toString(), "--namespace", "kubernetes", "-d", tree.toString(),
                manifest.toString());
        assertTrue(nested.out().contains("lead ana, registries [\"\"]"), nested.out() + nested.err());

        Files.writeString(tree.resolve("teams/clash.json"), "{\"web\": {\"lead\": \"bo\"}}");
        CliRun clash = run("policy", "check", "--namespace", "kubernetes", "-d", tree.toString(), manifest.toString());
        assertEquals(3, clash.exit());
        assertTrue(clash.err().contains("data.teams.web.lead is given twice"), clash.err());
    }
    /** conftest's "Pass when testing a YAML document via stdin", and a Dockerfile piped in with --parser. */
    @Test
    void standardInputIsCheckedLikeAFile() throws Exception {
        String service = Files.readString(Path.of("src/core/test/resources/conftest/kubernetes/service.yaml"));
        CliRun yaml = CliRun.run(Map.of(), service, "policy", "check", "-p", "src/core/test/resources/conftest/kubernetes/policy",
                "--namespace", "main", "-");
        assertEquals(0, yaml.exit(), yaml.out() + yaml.err());
        assertTrue(yaml.out().contains("WARN - - - main - Found service hello-kubernetes but services are not allowed"),
                yaml.out());
        String dockerfile = Files.readString(Path.of("src/core/test/resources/conftest/docker/Dockerfile"));
        CliRun docker = CliRun.run(Map.of(), dockerfile, "policy", "check", "-p", "src/core/test/resources/conftest/docker/policy",
                "--namespace", "main", "--parser", "dockerfile", "-", "policy/examples/Dockerfile.server");
        assertEquals(1, docker.exit());
        assertTrue(docker.out().contains("FAIL - -:1 - main - unallowed image found [\"openjdk:8-jdk-alpine\"]"), docker.out());
    }

    /** A function that recurses without end is a clear error naming it, exit 3 (1 is conftest's "failures"). */
    @Test
    void endlessRecursionIsAnErrorThatNamesTheFunction(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loop.rego"), """
                package main
                f(x) := f(x + 1)
                deny contains "loop" if f(1)
                """);
        Files.writeString(dir.resolve("doc.json"), "{}");
        CliRun result = run("policy", "check", "-p", dir.toString(), "--namespace", "main", dir.resolve("doc.json").toString());
        assertEquals(3, result.exit(), result.out() + result.err());
        assertTrue(result.err().contains("function main.f recursed too deeply"), result.err());
        assertTrue(result.err().lines().count() < 10, result.err());
    }

    /** --rego-version as conftest takes it: v1 by default, v0 on request, import rego.v1 always v1. */
    @Test
    void regoVersionV0AndV1(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("old.rego"), """
                package main
                deny[msg] { input.bad; msg := "bad" }
                """);
        Files.writeString(dir.resolve("doc.json"), "{\"bad\": true}");
        String doc = dir.resolve("doc.json").toString();
        CliRun v1 = run("policy", "check", "-p", dir.toString(), "--namespace", "main", doc);
        assertEquals(3, v1.exit(), v1.out() + v1.err());
        assertTrue(v1.err().contains("`if` keyword is required"), v1.err());
        CliRun v0 = run("policy", "check", "--rego-version", "v0", "-p", dir.toString(), "--namespace", "main", doc);
        assertEquals(1, v0.exit(), v0.out() + v0.err());
        assertTrue(v0.out().contains("FAIL - " + doc + " - main - bad"), v0.out());
    }
}
