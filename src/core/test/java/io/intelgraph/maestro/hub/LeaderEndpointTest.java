package io.intelgraph.maestro.hub;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leader's endpoint on fabric8's mock API server (CRUD, with expectations where the API refuses). */
@EnableKubernetesMockClient(crud = true)
class LeaderEndpointTest {

    private static final LeaderEndpoint.Target HUB_A = new LeaderEndpoint.Target("hub", "maestro-hub", "hub-a", "10.0.0.1");

    KubernetesMockServer server;
    KubernetesClient client;

    private final List<String> told = new ArrayList<>();
    private final HubLeadership.Term sources = new HubLeadership.Term() {
        @Override
        public void lead() {
            told.add("lead");
        }

        @Override
        public void standBy(String leader) {
            told.add("standBy " + leader);
        }

        @Override
        public void standDown(String why) {
            told.add("standDown " + why);
        }
    };

    @Test
    void theSliceNamesTheLeaderAsTheServicesOneReadyEndpoint() {
        EndpointSlice slice = LeaderEndpoint.slice(HUB_A, 3080);

        assertEquals("maestro-hub-leader", slice.getMetadata().getName());
        assertEquals("maestro-hub", slice.getMetadata().getLabels().get("kubernetes.io/service-name"));
        assertEquals("maestro-hub.intelgraph.io", slice.getMetadata().getLabels().get("endpointslice.kubernetes.io/managed-by"));
        assertEquals("IPv4", slice.getAddressType());
        assertEquals(List.of("10.0.0.1"), slice.getEndpoints().get(0).getAddresses());
        assertEquals(Boolean.TRUE, slice.getEndpoints().get(0).getConditions().getReady());
        assertEquals("Pod", slice.getEndpoints().get(0).getTargetRef().getKind());
        assertEquals("hub-a", slice.getEndpoints().get(0).getTargetRef().getName());
        // Named as the Service's port, so that a Service without a selector resolves it.
        assertEquals("http", slice.getPorts().get(0).getName());
        assertEquals(3080, slice.getPorts().get(0).getPort());
        assertEquals("IPv6", LeaderEndpoint.slice(new LeaderEndpoint.Target("hub", "maestro-hub", "hub-a", "fd00::1"), 3080)
                .getAddressType());
    }

    @Test
    void writtenOnceThePortIsKnownThenLeftAloneAfterStandingDown() throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        try (LeaderEndpoint endpoint = new LeaderEndpoint(client, HUB_A, port)) {
            HubLeadership.Term term = endpoint.around(sources);
            term.lead();
            assertEquals(List.of("lead"), told, "the sources start at once, the endpoint waits for the port");
            Thread.sleep(300);
            assertNull(slice());

            port.complete(3080);
            awaitSlice(s -> s.getPorts().get(0).getPort() == 3080, Duration.ofSeconds(5));

            term.standDown("lost");
            assertEquals(List.of("lead", "standDown lost"), told);
            client.resource(slice()).delete();
            Thread.sleep(LeaderEndpoint.RETRY.toMillis() + 500);
            assertNull(slice(), "not written again by a hub that no longer leads");
        }
    }

    @Test
    void aRefusalIsRetriedUntilTheSliceIsWritten() throws Exception {
        server.expect().post().withPath("/apis/discovery.k8s.io/v1/namespaces/hub/endpointslices")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("endpointslices.discovery.k8s.io is forbidden").build())
                .once();
        try (LeaderEndpoint endpoint = new LeaderEndpoint(client, HUB_A, CompletableFuture.completedFuture(3080))) {
            endpoint.around(sources).lead();
            awaitSlice(s -> s.getEndpoints().get(0).getAddresses().equals(List.of("10.0.0.1")),
                    LeaderEndpoint.RETRY.plusSeconds(5));
        }
    }

    @Test
    void aNewLeaderOverwritesTheOldOnesAddress() throws Exception {
        try (LeaderEndpoint a = new LeaderEndpoint(client, HUB_A, CompletableFuture.completedFuture(3080));
                LeaderEndpoint b = new LeaderEndpoint(client, new LeaderEndpoint.Target("hub", "maestro-hub", "hub-b",
                        "10.0.0.2"), CompletableFuture.completedFuture(3080))) {
            a.around(sources).lead();
            awaitSlice(s -> s.getEndpoints().get(0).getAddresses().equals(List.of("10.0.0.1")), Duration.ofSeconds(5));
            b.around(sources).lead();
            awaitSlice(s -> s.getEndpoints().get(0).getAddresses().equals(List.of("10.0.0.2"))
                    && s.getEndpoints().get(0).getTargetRef().getName().equals("hub-b"), Duration.ofSeconds(5));
            assertEquals(1, client.discovery().v1().endpointSlices().inNamespace("hub").list().getItems().size());
        }
    }

    private EndpointSlice slice() {
        return client.discovery().v1().endpointSlices().inNamespace("hub").withName("maestro-hub-leader").get();
    }

    private void awaitSlice(Predicate<EndpointSlice> holds, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        EndpointSlice now = slice();
        while (now == null || !holds.test(now)) {
            assertTrue(System.nanoTime() < deadline, "not within " + within + ": " + now);
            Thread.sleep(50);
            now = slice();
        }
    }
}
