package io.intelgraph.maestro.preview;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.intelgraph.maestro.kube.ApiCalls.Kind;
import io.intelgraph.maestro.kube.ApiCalls;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measurement behind "list calls per minute with 20 previews": 20 previews deployed on the
 * simulated cluster, the watcher on a client whose every API call is counted; after the initial sync,
 * an idle window (nothing changes) and a churn window (every 500 ms a pod restarts in one preview, a
 * Warning event is written there, and an event in a namespace that is no preview). The windows are
 * {@code -Dpreview.measure.idle=PT130S -Dpreview.measure.churn=PT60S} for the figures in README.
 */
class PreviewWatcherListCallsTest {

    private static final int PREVIEWS = 20;
    private static final RepoId REPO = RepoId.parse("intelgraph-sim/preview-operator");

    @TempDir
    Path configDir;

    private SimCluster sim;
    private ApiCalls calls;
    private KubernetesClient counted;
    private PreviewWatcher watcher;
    private final AtomicReference<List<Preview>> latest = new AtomicReference<>(List.of());

    @BeforeEach
    void deployTwentyPreviewsAndWatchThem() throws Exception {
        sim = new SimCluster(Duration.ofMillis(200), true).start();
        var chart = new ChartRenderer(Path.of("helm/intelgraph"));
        var operator = new PreviewCluster(sim.client());
        var deploys = new PreviewService(operator, new ManifestDeployer(chart, operator),
                new AuditLog(configDir, Clock.systemUTC()), Clock.systemUTC());
        for (int pr = 1; pr <= PREVIEWS; pr++) {
            deploys.deploy(new PreviewRequest(REPO, pr, "abc1234", Duration.ofHours(1)), "operator");
        }
        calls = new ApiCalls();
        counted = calls.client(sim.url());
        var watched = new PreviewCluster(counted);
        var service = new PreviewService(watched, new ManifestDeployer(chart, watched),
                new AuditLog(configDir, Clock.systemUTC()), Clock.systemUTC());
        // The periodic check and RBAC's re-asking run many times in each window: neither may list.
        watcher = new PreviewWatcher(counted, service, "SIMULATED cluster", true, new PreviewWatcher.Timing(
                Duration.ofMillis(150), Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(1)));
        watcher.start((List<Preview> previews, ClusterStatus status) -> latest.set(previews));
        await(previews -> previews.size() == PREVIEWS && previews.stream().allMatch(Preview::ready)
                && previews.stream().allMatch(p -> p.events().size() >= 6), Duration.ofSeconds(30));
        Thread.sleep(1000);
    }

    @AfterEach
    void stop() {
        watcher.close();
        counted.close();
        sim.close();
    }

    @Test
    void noListCallsAfterTheInitialSyncWhetherIdleOrChurning() throws Exception {
        List<ApiCalls.Call> initial = calls.take();
        Duration idle = Duration.parse(System.getProperty("preview.measure.idle", "PT3S"));
        Thread.sleep(idle.toMillis());
        List<ApiCalls.Call> idleCalls = calls.take();

        Duration churn = Duration.parse(System.getProperty("preview.measure.churn", "PT3S"));
        Instant end = Instant.now().plus(churn);
        int changes = 0;
        while (Instant.now().isBefore(end)) {
            int pr = changes % PREVIEWS + 1;
            changes++;
            restartServer(pr, 10 + changes);
            event("pr-" + pr, "Warning", "Unhealthy", "Readiness probe failed (" + changes + ")");
            event("default", "Normal", "Pulled", "not a preview (" + changes + ")");
            Thread.sleep(500);
        }
        int lastPr = (changes - 1) % PREVIEWS + 1;
        int lastRestarts = 10 + changes;
        String lastWarning = "Readiness probe failed (" + changes + ")";
        await(previews -> previews.stream().anyMatch(p -> p.prNumber() == lastPr && p.restarts() == lastRestarts),
                Duration.ofSeconds(10));
        List<ApiCalls.Call> churnCalls = calls.take();

        System.out.printf("previews: %d; initial sync: %d lists, %d watches, %d gets, %d writes%n", PREVIEWS,
                ApiCalls.count(initial, Kind.LIST), ApiCalls.count(initial, Kind.WATCH), ApiCalls.count(initial, Kind.GET),
                ApiCalls.count(initial, Kind.WRITE));
        report("idle", idle, idleCalls);
        report("churn (" + changes + " changes)", churn, churnCalls);
        assertEquals(0, ApiCalls.count(idleCalls, Kind.LIST), "lists while idle: " + ApiCalls.byPath(idleCalls, Kind.LIST));
        assertEquals(0, ApiCalls.count(churnCalls, Kind.LIST), "lists while churning: " + ApiCalls.byPath(churnCalls, Kind.LIST));
        assertTrue(latest.get().stream().filter(p -> p.prNumber() == lastPr).findFirst().orElseThrow().events().stream()
                .anyMatch(e -> e.warning() && e.message().equals(lastWarning)),
                "the last Warning is in its preview");
        assertTrue(latest.get().stream().flatMap(p -> p.events().stream()).noneMatch(e -> e.message().startsWith("not a preview")),
                "an event of another namespace is in no preview");
    }

    private static void report(String window, Duration length, List<ApiCalls.Call> calls) {
        long lists = ApiCalls.count(calls, Kind.LIST);
        System.out.printf("%s window of %ds: %d lists (%.0f per minute), %d watches, %d gets, %d writes; lists by path %s%n",
                window, length.toSeconds(), lists, lists * 60_000.0 / length.toMillis(), ApiCalls.count(calls, Kind.WATCH),
                ApiCalls.count(calls, Kind.GET), ApiCalls.count(calls, Kind.WRITE), ApiCalls.byPath(calls, Kind.LIST).size()
                        + " paths");
    }

    private void restartServer(int pr, int restarts) {
        String namespace = "pr-" + pr;
        sim.client().pods().inNamespace(namespace).withName("intelgraph-pr-" + pr + "-server-0").editStatus(pod ->
                new PodBuilder(pod).editStatus().withContainerStatuses(new ContainerStatusBuilder().withName("app")
                        .withReady(true).withRestartCount(restarts).build()).endStatus().build());
    }

    private void event(String namespace, String type, String reason, String message) {
        String now = Instant.now().toString();
        sim.client().v1().events().inNamespace(namespace).resource(new EventBuilder().withNewMetadata()
                .withGenerateName("churn.").withNamespace(namespace).endMetadata()
                .withNewInvolvedObject().withKind("Pod").withName("churn").withNamespace(namespace).endInvolvedObject()
                .withType(type).withReason(reason).withMessage(message).withFirstTimestamp(now).withLastTimestamp(now)
                .withCount(1).build()).create();
    }

    private void await(Predicate<List<Preview>> condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.test(latest.get())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the watcher's picture did not get there in " + timeout + ": " + latest.get().size()
                        + " previews, " + latest.get().stream().filter(Preview::ready).count() + " ready");
            }
            Thread.sleep(50);
        }
    }
}
