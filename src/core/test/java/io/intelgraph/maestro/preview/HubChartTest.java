package io.intelgraph.maestro.preview;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.intelgraph.maestro.policy.InProcessPolicyEngine;
import io.intelgraph.maestro.policy.PolicyChecker;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** helm/intelgraph with hub.enabled: the hub's Deployment, Service, Ingress, Secret and NetworkPolicy, as hardened as the rest. */
class HubChartTest {

    private static TemplateCommand chart() {
        return new Helm(Path.of("helm/intelgraph")).template().withName("intelgraph-pr-123").withNamespace("pr-123")
                .set("image.server.tag", "abc1234").set("image.client.tag", "abc1234").set("image.hub.tag", "abc1234");
    }

    private static String withHub() {
        return chart().set("hub.enabled", true).set("hub.webhookSecret", "webhook-secret-value")
                .set("hub.token", "a-hub-token-of-16-chars").set("hub.orgs[0]", "intelgraph").call();
    }

    private static List<HasMetadata> load(String yaml) {
        try (KubernetesClient parser = new KubernetesClientBuilder().build()) { // parses only, never connects
            return parser.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).items();
        }
    }

    private static List<HasMetadata> hubObjects(String yaml) {
        return load(yaml).stream().filter(o -> o.getMetadata().getName().startsWith("intelgraph-pr-123-hub")).toList();
    }

    @Test
    void offByDefault() {
        assertEquals(List.of(), hubObjects(chart().call()));
    }

    @Test
    void enabledItRendersTheHubsObjects() {
        List<String> kinds = hubObjects(withHub()).stream().map(HasMetadata::getKind).sorted().toList();
        assertEquals(List.of("Deployment", "Ingress", "NetworkPolicy", "Secret", "Service"), kinds);
    }

    @Test
    void theHubRunsHardenedWithItsSecretsFromTheSecret() {
        Deployment hub = hubObjects(withHub()).stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .findFirst().orElseThrow();
        var container = hub.getSpec().getTemplate().getSpec().getContainers().getFirst();
        assertEquals("ghcr.io/intelgraph/maestro-hub:abc1234", container.getImage());
        assertEquals(List.of("hub", "--bind", "0.0.0.0", "--port", "3080", "--org", "intelgraph"), container.getArgs());
        assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(List.of("MAESTRO_WEBHOOK_SECRET", "MAESTRO_HUB_TOKEN"),
                container.getEnv().stream().map(e -> e.getName()).toList());
        assertTrue(container.getEnv().stream().allMatch(e -> e.getValue() == null && e.getValueFrom().getSecretKeyRef() != null),
                "no secret is written into the Deployment");
        Secret secret = hubObjects(withHub()).stream().filter(Secret.class::isInstance).map(Secret.class::cast).findFirst()
                .orElseThrow();
        assertEquals("a-hub-token-of-16-chars", secret.getStringData().get("hub-token"));
    }

    @Test
    void theIngressServesOnlyTheWebhooksAndTheFeed() {
        Ingress ingress = hubObjects(withHub()).stream().filter(Ingress.class::isInstance).map(Ingress.class::cast)
                .findFirst().orElseThrow();
        assertEquals(List.of("/webhooks/github", "/api/buildhub"),
                ingress.getSpec().getRules().getFirst().getHttp().getPaths().stream().map(p -> p.getPath()).toList());
        assertEquals("hub-pr-123.preview.intelgraph.example.com", ingress.getSpec().getRules().getFirst().getHost());
    }

    @Test
    void anExistingSecretReplacesTheChartsOwn() {
        List<HasMetadata> objects = hubObjects(chart().set("hub.enabled", true).set("hub.existingSecret", "my-hub").call());
        assertTrue(objects.stream().noneMatch(Secret.class::isInstance));
    }

    @Test
    void withoutSecretsItIsRefused() {
        Exception e = assertThrows(IllegalStateException.class, () -> chart().set("hub.enabled", true).call());
        assertTrue(e.getMessage().contains("hub.webhookSecret is required"), e.getMessage());
    }

    @Test
    void aShortTokenIsRefusedByTheSchema() {
        Exception e = assertThrows(IllegalStateException.class, () -> chart().set("hub.enabled", true)
                .set("hub.webhookSecret", "s").set("hub.token", "short").call());
        assertTrue(e.getMessage().contains("/hub/token"), e.getMessage());
    }

    @Test
    void everyRenderedFieldIsOneKubernetesKnowsAndThePoliciesPass() throws Exception {
        String yaml = withHub();
        assertEquals(List.of(), KubernetesStrictness.unknownFields(yaml));
        var report = new PolicyChecker(InProcessPolicyEngine.load(Path.of("policy")), Optional.empty())
                .checkManifests("helm/intelgraph", yaml);
        assertEquals(0, report.denies(), report.findings().toString());
        assertEquals(List.of(), report.errors());
    }
}
