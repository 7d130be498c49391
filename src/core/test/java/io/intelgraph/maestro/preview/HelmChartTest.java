package io.intelgraph.maestro.preview;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** helm/intelgraph through a real Helm (helm-java's native library): lint and template. */
class HelmChartTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final PreviewRequest REQUEST = new PreviewRequest(RepoId.parse("intelgraph/intelgraph"), 123,
            "abc1234def5678", Duration.ofHours(48));

    private static final ChartRenderer CHART = new ChartRenderer(Path.of("helm/intelgraph"));
    private static KubernetesClient parser;
    private static List<HasMetadata> objects;

    @BeforeAll
    static void render() {
        parser = new KubernetesClientBuilder().build(); // only parses YAML here, never connects
        objects = parser.load(new ByteArrayInputStream(CHART.render(REQUEST, NOW).getBytes(StandardCharsets.UTF_8))).items();
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void lintsClean() {
        var lint = CHART.lint();
        assertFalse(lint.isFailed(), lint.getMessages().toString());
        assertTrue(lint.getMessages().stream().noneMatch(m -> m.startsWith("[ERROR]") || m.startsWith("[WARNING]")),
                lint.getMessages().toString());
    }

    @Test
    void rendersEveryObjectAPreviewNeeds() {
        Map<String, Long> kinds = objects.stream().collect(Collectors.groupingBy(HasMetadata::getKind, Collectors.counting()));
        assertEquals(Map.of("Deployment", 2L, "Service", 2L, "HorizontalPodAutoscaler", 2L, "Ingress", 1L,
                "ResourceQuota", 1L, "LimitRange", 1L, "NetworkPolicy", 2L), kinds);
        assertTrue(objects.stream().allMatch(o -> "pr-123".equals(o.getMetadata().getNamespace())));
    }

    @Test
    void everythingCarriesTheGuardLabels() {
        for (HasMetadata o : objects) {
            Map<String, String> labels = o.getMetadata().getLabels();
            assertEquals("true", labels.get(PreviewLabels.PREVIEW), o.getKind());
            assertEquals("123", labels.get(PreviewLabels.PR), o.getKind());
            assertEquals("intelgraph.intelgraph", labels.get(PreviewLabels.REPO), o.getKind());
            assertEquals("Helm", labels.get("app.kubernetes.io/managed-by"), o.getKind());
        }
        Deployment server = deployment("intelgraph-pr-123-server");
        assertEquals("2026-11-27T12:00:00Z", server.getMetadata().getAnnotations().get(PreviewLabels.EXPIRES_AT));
        assertEquals("48", server.getMetadata().getAnnotations().get(PreviewLabels.TTL_HOURS));
    }

    @Test
    void workloadsRunHardenedWithTheHeadShaAsTag() {
        for (String component : List.of("server", "client")) {
            Deployment d = deployment("intelgraph-pr-123-" + component);
            var pod = d.getSpec().getTemplate().getSpec();
            var container = pod.getContainers().get(0);
            assertEquals("ghcr.io/intelgraph/intelgraph-" + component + ":abc1234def5678", container.getImage());
            assertTrue(pod.getSecurityContext().getRunAsNonRoot());
            assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
            assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation());
            assertFalse(container.getSecurityContext().getPrivileged());
            assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
            assertTrue(container.getLivenessProbe().getHttpGet() != null && container.getReadinessProbe().getHttpGet() != null);
            assertTrue(container.getResources().getRequests().containsKey("cpu"));
            assertTrue(container.getResources().getLimits().containsKey("memory"));
            assertFalse(pod.getAutomountServiceAccountToken());
        }
    }

    @Test
    void ingressServesThePrHostOverTls() {
        Ingress ingress = (Ingress) objects.stream().filter(o -> o instanceof Ingress).findFirst().orElseThrow();
        assertEquals("pr-123.preview.intelgraph.example.com", ingress.getSpec().getRules().get(0).getHost());
        assertEquals("intelgraph-pr-123-tls", ingress.getSpec().getTls().get(0).getSecretName());
        assertEquals("letsencrypt-prod", ingress.getMetadata().getAnnotations().get("cert-manager.io/cluster-issuer"),
                "browsers trust a production certificate; staging is chosen, not defaulted");
    }

    /** The original product's documented command: no pr.number, only the namespace and the image tags. */
    @Test
    void theOriginalsOwnCommandTakesThePrNumberFromTheNamespace() {
        List<HasMetadata> rendered = load(new Helm(Path.of("helm/intelgraph")).template().withName("intelgraph-pr-123")
                .withNamespace("pr-123").set("image.server.tag", "abc123").set("image.client.tag", "abc123").call());
        assertEquals(11, rendered.size());
        for (HasMetadata o : rendered) {
            assertTrue(o.getMetadata().getName().startsWith("intelgraph-pr-123"), o.getKind() + " " + o.getMetadata().getName());
            assertEquals("123", o.getMetadata().getLabels().get(PreviewLabels.PR), o.getKind());
        }
        Ingress ingress = (Ingress) rendered.stream().filter(o -> o instanceof Ingress).findFirst().orElseThrow();
        assertEquals("pr-123.preview.intelgraph.example.com", ingress.getSpec().getRules().get(0).getHost());
        assertEquals("intelgraph-pr-123-tls", ingress.getSpec().getTls().get(0).getSecretName());
        Deployment server = rendered.stream().filter(o -> o instanceof Deployment && o.getMetadata().getName().endsWith("-server"))
                .map(Deployment.class::cast).findFirst().orElseThrow();
        assertEquals(List.of("123"), server.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals("PR_NUMBER")).map(e -> e.getValue()).toList());
    }

    @Test
    void prNumberZeroIsRefusedByTheSchema() {
        var zero = new Helm(Path.of("helm/intelgraph")).template().withName("z").withNamespace("pr-123")
                .set("pr.number", 0).set("image.server.tag", "abc1234").set("image.client.tag", "abc1234");
        Exception e = assertThrows(IllegalStateException.class, zero::call);
        assertTrue(e.getMessage().contains("at '/pr/number': minimum: got 0, want 1"), e.getMessage());
    }

    @Test
    void withoutAPrNumberANamespaceThatIsNotPrNIsRefused() {
        var nowhere = new Helm(Path.of("helm/intelgraph")).template().withName("n").withNamespace("previews")
                .set("image.server.tag", "abc1234").set("image.client.tag", "abc1234");
        Exception e = assertThrows(IllegalStateException.class, nowhere::call);
        assertTrue(e.getMessage().contains("pr.number is not set and namespace \"previews\" is not pr-<number>:"
                + " set pr.number (1 or more) or install into namespace pr-<number>"), e.getMessage());
    }

    @Test
    void aPrNumberThatContradictsItsNamespaceIsRefused() {
        var elsewhere = new Helm(Path.of("helm/intelgraph")).template().withName("m").withNamespace("pr-123")
                .set("pr.number", 5).set("image.server.tag", "abc1234").set("image.client.tag", "abc1234");
        Exception e = assertThrows(IllegalStateException.class, elsewhere::call);
        assertTrue(e.getMessage().contains("pr.number is 5 but the namespace is pr-123: PR 5's preview belongs in"
                + " namespace pr-5"), e.getMessage());
    }

    @Test
    void theLetsEncryptStagingIssuerIsAChoiceTheReadmeAndNotesExplain() throws Exception {
        List<HasMetadata> staging = load(new Helm(Path.of("helm/intelgraph")).template().withName("s").withNamespace("pr-9")
                .set("image.server.tag", "abc1234").set("image.client.tag", "abc1234")
                .set("ingress.clusterIssuer", "letsencrypt-staging").call());
        Ingress ingress = (Ingress) staging.stream().filter(o -> o instanceof Ingress).findFirst().orElseThrow();
        assertEquals("letsencrypt-staging", ingress.getMetadata().getAnnotations().get("cert-manager.io/cluster-issuer"));
        String readme = Files.readString(Path.of("helm/intelgraph/README.md"));
        assertTrue(readme.contains("`ingress.clusterIssuer` | `letsencrypt-prod`"), readme);
        assertTrue(readme.contains("--set ingress.clusterIssuer=letsencrypt-staging"), readme);
        assertTrue(notes("letsencrypt-staging").contains("TLS: certificate from the cert-manager ClusterIssuer letsencrypt-staging\n"
                + "     (a staging issuer: browsers do not trust its certificates; --set ingress.clusterIssuer=letsencrypt-prod"
                + " for a trusted one)\n"), notes("letsencrypt-staging"));
        String production = notes(null);
        assertTrue(production.contains("Preview for (pr.repo not set) PR #123 is deploying\ninto namespace pr-123.\n"
                + "URL: https://pr-123.preview.intelgraph.example.com\n"
                + "TLS: certificate from the cert-manager ClusterIssuer letsencrypt-prod\n"), production);
        assertFalse(production.contains("staging"), production);
    }

    /** NOTES.txt as `helm install --dry-run` prints it for the original's command (optionally with an issuer). */
    private static String notes(String issuer) {
        var install = new Helm(Path.of("helm/intelgraph")).install().withName("intelgraph-pr-123").withNamespace("pr-123")
                .set("image.server.tag", "abc123").set("image.client.tag", "abc123").dryRun().clientOnly();
        if (issuer != null) {
            install.set("ingress.clusterIssuer", issuer);
        }
        String output = install.call().getOutput();
        return output.substring(output.indexOf("NOTES:"));
    }

    /** As kubeconform -strict: every field of every object is one Kubernetes' API types know, with its type. */
    @Test
    void everyRenderedFieldIsOneKubernetesKnows() {
        for (String yaml : List.of(CHART.render(REQUEST, NOW), new Helm(Path.of("helm/intelgraph")).template()
                .withName("intelgraph-pr-123").withNamespace("pr-123").set("image.server.tag", "abc123")
                .set("image.client.tag", "abc123").call())) {
            List<String> unknown = KubernetesStrictness.unknownFields(yaml);
            assertEquals(List.of(), unknown);
        }
        assertEquals(List.of("Deployment/x: spec.replicas is \"2\", Kubernetes reads 2",
                        "Deployment/x: spec.template.spec.containers[0].securityContext.runAsNonroot is not a field Kubernetes knows"),
                KubernetesStrictness.unknownFields("""
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: x}
                        spec:
                          replicas: "2"
                          selector: {matchLabels: {a: b}}
                          template:
                            metadata: {labels: {a: b}}
                            spec:
                              containers:
                                - name: c
                                  image: i
                                  securityContext: {runAsNonroot: true}
                        """), "a misspelt field and a mistyped one are caught");
    }

    @Test
    void theRenderedChartPassesThePolicies() throws Exception {
        var checker = new PolicyChecker(
                InProcessPolicyEngine.load(Path.of("policy")), Optional.empty());
        var report = checker.checkManifests("helm/intelgraph", CHART.render(REQUEST, NOW));
        assertEquals(0, report.denies(), report.findings().toString());
        assertEquals(List.of(), report.errors());
    }

    private static List<HasMetadata> load(String yaml) {
        return parser.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).items();
    }

    @Test
    void theSchemaRefusesLatest() {
        var latest = new Helm(Path.of("helm/intelgraph")).template().withName("x").withNamespace("pr-1")
                .set("pr.number", 1).set("image.server.tag", "latest").set("image.client.tag", "abc1234");
        Exception e = assertThrows(IllegalStateException.class, latest::call);
        assertTrue(e.getMessage().contains("at '/image/server/tag': 'not' failed"), e.getMessage());
    }

    @Test
    void aMissingTagIsRequired() {
        var missing = new Helm(Path.of("helm/intelgraph")).template().withName("y").withNamespace("pr-2")
                .set("pr.number", 2).set("image.client.tag", "abc1234");
        Exception m = assertThrows(IllegalStateException.class, missing::call);
        assertTrue(m.getMessage().contains("image.server.tag is required"), m.getMessage());
    }

    @Test
    void theReadmeCommandLine() {
        assertEquals("helm upgrade --install intelgraph-pr-123 helm/intelgraph --namespace pr-123 --create-namespace"
                        + " --set image.server.tag=abc1234def5678 --set image.client.tag=abc1234def5678 --set pr.number=123"
                        + " --set pr.repo=intelgraph/intelgraph --set pr.headSha=abc1234def5678 --set pr.ttlHours=48"
                        + " --set pr.expiresAt=2026-11-27T12:00:00Z",
                String.join(" ", ChartRenderer.commandLine(REQUEST, Path.of("helm/intelgraph"), NOW)));
    }

    private static Deployment deployment(String name) {
        return objects.stream().filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(name))
                .map(Deployment.class::cast).findFirst().orElseThrow();
    }
}
