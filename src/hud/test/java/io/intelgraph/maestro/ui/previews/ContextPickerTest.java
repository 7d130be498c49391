package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.kube.KubeContexts;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.TwoContexts;
import io.intelgraph.maestro.ui.dialog.ScriptedDialogs;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import io.intelgraph.maestro.userstate.RememberedContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static io.intelgraph.maestro.testing.TwoContexts.hasPreview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Previews view's context picker over two contexts of a generated kubeconfig, each a simulated
 * cluster: switching shows the other cluster's previews, never both; a teardown after a switch goes
 * to the new cluster only; the choice is remembered.
 */
class ContextPickerTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimHarness sim = new SimHarness(42);
    private TwoContexts clusters;
    private BuildPlane plane;
    private PreviewContexts contexts;
    private RememberedContext remembered;
    private PreviewsViewModel model;

    @BeforeEach
    void twoContexts() throws Exception {
        clusters = new TwoContexts(dir);
        plane = new BuildPlane(sim.clock, SourceHealth.connecting("sim", true));
        remembered = new RememberedContext(dir);
        KubeContexts names = KubeContexts.read(clusters.kubeconfig);
        contexts = new PreviewContexts(names.names(), clusters::connect, plane::putPreviews, remembered::save)
                .start(names.initial(Optional.empty(), remembered.load()));
        model = PreviewsViewModel.switching(contexts, tasks, dialogs, "tester@hud");
    }

    @AfterEach
    void stop() {
        contexts.close();
        clusters.close();
        plane.close();
        sim.close();
    }

    private Set<Integer> shown() {
        return model.previews().stream().map(Preview::prNumber).collect(Collectors.toSet());
    }

    /** Hands the plane's snapshots to the model (the FX pump's job) until {@code condition} holds. */
    private void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            model.accept(plane.snapshot());
            if (condition.getAsBoolean()) {
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), "timed out; shown " + shown() + ", " + model.clusterProperty().get());
            Thread.sleep(50);
        }
    }

    @Test
    void switchingShowsTheOtherClustersPreviewsAndIsRemembered() throws Exception {
        assertEquals(List.of("east", "west"), model.contextNames());
        assertEquals("east", model.currentContextProperty().get(), "the kubeconfig's current context first");
        await(() -> shown().equals(Set.of(11)) && model.clusterProperty().get().available());

        tasks.hold();
        model.switchContext("west");
        assertEquals(Set.of(), shown(), "cleared at once");
        assertTrue(model.clusterProperty().get().problem().startsWith("Loading the previews of west"));
        model.accept(plane.snapshot());
        assertFalse(shown().contains(11), "east's previews are not shown again while west loads");
        tasks.release();

        await(() -> shown().equals(Set.of(22, 23)) && model.clusterProperty().get().available());
        assertTrue(model.clusterProperty().get().name().startsWith("west @ "));
        assertEquals("Showing the previews of west", model.messageProperty().get());
        assertEquals(Optional.of("west"), remembered.load());
        assertEquals(Optional.of("west"), KubeContexts.read(clusters.kubeconfig).initial(Optional.empty(), remembered.load()),
                "the next launch starts on west");
    }

    @Test
    void aTeardownAfterASwitchGoesToTheNewClusterOnly() throws Exception {
        await(() -> shown().equals(Set.of(11)) && model.clusterProperty().get().available());
        model.switchContext("west");
        await(() -> shown().equals(Set.of(22, 23)) && model.clusterProperty().get().available());

        Preview pr22 = model.previews().stream().filter(p -> p.prNumber() == 22).findFirst().orElseThrow();
        dialogs.answerYes().type("pr-22");
        model.teardown(pr22);

        assertEquals("Deleted namespace pr-22", model.messageProperty().get());
        assertFalse(hasPreview(clusters.west, 22), "deleted on west");
        assertTrue(hasPreview(clusters.east, 11), "east untouched");
        assertTrue(hasPreview(clusters.west, 23));
    }

    @Test
    void anActionChosenBeforeASwitchIsRefusedWhenItWouldRunOnTheNewCluster() throws Exception {
        await(() -> shown().equals(Set.of(11)) && model.clusterProperty().get().available());
        Preview pr11 = model.previews().getFirst();
        // The confirmation is up when the context changes underneath it (another switch, from elsewhere).
        dialogs.answerYes().type("pr-11");
        tasks.hold();
        model.teardown(pr11);
        contexts.switchTo("west").join();
        tasks.release();

        assertTrue(model.messageProperty().get().startsWith("Refused: the Kubernetes context changed"),
                model.messageProperty().get());
        assertTrue(hasPreview(clusters.east, 11));
        assertTrue(hasPreview(clusters.west, 22) && hasPreview(clusters.west, 23), "nothing deleted on west either");
    }
}
