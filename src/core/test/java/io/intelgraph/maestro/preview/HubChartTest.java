package io.intelgraph.maestro.preview;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * helm/intelgraph with hub.enabled: the hub's Deployment, Service, Ingress, Secret and NetworkPolicy, as hardened as
 * the rest; with hub.replicas 2, leader election on a Lease, the leader written as the Service's endpoint (ServiceAccount,
 * Role and RoleBinding for those, /ready probe, no selector on the Service).
 */
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
        assertEquals(List.of("MAESTRO_WEBHOOK_SECRET", "MAESTRO_HUB_TOKEN", "MAESTRO_HUB_HOSTS"),
                container.getEnv().stream().map(e -> e.getName()).toList());
        assertTrue(container.getEnv().stream().filter(e -> e.getName().endsWith("_SECRET") || e.getName().endsWith("_TOKEN"))
                .allMatch(e -> e.getValue() == null && e.getValueFrom().getSecretKeyRef() != null),
                "no secret is written into the Deployment");
        assertFalse(hub.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken(), "one hub needs no API token");
        assertEquals("/ready", container.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/health", container.getLivenessProbe().getHttpGet().getPath());
        Secret secret = hubObjects(withHub()).stream().filter(Secret.class::isInstance).map(Secret.class::cast).findFirst()
                .orElseThrow();
        assertEquals("a-hub-token-of-16-chars", secret.getStringData().get("hub-token"));
    }

    @Test
    void theHubAnswersToItsServicesNamesAndTheIngressHostOnly() {
        Deployment hub = deployment(withHub());
        var hosts = hub.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                .filter(e -> e.getName().equals("MAESTRO_HUB_HOSTS")).findFirst().orElseThrow().getValue();
        assertEquals("intelgraph-pr-123-hub,intelgraph-pr-123-hub.pr-123,intelgraph-pr-123-hub.pr-123.svc,"
                + "intelgraph-pr-123-hub.pr-123.svc.cluster.local,hub-pr-123.preview.intelgraph.example.com", hosts);
        var more = deployment(chart().set("hub.enabled", true).set("hub.webhookSecret", "s").set("hub.token", "a-hub-token-of-16-chars")
                .set("hub.hosts[0]", "hub.example.com").call());
        assertTrue(more.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                .anyMatch(e -> e.getName().equals("MAESTRO_HUB_HOSTS") && e.getValue().endsWith(",hub.example.com")));
    }

    private static String withTwoHubs() {
        return chart().set("hub.enabled", true).set("hub.replicas", 2).set("hub.webhookSecret", "webhook-secret-value")
                .set("hub.token", "a-hub-token-of-16-chars").set("hub.orgs[0]", "intelgraph").call();
    }

    private static Deployment deployment(String yaml) {
        return hubObjects(yaml).stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst()
                .orElseThrow();
    }

    @Test
    void twoReplicasElectALeaderOnALeaseThatWritesItselfAsTheServicesEndpointWithARoleForThoseAlone() {
        String yaml = withTwoHubs();
        List<HasMetadata> objects = hubObjects(yaml);
        assertEquals(List.of("Deployment", "Ingress", "NetworkPolicy", "Role", "RoleBinding", "Secret", "Service",
                "ServiceAccount"), objects.stream().map(HasMetadata::getKind).sorted().toList());

        Deployment hub = deployment(yaml);
        assertEquals(2, hub.getSpec().getReplicas());
        assertEquals("RollingUpdate", hub.getSpec().getStrategy().getType(), "every hub is ready: one pod at a time");
        assertEquals(0, hub.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
        assertEquals(1, hub.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal());
        var pod = hub.getSpec().getTemplate().getSpec();
        assertEquals("intelgraph-pr-123-hub", pod.getServiceAccountName());
        assertTrue(pod.getAutomountServiceAccountToken());
        var container = pod.getContainers().getFirst();
        assertEquals(List.of("hub", "--bind", "0.0.0.0", "--port", "3080", "--org", "intelgraph", "--lease-name",
                "intelgraph-pr-123-hub", "--leader-endpoint", "intelgraph-pr-123-hub"), container.getArgs());
        assertEquals("metadata.name", container.getEnv().stream().filter(e -> e.getName().equals("POD_NAME")).findFirst()
                .orElseThrow().getValueFrom().getFieldRef().getFieldPath(), "the pod's name is its name in the election");
        assertEquals("status.podIP", container.getEnv().stream().filter(e -> e.getName().equals("POD_IP")).findFirst()
                .orElseThrow().getValueFrom().getFieldRef().getFieldPath(), "the address the leader writes as the endpoint");
        assertEquals("/ready", container.getReadinessProbe().getHttpGet().getPath());

        Service service = objects.stream().filter(Service.class::isInstance).map(Service.class::cast).findFirst().orElseThrow();
        assertTrue(service.getSpec().getSelector() == null || service.getSpec().getSelector().isEmpty(),
                "no selector: the leader's EndpointSlice is the Service's endpoint");
        assertEquals("http", service.getSpec().getPorts().getFirst().getName(), "the port the EndpointSlice names");

        Role role = objects.stream().filter(Role.class::isInstance).map(Role.class::cast).findFirst().orElseThrow();
        assertEquals("intelgraph-pr-123-hub-lease", role.getMetadata().getName());
        assertEquals(List.of("coordination.k8s.io/leases [create] []", "coordination.k8s.io/leases [get, update, patch]"
                        + " [intelgraph-pr-123-hub]", "discovery.k8s.io/endpointslices [create] []",
                        "discovery.k8s.io/endpointslices [get, update, patch] [intelgraph-pr-123-hub-leader]"),
                role.getRules().stream().map(r -> String.join(",", r.getApiGroups()) + "/" + String.join(",", r.getResources())
                        + " " + r.getVerbs() + " " + r.getResourceNames()).toList(),
                "its lease and its leader's EndpointSlice, nothing else");

        RoleBinding binding = objects.stream().filter(RoleBinding.class::isInstance).map(RoleBinding.class::cast).findFirst()
                .orElseThrow();
        assertEquals("intelgraph-pr-123-hub-lease", binding.getRoleRef().getName());
        assertEquals("Role", binding.getRoleRef().getKind());
        assertEquals("intelgraph-pr-123-hub", binding.getSubjects().getFirst().getName());
        assertEquals("ServiceAccount", binding.getSubjects().getFirst().getKind());

        NetworkPolicy policy = objects.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast)
                .findFirst().orElseThrow();
        assertTrue(policy.getSpec().getEgress().stream().flatMap(e -> e.getPorts().stream())
                .anyMatch(p -> p.getPort().getIntVal() != null && p.getPort().getIntVal() == 6443), "the API server, for the lease");
    }

    @Test
    void oneReplicaHasNoElectionNoAccountAndNoRole() {
        List<String> kinds = hubObjects(withHub()).stream().map(HasMetadata::getKind).toList();
        assertFalse(kinds.contains("Role") || kinds.contains("RoleBinding") || kinds.contains("ServiceAccount"), kinds.toString());
        assertFalse(deployment(withHub()).getSpec().getTemplate().getSpec().getContainers().getFirst().getArgs()
                .contains("--lease-name"));
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
        for (String yaml : List.of(withHub(), withTwoHubs())) {
            assertEquals(List.of(), KubernetesStrictness.unknownFields(yaml));
            var report = new PolicyChecker(InProcessPolicyEngine.load(Path.of("policy")), Optional.empty())
                    .checkManifests("helm/intelgraph", yaml);
            assertEquals(0, report.denies(), report.findings().toString());
            assertEquals(List.of(), report.errors());
        }
    }
}
