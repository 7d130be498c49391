package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.WallConfig;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.release.DraftReleaser;
import io.intelgraph.maestro.release.ReleasePlanner;
import io.intelgraph.maestro.runners.RunnerQuotes;
import io.intelgraph.maestro.slo.SloMarker;
import io.intelgraph.maestro.slo.SloReader;
import io.intelgraph.maestro.supplychain.EvidenceCollector;
import io.intelgraph.maestro.ui.auth.SignInViewModel;
import io.intelgraph.maestro.ui.detail.DistillationViewModel;
import io.intelgraph.maestro.ui.detail.RunDetailViewModel;
import io.intelgraph.maestro.ui.dialog.DialogService;
import io.intelgraph.maestro.ui.dialog.FxDialogService;
import io.intelgraph.maestro.ui.evidence.EvidenceViewModel;
import io.intelgraph.maestro.ui.notify.DesktopNotifier;
import io.intelgraph.maestro.ui.notify.NotificationSink;
import io.intelgraph.maestro.ui.notify.TrayNotifications;
import io.intelgraph.maestro.ui.notify.WindowNotifications;
import io.intelgraph.maestro.ui.previews.PreviewsViewModel;
import io.intelgraph.maestro.ui.release.ReleaseViewModel;
import io.intelgraph.maestro.ui.slo.SloViewModel;
import io.intelgraph.maestro.ui.sound.AudioClipPlayer;
import io.intelgraph.maestro.ui.sound.BuildSounds;
import io.intelgraph.maestro.ui.style.ThemeStylesheet;
import io.intelgraph.maestro.ui.task.FxTaskExecutor;
import io.intelgraph.maestro.ui.teachers.TeachersViewModel;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The UI half of the {@code gui} program's object graph, built once, here: one task executor
 * (closed on exit), one dialog service, the view models over the core services in
 * {@link HudContext}, and the window over them. {@link GuiCommand} builds the core half (the
 * runtimes) and hands it over; tests build this over a simulated plane.
 */
public final class HudComposition implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HudComposition.class);
    /** Background tasks at once: job lists, report downloads, deploys and policy checks, report filtering. */
    private static final int WORKERS = 4;
    /** Successful runs per workflow the SLO panel measures. */
    private static final int SLO_RUNS = 20;

    private final FxTaskExecutor tasks;
    private final UserStateSaver saver;
    private final ViewModels models;
    private final HudWindow window;
    private final DesktopNotifier notifier;
    private final PollFreshnessTicker freshness;
    private final Runnable stopSounds;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HudComposition(HudContext context) {
        // A write from the FX thread would make the window wait for the store's lock: fail it loudly instead.
        context.plane().refuseWritesFrom("the FX thread", Platform::isFxApplicationThread);
        tasks = new FxTaskExecutor(WORKERS);
        DialogService dialogs = new FxDialogService(this::owner);
        UserStateStore userState = context.userState();
        saver = new UserStateSaver(userState, tasks);
        HudViewModel hud = new HudViewModel(userState.load(), saver, context.startInWallMode(), tasks, context.refresh());
        context.client().http().plainTextToken().ifPresent(hud::warnAboutTransport);
        // Before the first control, so JavaFX's own default theme is never loaded.
        ThemeStylesheet.apply(hud.usesDarkStylesheet());
        RunDetailViewModel detail = new RunDetailViewModel(context.client(), tasks, () -> hud.snapshotProperty().get(),
                context.refresh());
        EvidenceViewModel evidence = new EvidenceViewModel(
                new EvidenceCollector(context.client(), EvidenceCollector.DEFAULT_MAX_ARTIFACT_BYTES,
                        context.bundleVerifier()), tasks,
                read -> context.plane().putEvidence(EvidenceSummary.of(read)));
        models = new ViewModels(hud, detail,
                context.contexts().map(c -> PreviewsViewModel.switching(c, tasks, dialogs, context.actor()))
                        .orElseGet(() -> new PreviewsViewModel(context.previews(), tasks, dialogs, context.actor())),
                evidence,
                new DistillationViewModel(detail::snapshot, () -> RunnerQuotes.load(userState.configDir()), tasks,
                        Clock.systemUTC()),
                context.teachers().map(market -> new TeachersViewModel(market, tasks, dialogs)),
                release(context, tasks, dialogs),
                new SloViewModel(new SloMarker(context.client(), context.sloTargets()),
                        new SloReader(context.client(), context.sloTargets(), SLO_RUNS), tasks),
                context.signIn().map(signIn -> new SignInViewModel(signIn, tasks)));
        DesktopBrowser browser = new DesktopBrowser(tasks);
        WallConfig wall = wallConfig(userState.configDir());
        window = new HudWindow(models, context.plane(), url -> browser.open(url, detail::showMessage), tasks, wall);
        notifier = new DesktopNotifier(context.notifications(), () -> context.client().login(),
                () -> (context.notifications().windowOnly() ? Optional.<NotificationSink>empty()
                        : TrayNotifications.install("Maestro Build HUD", tasks.ui()))
                        .orElseGet(() -> new WindowNotifications(this::owner, tasks.ui())),
                notice -> window.openRun(notice.run()), Clock.systemUTC(), tasks);
        // Set up once the first live tiles are on screen: the rule may ask GitHub who "mine" is, and the OS tray loads
        // AWT's toolkit (~50 ms of CPU, for nothing under a desktop without a tray) while the window was being built.
        window.firstLiveTilesShown().thenRun(() -> notifier.start(context.plane()));
        // A sign-in or sign-out in the window changes whose builds are "mine".
        models.signIn().ifPresent(signIn -> signIn.tokenChangesProperty().addListener(o -> notifier.identityChanged()));
        freshness = new PollFreshnessTicker(context.pollFreshness(), hud, tasks, Clock.systemUTC()).start();
        // Sounds follow the plane on a subscription of their own, never on the FX thread.
        BuildSounds sounds = new BuildSounds(wall, Clock.systemDefaultZone(),
                new AudioClipPlayer(wall.breakFile(), wall.fixFile()));
        sounds.setMuted(hud.soundMutedProperty().get());
        hud.soundMutedProperty().addListener((o, a, muted) -> sounds.setMuted(muted));
        stopSounds = context.plane().subscribe("sounds", sounds);
        LOG.debug("HUD built: {} workers, previews {}, teachers {}", WORKERS, context.previews().isPresent() ? "on" : "off",
                context.teachers().isPresent() ? "on" : "off");
    }

    /** The Release view's model: plans through GitHub, drafts audited in the config directory's audit.log. */
    private static ReleaseViewModel release(HudContext context, FxTaskExecutor tasks, DialogService dialogs) {
        ReleasePlanner planner = new ReleasePlanner(context.client(),
                new EvidenceCollector(context.client(), EvidenceCollector.DEFAULT_MAX_ARTIFACT_BYTES, context.bundleVerifier()),
                context.releasePolicy());
        DraftReleaser drafts = new DraftReleaser(context.client(),
                new AuditLog(context.userState().configDir(), Clock.systemUTC()));
        return new ReleaseViewModel(planner, drafts, tasks, dialogs, context.actor());
    }

    /** The wall's keys in config.properties; a bad one is logged and the wall's defaults used, never fatal. */
    private static WallConfig wallConfig(Path configDir) {
        try {
            return new ConfigLoader(System.getenv(), configDir).wall();
        } catch (IllegalArgumentException e) {
            LOG.warn("Wall settings ignored: {}", e.getMessage());
            return WallConfig.DEFAULT;
        }
    }

    /** Builds the graph; on the FX thread, where the window's nodes are made. */
    public static HudComposition create(HudContext context) {
        return new HudComposition(context);
    }

    private Window owner() {
        Scene scene = window == null ? null : window.root().getScene();
        return scene == null ? null : scene.getWindow();
    }

    public HudWindow window() {
        return window;
    }

    public ViewModels models() {
        return models;
    }

    public DesktopNotifier notifier() {
        return notifier;
    }

    /** Stops the window's updates, writes the user state still pending, stops the workers. Any thread; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        notifier.close();
        freshness.close();
        window.dispose();
        stopSounds.run();
        saver.flush();
        tasks.close();
    }
}
