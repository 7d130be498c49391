package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.kube.KubeContexts;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.sim.SimCluster;
import io.intelgraph.maestro.testing.TwoContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Switching Kubernetes contexts without a restart: a generated kubeconfig with two contexts, each
 * pointing at a simulated cluster of its own (fabric8's CRUD emulation), each with its previews.
 */
class PreviewContextsTest {

    private static final RepoId REPO = TwoContexts.REPO;

    /** One picture the sink was given. */
    private record Picture(Set<Integer> prs, ClusterStatus status) {
    }

    @TempDir
    Path dir;

    private TwoContexts clusters;
    private SimCluster east;
    private SimCluster west;
    private Path kubeconfig;
    private final List<Picture> pictures = new CopyOnWriteArrayList<>();
    private final List<String> remembered = new CopyOnWriteArrayList<>();
    private PreviewContexts contexts;

    @BeforeEach
    void twoClusters() throws Exception {
        clusters = new TwoContexts(dir);
        east = clusters.east;
        west = clusters.west;
        kubeconfig = clusters.kubeconfig;
    }

    @AfterEach
    void stop() {
        if (contexts != null) {
            contexts.close();
        }
        clusters.close();
    }

    private PreviewService operator(SimCluster sim) {
        PreviewCluster cluster = new PreviewCluster(sim.client());
        return new PreviewService(cluster, new ManifestDeployer(new ChartRenderer(Path.of("helm/intelgraph")), cluster),
                new AuditLog(dir, Clock.systemUTC()), Clock.systemUTC());
    }

    private PreviewContexts start(Optional<String> initial) throws Exception {
        KubeContexts names = KubeContexts.read(kubeconfig);
        contexts = new PreviewContexts(names.names(), clusters::connect,
                (previews, status) -> pictures.add(new Picture(
                        previews.stream().map(Preview::prNumber).collect(Collectors.toSet()), status)),
                remembered::add).start(initial);
        return contexts;
    }

    private Picture await(Predicate<Picture> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (Picture p : pictures) {
                if (condition.test(p)) {
                    return p;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such picture; got " + pictures);
    }

    @Test
    void theKubeconfigsContextsAreOfferedInItsOrderWithItsCurrentOne() throws Exception {
        KubeContexts names = KubeContexts.read(kubeconfig);
        assertEquals(List.of("east", "west"), names.names());
        assertEquals(Optional.of("east"), names.current());
        assertEquals(Optional.of("west"), names.initial(Optional.empty(), Optional.of("west")));
        assertEquals(Optional.of("east"), names.initial(Optional.empty(), Optional.of("gone-since")));
        assertEquals(Optional.of("west"), names.initial(Optional.of("west"), Optional.of("east")));
    }

    @Test
    void connectingInTheBackgroundReturnsAtOnceAndSaysItIsLoading() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        KubeContexts names = KubeContexts.read(kubeconfig);
        contexts = new PreviewContexts(names.names(), context -> {
            release.await(); // a cluster slow to answer: the window must not wait for it
            return clusters.connect(context);
        }, (previews, status) -> pictures.add(new Picture(
                previews.stream().map(Preview::prNumber).collect(Collectors.toSet()), status)), remembered::add);

        CompletableFuture<Void> connected = contexts.connectInBackground(Optional.of("east"));
        Picture loading = await(p -> !p.status().available());
        assertTrue(loading.status().problem().contains("Loading the previews of east"), loading.status().problem());
        assertTrue(contexts.target().isEmpty(), "no action goes anywhere until the cluster answers");
        assertFalse(connected.isDone());

        release.countDown();
        connected.join();
        await(p -> p.prs().equals(Set.of(11)) && p.status().available());
        assertTrue(contexts.target().isPresent());
        assertEquals(List.of(), remembered, "the first context is not a choice the user made");
    }

    @Test
    void switchingShowsTheOtherClustersPreviewsAndNeverBothTogether() throws Exception {
        start(Optional.of("east"));
        await(p -> p.prs().equals(Set.of(11)) && p.status().available());
        int before = pictures.size();

        contexts.switchTo("west").join();
        Picture west = await(p -> p.prs().equals(Set.of(22, 23)) && p.status().available());

        assertTrue(west.status().name().startsWith("west @ "), west.status().name());
        List<Picture> after = new ArrayList<>(pictures.subList(before, pictures.size()));
        assertEquals(Set.of(), after.getFirst().prs(), "the switch first clears what was shown");
        assertFalse(after.getFirst().status().available(), "and marks it loading");
        assertTrue(after.getFirst().status().problem().contains("Loading the previews of west"), after.getFirst().status().problem());
        assertTrue(after.stream().noneMatch(p -> p.prs().contains(11)), "east's previews never shown after the switch: " + after);
        assertEquals("west", contexts.current());
        assertEquals(List.of("west"), remembered, "the choice is handed on to be remembered");
    }

    @Test
    void aTeardownAfterASwitchGoesToTheNewClusterOnly() throws Exception {
        start(Optional.of("east"));
        PreviewContexts.Target onEast = contexts.target().orElseThrow();
        contexts.switchTo("west").join();
        await(p -> p.prs().equals(Set.of(22, 23)));

        PreviewContexts.Target onWest = contexts.target().orElseThrow();
        assertFalse(contexts.isCurrent(onEast), "an action taken before the switch is no longer current");
        assertTrue(contexts.isCurrent(onWest));
        assertTrue(onWest.service().teardown(REPO, 22, "tester"));

        assertTrue(await(p -> p.prs().equals(Set.of(23))).status().name().startsWith("west @ "));
        assertTrue(TwoContexts.hasPreview(east, 11), "east untouched");
        assertFalse(TwoContexts.hasPreview(west, 22), "west's PR 22 deleted (or going)");
        assertTrue(TwoContexts.hasPreview(west, 23));
    }

    @Test
    void anUnknownContextIsRefusedAndADeadClusterStaysEmptyAndMarked() throws Exception {
        start(Optional.of("east"));
        await(p -> p.prs().equals(Set.of(11)));
        assertThrows(Exception.class, () -> contexts.switchTo("north").join());
        assertEquals("east", contexts.current());

        west.close();
        int before = pictures.size();
        contexts.switchTo("west").join();
        Thread.sleep(500);
        List<Picture> after = new ArrayList<>(pictures.subList(before, pictures.size()));
        assertFalse(after.isEmpty());
        assertTrue(after.stream().allMatch(p -> p.prs().isEmpty() && !p.status().available()),
                "nothing of east's is left on screen, and nothing looks actionable: " + after);
    }

    private PreviewContexts counting(List<Optional<String>> connects) throws Exception {
        KubeContexts names = KubeContexts.read(kubeconfig);
        contexts = new PreviewContexts(names.names(), context -> {
            connects.add(context);
            return clusters.connect(context);
        }, (previews, status) -> pictures.add(new Picture(
                previews.stream().map(Preview::prNumber).collect(Collectors.toSet()), status)), remembered::add);
        return contexts;
    }

    private static final ClusterStatus IDLE = new ClusterStatus("SIMULATED cluster", true,
            "Not started yet", "Not started yet", "Not started yet");

    @Test
    void armedForFirstUseItSaysSoAndConnectsOnceWhenFirstUsed() throws Exception {
        List<Optional<String>> connects = new CopyOnWriteArrayList<>();
        counting(connects).connectOnFirstUse(Optional.of("east"), IDLE);

        assertEquals(List.of(new Picture(Set.of(), IDLE)), pictures, "the idle picture, and nothing connects");
        Thread.sleep(300);
        assertEquals(List.of(), connects);
        assertTrue(contexts.target().isEmpty());

        contexts.use();
        contexts.use();
        await(p -> p.prs().equals(Set.of(11)) && p.status().available());
        contexts.use();
        Thread.sleep(200);
        assertEquals(List.of(Optional.of("east")), connects, "connected once, however often it is used");
        assertTrue(contexts.target().isPresent());
    }

    @Test
    void aUseBeforeItIsArmedConnectsAsSoonAsItIs() throws Exception {
        List<Optional<String>> connects = new CopyOnWriteArrayList<>();
        counting(connects).use();
        Thread.sleep(200);
        assertEquals(List.of(), connects, "nothing to connect to before it is armed");

        contexts.connectOnFirstUse(Optional.of("west"), IDLE);
        await(p -> p.prs().equals(Set.of(22, 23)) && p.status().available());
        assertTrue(pictures.stream().noneMatch(p -> p.status().equals(IDLE)), "never said idle: " + pictures);
        assertEquals(List.of(Optional.of("west")), connects);
    }

    @Test
    void aClosedContextsIgnoresALateUse() throws Exception {
        List<Optional<String>> connects = new CopyOnWriteArrayList<>();
        counting(connects).connectOnFirstUse(Optional.empty(), IDLE);
        contexts.close();
        contexts.use(); // a view shown while the window closes: no error, no connection
        Thread.sleep(200);
        assertEquals(List.of(), connects);
    }

    @Test
    void aFixedServiceIsAlwaysCurrentAndOffersNoChoice() {
        PreviewContexts fixed = PreviewContexts.fixed(operator(east), "SIMULATED cluster");
        assertEquals(List.of(), fixed.names());
        assertTrue(fixed.isCurrent(fixed.target().orElseThrow()));
        fixed.close();
    }

}
