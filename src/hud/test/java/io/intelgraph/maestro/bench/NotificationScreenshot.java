package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.testing.SimHarness;
import io.intelgraph.maestro.testing.SyncedPlane;
import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.ui.notify.DesktopNotifier;
import io.intelgraph.maestro.ui.notify.NotifySettings;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The README's picture of an in-window notification: the HUD headless on the simulated plane, one
 * followed build broken, the window and the notification's popup drawn into one PNG.
 * {@code NotificationScreenshot assets/screenshots/hud-notification.png}
 */
public final class NotificationScreenshot {

    private NotificationScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        HeadlessFx.start();
        try (SimHarness sim = new SimHarness(42)) {
            BuildPlane plane = SyncedPlane.of(sim);
            Path userState = Files.createTempDirectory("notify-shot");
            HudComposition hud = HeadlessFx.onFx(() -> {
                HudComposition created = HudComposition.create(new HudContext(plane, sim.client(), () -> { },
                        new UserStateStore(userState), false, true, Optional.empty(), "tester@hud", Optional.empty(),
                        CandidatePolicy.fromSnapshot(), SloTargets.DEFAULT, Optional.empty(), Optional.empty(),
                        new NotifySettings("filter:all", Optional.empty()), List::of));
                Stage stage = new Stage();
                created.window().show(stage);
                return created;
            });
            DesktopNotifier notifier = hud.notifier();
            while (notifier.sink().isEmpty()) {
                Thread.sleep(50);
            }
            Thread.sleep(2_000);
            BuildSnapshot base = plane.snapshot();
            BuildTile passing = base.tiles().stream().filter(t -> t.state() == BuildState.PASSED
                    && t.pullRequest().isPresent()).findFirst().orElseThrow();
            notifier.accept(replaced(base, base.version() + 10, passing));
            notifier.accept(replaced(base, base.version() + 11, failed(passing)));
            // The popup fades in.
            Thread.sleep(2_500);
            WritableImage image = HeadlessFx.onFx(() -> composite(hud.window().root().getScene().getWindow()));
            WallScreenshots.write(image, out);
            System.out.println("wrote " + out);
            HeadlessFx.onFx(() -> {
                hud.close();
                return null;
            });
        }
        Platform.exit();
        System.exit(0);
    }

    /** The window with every popup it owns drawn where it is on screen. */
    private static WritableImage composite(Window main) {
        WritableImage window = main.getScene().snapshot(null);
        for (Window popup : Window.getWindows()) {
            if (popup == main || popup.getScene() == null) {
                continue;
            }
            WritableImage drawn = popup.getScene().snapshot(null);
            int x = (int) (popup.getX() - main.getX() + popup.getScene().getX());
            int y = (int) (popup.getY() - main.getY() + popup.getScene().getY());
            int w = (int) Math.min(drawn.getWidth(), window.getWidth() - x);
            int h = (int) Math.min(drawn.getHeight(), window.getHeight() - y);
            if (x < 0 || y < 0 || w <= 0 || h <= 0) {
                continue;
            }
            int[] pixels = new int[w * h];
            drawn.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            int[] under = new int[w * h];
            window.getPixelReader().getPixels(x, y, w, h, PixelFormat.getIntArgbInstance(), under, 0, w);
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = over(pixels[i], under[i]);
            }
            window.getPixelWriter().setPixels(x, y, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        }
        return window;
    }

    /** {@code top} drawn over {@code bottom} (the popup's shadow is translucent). */
    private static int over(int top, int bottom) {
        int a = top >>> 24;
        int r = (((top >> 16) & 0xff) * a + ((bottom >> 16) & 0xff) * (255 - a)) / 255;
        int g = (((top >> 8) & 0xff) * a + ((bottom >> 8) & 0xff) * (255 - a)) / 255;
        int b = ((top & 0xff) * a + (bottom & 0xff) * (255 - a)) / 255;
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    private static BuildSnapshot replaced(BuildSnapshot base, long version, BuildTile changed) {
        List<BuildTile> tiles = base.tiles().stream().map(t -> t.key().equals(changed.key()) ? changed : t).toList();
        return new BuildSnapshot(version, base.takenAt(), tiles, base.repos(), base.repoErrors(), base.health(),
                base.eventsApplied(), base.previews(), base.cluster(), base.evidence(), base.recommendations(),
                base.policyVerdicts());
    }

    private static BuildTile failed(BuildTile tile) {
        WorkflowRun run = tile.headline();
        WorkflowRun broken = new WorkflowRun(run.id(), run.repo(), run.workflowName(), run.displayTitle(), run.headBranch(),
                run.headSha(), run.event(), run.status(), Conclusion.FAILURE, run.runNumber(), run.runAttempt(),
                run.createdAt(), run.runStartedAt(), run.updatedAt(), run.actor(), run.triggeringActor(), run.htmlUrl(),
                run.pullRequestNumbers());
        return new BuildTile(tile.key(), tile.pullRequest(), broken, List.of(broken), tile.history(), BuildState.FAILED,
                tile.state(), tile.stateChangedAt(), "");
    }
}
