package io.intelgraph.maestro.sim;

import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.intelgraph.maestro.kube.ClientCallbackThreads;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulated cluster of the demo: fabric8's Kubernetes API emulation in CRUD mode on loopback
 * (a real HTTP API the real fabric8 client talks to), with a {@link SimKubelet} that makes
 * deployments ready over time, as a cluster would. RBAC answers "allowed" unless told otherwise.
 */
public final class SimCluster implements AutoCloseable {

    private static final String ACCESS_REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
    /** Held so the level sticks: the emulator logs every request at INFO through java.util.logging. */
    private static final Logger EMULATOR_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    /**
     * Vert.x, under the emulator, makes a directory in the temp directory for files served from the class path, which
     * the emulator never serves; a HUD killed without its shutdown hooks (a kiosk's crash, SIGKILL) left it behind,
     * one per start. Read when Vert.x first builds its options, so set before the emulator starts.
     */
    private static final String VERTX_CLASS_PATH_FILES_OFF = "vertx.disableFileCPResolving";

    static {
        EMULATOR_LOG.setLevel(Level.WARNING);
        if (System.getProperty(VERTX_CLASS_PATH_FILES_OFF) == null) {
            System.setProperty(VERTX_CLASS_PATH_FILES_OFF, "true");
        }
    }

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final SimKubelet kubelet;

    public SimCluster(Duration readyAfter, boolean writable) {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        server.expect().post().withPath(ACCESS_REVIEWS).andReturn(201, new SelfSubjectAccessReviewBuilder()
                .withNewStatus().withAllowed(writable)
                .withReason(writable ? "simulated cluster" : "the simulated cluster is read-only (--sim-cluster-read-only)")
                .endStatus().build()).always();
        client = server.createClient(builder -> builder.withTaskExecutorSupplier(new ClientCallbackThreads()));
        kubelet = new SimKubelet(client, readyAfter);
    }

    public SimCluster start() {
        kubelet.start();
        return this;
    }

    public KubernetesClient client() {
        return client;
    }

    public String url() {
        return client.getConfiguration().getMasterUrl();
    }

    @Override
    public void close() {
        kubelet.close();
        client.close();
        server.destroy();
    }
}
