package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.testing.PreviewStack;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.ui.dialog.ScriptedDialogs;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Previews view's model without a window, on the simulated cluster: what it asks before it deletes, and what it says. */
class PreviewsViewModelTest {

    private static final String REPO = "intelgraph-sim/preview-operator";

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out");
            Thread.sleep(50);
        }
    }

    /** A preview of {@code pr} deployed outside the view, once the watcher has put it in the plane. */
    private static Preview deployed(PreviewStack stack, int pr) throws InterruptedException {
        await(() -> stack.plane.snapshot().cluster().available());
        stack.service.deploy(new PreviewRequest(RepoId.parse(REPO), pr, "abc1234", Duration.ofHours(1)), "tester@hud");
        await(() -> stack.plane.snapshot().previewOf(pr).isPresent());
        return stack.plane.snapshot().previewOf(pr).orElseThrow();
    }

    private PreviewsViewModel model(PreviewStack stack) {
        PreviewsViewModel model = new PreviewsViewModel(Optional.of(stack.service), tasks, dialogs, "tester@hud");
        model.accept(stack.plane.snapshot());
        return model;
    }

    private static boolean exists(PreviewStack stack, String namespace) {
        var ns = stack.cluster.client().namespaces().withName(namespace).get();
        return ns != null && ns.getMetadata().getDeletionTimestamp() == null;
    }

    @Test
    void tearingDownDeletesOnlyOnceTheNamespaceIsTyped() throws Exception {
        try (PreviewStack stack = new PreviewStack(true, false, List.of())) {
            Preview preview = deployed(stack, 61);
            PreviewsViewModel model = model(stack);

            dialogs.answerNo();
            model.teardown(preview);
            dialogs.answerYes().type("pr-6");
            model.teardown(preview);
            assertTrue(exists(stack, "pr-61"), "cancelled, then mistyped: still there");
            assertEquals("", model.messageProperty().get());

            dialogs.type("pr-61");
            model.teardown(preview);
            assertEquals("Deleted namespace pr-61", model.messageProperty().get());
            assertFalse(exists(stack, "pr-61"), "deleted (or going)");
            assertEquals(List.of("confirm typed pr-61: Delete namespace pr-61?", "confirm typed pr-61: Delete namespace pr-61?",
                    "confirm typed pr-61: Delete namespace pr-61?"), dialogs.shown());
            assertTrue(dialogs.lastBody().contains("deletes the namespace pr-61 with everything in it"), dialogs.lastBody());
        }
    }

    @Test
    void cleanUpNamesWhatItWillDeleteAndDeletesOnlyOnYes() throws Exception {
        try (PreviewStack stack = new PreviewStack(true, false, List.of(REPO))) {
            deployed(stack, 9999); // no such open PR on a repository the HUD watches: a candidate
            PreviewsViewModel model = model(stack);

            dialogs.answerNo();
            model.cleanUp();
            assertEquals(List.of("confirm: These preview namespaces will be deleted:"), dialogs.shown());
            assertTrue(dialogs.lastBody().startsWith("• pr-9999 — "), dialogs.lastBody());
            assertTrue(exists(stack, "pr-9999"));

            dialogs.answerYes();
            model.cleanUp();
            assertEquals("Removed 1 previews", model.messageProperty().get());
            assertFalse(exists(stack, "pr-9999"));
        }
    }

    @Test
    void nothingToCleanUpIsSaidWithoutADialog() throws Exception {
        try (PreviewStack stack = new PreviewStack(true, false, List.of())) {
            await(() -> stack.plane.snapshot().cluster().available());
            PreviewsViewModel model = model(stack);
            model.cleanUp();
            assertTrue(model.messageProperty().get().startsWith("Nothing to clean up"), model.messageProperty().get());
            assertEquals(List.of(), dialogs.shown());
        }
    }

    @Test
    void aPreviewsPolicyCheckIsShownAsAReport() throws Exception {
        try (PreviewStack stack = new PreviewStack(true, true, List.of())) {
            Preview preview = deployed(stack, 62);
            PreviewsViewModel model = model(stack);
            model.checkPreviewPolicy(preview);
            assertEquals(1, dialogs.shown().size(), dialogs.shown().toString());
            assertTrue(dialogs.shown().get(0).matches("(info|warning): pr-62: \\d+ denies, \\d+ warnings"), dialogs.shown().toString());
            assertTrue(model.messageProperty().get().startsWith("Policy check of pr-62: "), model.messageProperty().get());
        }
    }

    @Test
    void withoutAClusterNothingIsAskedAndABranchWithoutAPrSaysWhy() {
        PreviewsViewModel model = new PreviewsViewModel(Optional.empty(), tasks, dialogs, "tester@hud");
        Preview preview = new Preview(7, REPO, "pr-7", "abc1234", null, null, 1, 1, Map.of(), 0, "", List.of(), false);
        model.teardown(preview);
        model.cleanUp();
        assertEquals(List.of(), dialogs.shown());
        assertEquals(0, tasks.executed());
        assertEquals("No cluster configured", model.teardownBlockedBecause());
        BuildPlane plane = new BuildPlane(Clock.systemUTC(), SourceHealth.connecting("test", true));
        plane.putRun(Runs.run(5, REPO, "main", "ci", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        BuildTile main = plane.snapshot().tiles().get(0);
        assertEquals("Previews are per pull request; this branch has no open PR.", model.deployBlockedBecause(main));
    }

    @Test
    void inHubModeDeployTeardownAndPolicyCheckSayTheyAreUnavailableAndWhy() {
        BuildPlane fromHub = new BuildPlane(Clock.systemUTC(), Clock.systemUTC(),
                SourceHealth.connecting("hub ws://127.0.0.1:3080", false), Runnable::run);
        BuildTile tile = prTile(fromHub);
        PreviewsViewModel model = new PreviewsViewModel(Optional.empty(), tasks, dialogs, "tester@hud");
        model.accept(fromHub.snapshot());

        String hubMode = "Unavailable in hub mode: these previews are the hub's, and deploy, teardown and policy check "
                + "do not run on the hub for its displays.";
        assertEquals(hubMode, model.deployBlockedBecause(tile));
        assertEquals(hubMode, model.teardownBlockedBecause());
        model.checkPolicy(tile);
        assertEquals(hubMode, model.messageProperty().get());
        assertEquals(0, tasks.executed(), "nothing runs from here");
        assertEquals(List.of(), dialogs.shown());
        fromHub.close();

        BuildPlane local = new BuildPlane(Clock.systemUTC(), Clock.systemUTC(), SourceHealth.connecting("test", true),
                Runnable::run);
        PreviewsViewModel noCluster = new PreviewsViewModel(Optional.empty(), tasks, dialogs, "tester@hud");
        noCluster.accept(local.snapshot());
        assertEquals("No cluster configured", noCluster.deployBlockedBecause(prTile(local)), "not in hub mode: the cluster's word");
        assertEquals("No cluster configured", noCluster.teardownBlockedBecause());
        local.close();
    }

    /** A tile of a branch with an open pull request, written into {@code plane}. */
    private static BuildTile prTile(BuildPlane plane) {
        RepoId repo = RepoId.parse(REPO);
        plane.putOpenPullRequests(repo, List.of(Runs.pr(REPO, 9, "feat/hub", "feat: hub", "ivan-t")));
        plane.putRun(Runs.run(9, REPO, "feat/hub", "ci", RunStatus.COMPLETED, Conclusion.SUCCESS, 0));
        BuildTile tile = plane.snapshot().tiles().stream().filter(t -> t.branch().equals("feat/hub")).findFirst().orElseThrow();
        assertTrue(tile.pullRequest().isPresent(), "the tile carries its PR");
        return tile;
    }

    @Test
    void aFailureWithoutAMessageIsStillASentence() {
        assertEquals("an unexpected NullPointerException (no details given)", PreviewsViewModel.reason(new NullPointerException()));
        assertEquals("namespace pr-7 is protected", PreviewsViewModel.reason(new IllegalStateException("namespace pr-7 is protected")));
    }
}
