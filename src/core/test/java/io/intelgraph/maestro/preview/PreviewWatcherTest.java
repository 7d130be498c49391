package io.intelgraph.maestro.preview;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher on the simulated cluster: previews that come and go, bursts, a cluster that stops answering. */
class PreviewWatcherTest {

    private static final RepoId REPO = RepoId.parse("intelgraph-sim/preview-operator");

    /** What the sink was given last. */
    private record Picture(List<Preview> previews, ClusterStatus status) {
    }

    @TempDir
    Path configDir;

    private SimCluster sim;
    private boolean simClosed;
    private PreviewService operator;
    private final ApiCalls calls = new ApiCalls();
    private KubernetesClient counted;
    private PreviewWatcher watcher;
    private final AtomicReference<Picture> latest = new AtomicReference<>(new Picture(List.of(), null));
    private final AtomicInteger pictures = new AtomicInteger();

    @BeforeEach
    void startTheCluster() {
        sim = new SimCluster(Duration.ofMillis(200), true).start();
        var chart = new ChartRenderer(Path.of("helm/intelgraph"));
        var cluster = new PreviewCluster(sim.client());
        operator = new PreviewService(cluster, new ManifestDeployer(chart, cluster), new AuditLog(configDir, Clock.systemUTC()),
                Clock.systemUTC());
        counted = calls.client(sim.url());
    }

    private void watch(PreviewWatcher.Timing timing) {
        var cluster = new PreviewCluster(counted);
        var service = new PreviewService(cluster, new ManifestDeployer(new ChartRenderer(Path.of("helm/intelgraph")), cluster),
                new AuditLog(configDir, Clock.systemUTC()), Clock.systemUTC());
        watcher = new PreviewWatcher(counted, service, "SIMULATED cluster", true, timing);
        watcher.start((previews, status) -> {
            latest.set(new Picture(previews, status));
            pictures.incrementAndGet();
        });
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
        counted.close();
        if (!simClosed) {
            sim.close();
        }
    }

    private void deploy(int pr) {
        operator.deploy(new PreviewRequest(REPO, pr, "abc1234", Duration.ofHours(1)), "operator");
    }

    private void await(Predicate<Picture> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.test(latest.get())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the watcher's picture did not get there: " + latest.get());
            }
            Thread.sleep(25);
        }
    }

    private static boolean shows(Picture picture, int... prs) {
        return picture.previews().stream().map(Preview::prNumber).toList()
                .equals(Arrays.stream(prs).boxed().toList());
    }

    @Test
    void aNewPreviewAppearsWithItsEventsAndATornDownOneLeaves() throws Exception {
        deploy(1);
        watch(new PreviewWatcher.Timing(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(200),
                Duration.ofSeconds(60)));
        await(p -> shows(p, 1) && p.previews().get(0).ready());
        assertTrue(latest.get().status().available(), latest.get().status().toString());
        calls.take();

        deploy(2);
        await(p -> shows(p, 1, 2) && p.previews().get(1).ready() && p.previews().get(1).events().size() >= 6);
        assertTrue(operator.teardown(REPO, 1, "operator"));
        await(p -> shows(p, 2));

        List<ApiCalls.Call> made = calls.take();
        assertEquals(Map.of("/api/v1/namespaces/pr-2/events", 1L), ApiCalls.byPath(made, Kind.LIST),
                "the new preview's events are listed once, as its informer starts; nothing else is");
    }

    @Test
    void aBurstOfChangesIsReadOnceItIsOver() throws Exception {
        deploy(1);
        watch(new PreviewWatcher.Timing(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofHours(1),
                Duration.ofHours(1)));
        await(p -> shows(p, 1) && p.previews().get(0).ready() && p.previews().get(0).events().size() >= 6);
        Thread.sleep(1000);
        int before = pictures.get();

        for (int restarts = 1; restarts <= 10; restarts++) {
            int count = restarts;
            sim.client().pods().inNamespace("pr-1").withName("intelgraph-pr-1-server-0").editStatus(pod ->
                    new PodBuilder(pod).editStatus().withContainerStatuses(new ContainerStatusBuilder().withName("app")
                            .withReady(true).withRestartCount(count).build()).endStatus().build());
        }
        await(p -> p.previews().get(0).restarts() == 10);
        Thread.sleep(1000);
        assertEquals(before + 1, pictures.get(), "ten changes in a row make one new picture");
    }

    @Test
    void aClusterThatStopsAnsweringIsSaidToWithTheLastPreviewsKept() throws Exception {
        deploy(1);
        watch(new PreviewWatcher.Timing(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(100),
                Duration.ofMillis(300)));
        await(p -> shows(p, 1) && p.previews().get(0).ready() && p.status().available());

        sim.close();
        simClosed = true;
        await(p -> !p.status().available());
        ClusterStatus status = latest.get().status();
        assertTrue(status.problem().startsWith("Cannot watch the previews on SIMULATED cluster: the API server does not answer ("),
                status.problem());
        assertEquals(status.problem(), status.deployBlocked(), "nothing may be done on a cluster that does not answer");
        assertEquals(status.problem(), status.teardownBlocked());
        assertTrue(shows(latest.get(), 1), "what was last seen stays on screen, marked by the problem");
    }
}
