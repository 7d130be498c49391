package io.intelgraph.maestro.sim;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the cluster's controllers for the simulated cluster: a preview deployment gets a pod that is
 * scheduled, pulled and started, and after {@code readyAfter} the deployment reports ready — with
 * the Kubernetes Events a real cluster would record. Deterministic per deployment name: every
 * seventh PR's server restarts once and leaves a BackOff warning, so the demo shows warnings.
 */
final class SimKubelet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimKubelet.class);

    private final KubernetesClient client;
    private final Duration readyAfter;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sim-kubelet");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final AtomicLong eventCounter = new AtomicLong();
    private Watch watch;

    SimKubelet(KubernetesClient client, Duration readyAfter) {
        this.client = client;
        this.readyAfter = readyAfter;
    }

    void start() {
        watch = client.apps().deployments().inAnyNamespace().withLabel("maestro.intelgraph.io/preview", "true")
                .watch(new Watcher<>() {
                    @Override
                    public void eventReceived(Action action, Deployment deployment) {
                        if (action == Action.ADDED || action == Action.MODIFIED) {
                            schedule(deployment);
                        }
                    }

                    @Override
                    public void onClose(WatcherException cause) {
                        LOG.debug("sim kubelet watch closed", cause);
                    }
                });
    }

    private void schedule(Deployment deployment) {
        String namespace = deployment.getMetadata().getNamespace();
        String name = deployment.getMetadata().getName();
        String image = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
        int ready = deployment.getStatus() == null ? 0 : Optional.ofNullable(deployment.getStatus().getReadyReplicas()).orElse(0);
        if (ready > 0 || !scheduled.add(namespace + "/" + name + "@" + image)) {
            return;
        }
        try {
            executor.execute(() -> pending(namespace, name, image));
            executor.schedule(() -> running(namespace, name), readyAfter.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The simulated cluster is shutting down; a watch event still in flight has nowhere to go.
        }
    }

    private void pending(String namespace, String deployment, String image) {
        try {
            client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName(deployment + "-0")
                    .withNamespace(namespace).addToLabels("maestro.intelgraph.io/preview", "true").endMetadata()
                    .withNewSpec().addNewContainer().withName("app").withImage(image).endContainer().endSpec()
                    .withNewStatus().withPhase("Pending").endStatus().build()).createOr(op -> op.update());
            event(namespace, "Pod", deployment + "-0", "Normal", "Scheduled", "Successfully assigned " + namespace + "/"
                    + deployment + "-0 to sim-node-1");
            event(namespace, "Pod", deployment + "-0", "Normal", "Pulling", "Pulling image \"" + image + "\"");
        } catch (KubernetesClientException e) {
            LOG.debug("sim kubelet: {} is gone", namespace, e);
        }
    }

    private void running(String namespace, String deployment) {
        try {
            boolean flaky = deployment.endsWith("-server") && namespace.hashCode() % 7 == 0;
            client.pods().inNamespace(namespace).withName(deployment + "-0").editStatus(pod -> new PodBuilder(pod)
                    .editStatus().withPhase("Running").withContainerStatuses(new ContainerStatusBuilder()
                            .withName("app").withReady(true).withRestartCount(flaky ? 1 : 0).build()).endStatus().build());
            if (flaky) {
                event(namespace, "Pod", deployment + "-0", "Warning", "BackOff",
                        "Back-off restarting failed container app in pod " + deployment + "-0");
            }
            event(namespace, "Pod", deployment + "-0", "Normal", "Started", "Started container app");
            Deployment current = client.apps().deployments().inNamespace(namespace).withName(deployment).get();
            if (current != null) {
                current.setStatus(new DeploymentStatusBuilder().withReplicas(1).withReadyReplicas(1).withAvailableReplicas(1)
                        .withUpdatedReplicas(1).build());
                client.apps().deployments().inNamespace(namespace).resource(current).updateStatus();
            }
        } catch (KubernetesClientException e) {
            LOG.debug("sim kubelet: {} is gone", namespace, e);
        }
    }

    private void event(String namespace, String kind, String object, String type, String reason, String message) {
        String now = Instant.now().toString();
        client.v1().events().inNamespace(namespace).resource(new EventBuilder().withNewMetadata()
                .withName(object + "." + Long.toHexString(eventCounter.incrementAndGet())).withNamespace(namespace).endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder().withKind(kind).withName(object).withNamespace(namespace).build())
                .withType(type).withReason(reason).withMessage(message).withFirstTimestamp(now).withLastTimestamp(now)
                .withCount(1).build()).create();
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        executor.shutdownNow();
    }
}
