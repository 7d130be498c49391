package io.intelgraph.maestro.hub;

import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two or more hubs behind one Service without a selector: the leader writes itself as the Service's only endpoint, an
 * EndpointSlice it names and labels for that Service. So every hub can answer ready — a rollout, {@code kubectl rollout
 * status} and Helm's {@code --wait} complete, and a rolling update replaces the hubs one at a time — while the displays
 * and GitHub's deliveries reach the leader alone. Each new leader overwrites the slice; until it has, the old address
 * stays (a dead leader's, for the takeover's few seconds, as a not-ready pod's would). Written on a thread of its own
 * and retried every {@link #RETRY} until it succeeds or this hub stops leading, so a slow or refusing API server never
 * holds up the lease's renewals.
 */
public final class LeaderEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderEndpoint.class);
    /** Who wrote the slice, so that Kubernetes' own EndpointSlice controllers leave it alone. */
    static final String MANAGED_BY = "maestro-hub.intelgraph.io";
    static final Duration RETRY = Duration.ofSeconds(2);

    /**
     * @param service the Service the displays and GitHub reach the hubs by (its port named {@code http})
     * @param podIp   this hub's address (the downward API's {@code status.podIP})
     */
    public record Target(String namespace, String service, String podName, String podIp) {

        /** The slice's name: one per Service, so that the Role can name it. */
        public String sliceName() {
            return service + "-leader";
        }
    }

    private final KubernetesClient client;
    private final Target target;
    private final CompletableFuture<Integer> port;
    private final ScheduledExecutorService writes = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("hub-endpoint").unstarted(r));
    private ScheduledFuture<?> writing;
    private String lastFailure = "";

    /** @param port the hub's port, known once it listens (the election may be won before) */
    public LeaderEndpoint(KubernetesClient client, Target target, CompletableFuture<Integer> port) {
        this.client = client;
        this.target = target;
        this.port = port;
    }

    /** {@code term} with this hub written as the endpoint when it leads, and no longer rewritten when it stops. */
    public HubLeadership.Term around(HubLeadership.Term term) {
        return new HubLeadership.Term() {
            @Override
            public void lead() {
                publish();
                term.lead();
            }

            @Override
            public void standBy(String leader) {
                term.standBy(leader);
            }

            @Override
            public void standDown(String why) {
                stopPublishing();
                term.standDown(why);
            }
        };
    }

    /** Starts writing the slice (once the port is known), retrying until it is written. */
    synchronized void publish() {
        if (writing == null) {
            writing = writes.scheduleWithFixedDelay(this::tryWrite, 0, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void stopPublishing() {
        if (writing != null) {
            writing.cancel(false);
        }
    }

    private void tryWrite() {
        Integer listening = port.getNow(null);
        if (listening == null) {
            return;
        }
        try {
            client.resource(slice(target, listening)).inNamespace(target.namespace()).createOr(NonDeletingOperation::update);
            LOG.info("hub: {} is the endpoint of the Service {}/{} ({}:{}, EndpointSlice {})", target.podName(),
                    target.namespace(), target.service(), target.podIp(), listening, target.sliceName());
            stopPublishing();
        } catch (KubernetesClientException e) {
            // Said once per distinct refusal: a missing permission would otherwise fill the log every two seconds.
            String failure = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
            if (!failure.equals(lastFailure)) {
                lastFailure = failure;
                LOG.warn("hub: {} leads but cannot write itself as the endpoint of {}/{} (EndpointSlice {}): {}; the displays"
                        + " cannot reach it until it can — retrying every {} s", target.podName(), target.namespace(),
                        target.service(), target.sliceName(), failure, RETRY.toSeconds());
            }
        }
    }

    /** The slice naming {@code target} on {@code port} as the Service's one ready endpoint. */
    static EndpointSlice slice(Target target, int port) {
        return new EndpointSliceBuilder()
                .withNewMetadata()
                    .withName(target.sliceName())
                    .withNamespace(target.namespace())
                    .withLabels(Map.of("kubernetes.io/service-name", target.service(),
                            "endpointslice.kubernetes.io/managed-by", MANAGED_BY))
                .endMetadata()
                .withAddressType(target.podIp().contains(":") ? "IPv6" : "IPv4")
                .addNewEndpoint()
                    .withAddresses(target.podIp())
                    .withNewConditions().withReady(true).withServing(true).withTerminating(false).endConditions()
                    .withTargetRef(new ObjectReferenceBuilder().withKind("Pod").withNamespace(target.namespace())
                            .withName(target.podName()).build())
                .endEndpoint()
                .addNewPort().withName("http").withPort(port).withProtocol("TCP").endPort()
                .build();
    }

    @Override
    public void close() {
        writes.shutdownNow();
    }
}
