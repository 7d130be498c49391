package io.intelgraph.maestro.policy;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.ChartRenderer;
import io.intelgraph.maestro.rego.RegoPolicy;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** policy/: its own Rego unit tests pass, its hardened examples and the chart in helm/ pass it. */
class PolicyDirectoryTest {

    private static RegoPolicy policy;

    @BeforeAll
    static void compile() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> rego = Files.list(Path.of("policy"))) {
            for (Path file : rego.filter(p -> p.toString().endsWith(".rego")).sorted().toList()) {
                files.put(file.toString(), Files.readString(file));
            }
        }
        policy = RegoPolicy.compile(files);
    }

    private static List<Map<String, Object>> dockerfile(Path file) throws IOException {
        return new DockerfileParser().parse(Files.readString(file)).stream().map(DockerInstruction::toInput).toList();
    }

    @Test
    void everyRegoUnitTestPasses() {
        var results = policy.runTests();
        assertTrue(results.size() >= 35, "tests found: " + results.size());
        var failed = results.stream().filter(r -> !r.passed()).toList();
        assertEquals(List.of(), failed);
        assertTrue(results.stream().anyMatch(r -> r.pkg().equals("docker")));
        assertTrue(results.stream().anyMatch(r -> r.pkg().equals("kubernetes")));
    }

    @Test
    void theHardenedExampleDockerfilesPass() throws IOException {
        for (String example : List.of("policy/examples/Dockerfile.server", "policy/examples/Dockerfile.client")) {
            var input = dockerfile(Path.of(example));
            assertEquals(Optional.of(List.of()), policy.evaluate("docker", "deny", input, null), example);
            assertEquals(Optional.of(List.of()), policy.evaluate("docker", "warn", input, null), example);
        }
    }

    /**
     * The hub's image is built by Jib in CI (no registry to pull its base from here), so what can be checked
     * here is its definition: the jib-maven-plugin configuration in pom.xml, written out as the Dockerfile it
     * amounts to — Jib compiles in the Maven build and ships only the result (a build stage, then the base
     * with the classes), the user, working directory and entry point — against the same Dockerfile policy.
     * One rule it cannot meet: Jib writes no HEALTHCHECK (Docker's own, not in the OCI image format:
     * GoogleContainerTools/jib#676); in the cluster the chart's probes on /health and /ready check the hub.
     */
    @Test
    void theHubsJibImageDefinitionPassesTheDockerfilePolicyButForTheHealthcheckJibCannotWrite() throws Exception {
        Element jib = jibConfiguration(Path.of("pom.xml"));
        String base = text(jib, "from/image");
        String user = text(jib, "container/user");
        String dockerfile = "FROM maven:3.9.9-eclipse-temurin-21 AS build\nRUN mvn -B -q package\n"
                + "FROM " + base + "\n"
                + "WORKDIR " + text(jib, "container/workingDirectory") + "\n"
                + "COPY --from=build --chown=" + user + " /src/target/app /app\n"
                + "USER " + user + "\n"
                + "EXPOSE 3080\n"
                + "ENTRYPOINT [\"java\", \"" + text(jib, "container/jvmFlags/jvmFlag") + "\", \"-cp\", \"/app/libs/*\", "
                + "\"io.intelgraph.maestro.cli.Main\", \"" + text(jib, "container/args/arg") + "\"]\n";
        var input = new DockerfileParser().parse(dockerfile).stream().map(DockerInstruction::toInput).toList();
        assertEquals("65532:65532", user, "non-root");
        assertEquals(Optional.of(List.of("The final stage must declare a HEALTHCHECK")),
                policy.evaluate("docker", "deny", input, null), dockerfile);
    }

    private static Element jibConfiguration(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("jib-maven-plugin")) {
                return (Element) plugin.getElementsByTagName("configuration").item(0);
            }
        }
        throw new AssertionError("no jib-maven-plugin in " + pom);
    }

    /** The text of the first element at {@code path} (names separated by '/') below {@code from}. */
    private static String text(Element from, String path) {
        Element at = from;
        for (String name : path.split("/")) {
            at = (Element) at.getElementsByTagName(name).item(0);
            if (at == null) {
                throw new AssertionError("no " + path + " in the Jib configuration");
            }
        }
        return at.getTextContent().strip();
    }

    @Test
    void theChartPassesTheKubernetesPolicy() {
        String manifests = new ChartRenderer(Path.of("helm/intelgraph")).render(new PreviewRequest(
                RepoId.parse("intelgraph/intelgraph"), 7, "abc1234", Duration.ofHours(24)), Instant.parse("2026-11-25T00:00:00Z"));
        try (var client = new KubernetesClientBuilder().build()) {
            var objects = client.load(new ByteArrayInputStream(manifests.getBytes(StandardCharsets.UTF_8))).items();
            assertEquals(11, objects.size());
            for (var object : objects) {
                Object input = Serialization.unmarshal(Serialization.asJson(object), Map.class);
                assertEquals(Optional.of(List.of()), policy.evaluate("kubernetes", "deny", input, null),
                        object.getKind() + "/" + object.getMetadata().getName());
            }
        }
    }

    @Test
    void conftestsExampleDockerfileFailsTheHardeningPolicy() {
        var input = new DockerfileParser().parse(new String(Fixtures.bytes("conftest/docker/Dockerfile"),
                StandardCharsets.UTF_8)).stream().map(DockerInstruction::toInput).toList();
        @SuppressWarnings("unchecked")
        List<String> denials = (List<String>) policy.evaluate("docker", "deny", input, null).orElseThrow();
        assertEquals(List.of(
                "Base image openjdk:8-jdk-alpine is pinned by tag only: add @sha256:<digest> for a reproducible build"),
                policy.evaluate("docker", "warn", input, null).map(w -> ((List<?>) w).stream()
                        .filter(m -> m.toString().startsWith("Base")).toList()).orElseThrow());
        assertTrue(denials.contains("Use a multi-stage build: compile in one stage, ship only the result from a minimal final stage"));
        assertTrue(denials.contains("The final stage must set a non-root USER"));
        assertTrue(denials.contains("The final stage must declare a HEALTHCHECK"));
        assertTrue(denials.stream().anyMatch(d -> d.startsWith("Final stage runs on openjdk:8-jdk-alpine")));
    }
}
