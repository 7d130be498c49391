package io.intelgraph.maestro.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.intelgraph.maestro.hub.HubLeadership;
import io.intelgraph.maestro.hub.HubRole;
import io.intelgraph.maestro.hub.LeaderEndpoint;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The hub's leader election as the command sets it up: none without {@code --lease-name} (the
 * sources start at once and the hub always serves), else a {@link HubLeadership} on that Lease
 * with the cluster the service account (in a pod) or the kubeconfig points at; with
 * {@code --leader-endpoint}, the leader also writes itself as that Service's endpoint
 * ({@link LeaderEndpoint}) and a standby answers ready.
 */
final class Election implements AutoCloseable {

    /**
     * @param namespace the Lease's; empty: the client's (the pod's own namespace in a cluster)
     * @param endpoint  the Service whose endpoint the leader writes, and this hub's address; empty: none
     */
    record Settings(String leaseName, Optional<String> namespace, String identity, Optional<Endpoint> endpoint) {
    }

    /** @param service the Service in the Lease's namespace; @param podIp this hub's address */
    record Endpoint(String service, String podIp) {
    }

    /** The election cannot be joined (no cluster to reach): said before the hub serves anything. */
    static final class Unusable extends Exception {
        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Optional<KubernetesClient> client;
    private final Optional<HubLeadership> leadership;
    private final Optional<LeaderEndpoint> endpoint;
    private final String description;

    private Election(Optional<KubernetesClient> client, Optional<HubLeadership> leadership, Optional<LeaderEndpoint> endpoint,
            String description) {
        this.client = client;
        this.leadership = leadership;
        this.endpoint = endpoint;
        this.description = description;
    }

    /**
     * @param cluster the API client for the lease, called only when there is an election
     * @param port    the hub's port once it listens (the endpoint names it)
     */
    static Election join(Optional<Settings> settings, Supplier<KubernetesClient> cluster, HubLeadership.Term term,
            CompletableFuture<Integer> port) throws Unusable {
        if (settings.isEmpty()) {
            term.lead();
            return new Election(Optional.empty(), Optional.empty(), Optional.empty(),
                    "none — this hub serves alone (--lease-name to elect one of several)");
        }
        Settings s = settings.get();
        KubernetesClient client;
        try {
            client = cluster.get();
        } catch (RuntimeException e) {
            throw new Unusable("--lease-name " + s.leaseName() + ": no cluster to hold the lease in (" + e.getMessage() + ")", e);
        }
        String namespace = s.namespace().or(() -> Optional.ofNullable(client.getNamespace())).orElse("default");
        Optional<LeaderEndpoint> endpoint = s.endpoint().map(e -> new LeaderEndpoint(client,
                new LeaderEndpoint.Target(namespace, e.service(), s.identity(), e.podIp()), port));
        HubLeadership leadership = HubLeadership.join(client, namespace, s.leaseName(), s.identity(),
                HubLeadership.Timing.standard(), endpoint.map(e -> e.around(term)).orElse(term), endpoint.isPresent());
        return new Election(Optional.of(client), Optional.of(leadership), endpoint, "on the lease " + namespace + "/"
                + s.leaseName() + " as " + s.identity() + s.endpoint().map(e -> " (the leader is the endpoint of the Service "
                        + namespace + "/" + e.service() + "; every hub is ready at /ready)")
                        .orElse(" (ready at /ready only while leading)"));
    }

    HubRole role() {
        return leadership.map(HubLeadership::role).orElse(HubRole.SOLE);
    }

    String describe() {
        return description;
    }

    /** The cluster the service account (in a pod) or the kubeconfig points at. */
    static KubernetesClient configuredCluster() {
        return new KubernetesClientBuilder().build();
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "hub";
        }
    }

    @Override
    public void close() {
        leadership.ifPresent(HubLeadership::close);
        endpoint.ifPresent(LeaderEndpoint::close);
        client.ifPresent(KubernetesClient::close);
    }
}
