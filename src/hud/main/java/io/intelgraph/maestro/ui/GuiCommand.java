package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.cli.HudRuntime;
import io.intelgraph.maestro.cli.Main;
import io.intelgraph.maestro.cli.PreviewRuntime;
import io.intelgraph.maestro.cli.SimClusterDoorbell;
import io.intelgraph.maestro.cli.SourceOptions;
import io.intelgraph.maestro.cli.SubcommandProvider;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.kube.KubeContexts;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.preview.AuditLog;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.ui.notify.NotifySettings;
import io.intelgraph.maestro.ui.style.WindowLook;
import io.intelgraph.maestro.ui.task.FxToolkit;
import io.intelgraph.maestro.userstate.RememberedContext;
import io.intelgraph.maestro.userstate.UserStateStore;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code gui} (the default): opens the HUD window. The program's composition root: the core half
 * (HudRuntime, PreviewRuntime, the feeds) is built here, the UI half by {@link HudComposition}.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the HUD (the default subcommand).")
public final class GuiCommand implements Callable<Integer> {

    /** Adds {@code gui} to {@code maestro} as its default subcommand (registered in META-INF/services). */
    public static final class Provider implements SubcommandProvider {
        /** The toolkit the command will run on: started by {@link #prepare()}, else when the command runs. */
        private Supplier<FxToolkit> toolkit = FxToolkit::start;

        @Override
        public void prepare() {
            FxToolkit started = FxToolkit.start();
            toolkit = () -> started;
        }

        @Override
        public Callable<Integer> create(Main main) {
            GuiCommand gui = new GuiCommand(toolkit);
            gui.main = main;
            return gui;
        }

        @Override
        public boolean isDefault() {
            return true;
        }
    }

    @ParentCommand
    Main main;

    private final Supplier<FxToolkit> toolkit;

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--wall", description = "Start in wall-display mode: full screen, large type, failing first.")
    boolean wall;

    private GuiCommand(Supplier<FxToolkit> toolkit) {
        this.toolkit = toolkit;
    }

    @Override
    public Integer call() throws Exception {
        // The toolkit comes up while the command line is read and the sources start; the window opens when both are
        // ready.
        FxToolkit toolkit = this.toolkit.get();
        toolkit.up().thenRun(() -> StartupMarks.mark("toolkit up"));
        ConfigLoader loader = new ConfigLoader(main.env(), ConfigLoader.defaultConfigDir(main.env()));
        HudConfig config = loader.load(source.flags(), source.accessFlags());
        StartupMarks.mark("command line read");
        UserStateStore userState = new UserStateStore(config.configDir());
        boolean dark = HudViewModel.usesDarkStylesheet(userState.load());
        toolkit.onFxWhenUp(() -> WindowLook.preload(dark));
        HudRuntime runtime = HudRuntime.create(config, main.tokens());
        // The last session's picture, STALE, until the first poll replaces it.
        runtime.showCachedPicture();
        FirstPollMark.watch(runtime.plane(), StartupMarks::mark);
        runtime.start();
        StartupMarks.mark("sources");
        // In hub mode the hub's engine sends the recommendations, and the previews on screen are the hub's
        // (deploy and teardown from here are off).
        boolean hubFed = runtime.hub().isPresent();
        Optional<TeacherMarketplace> teachers = hubFed ? Optional.empty() : runtime.openTeachers(config.configDir());
        Optional<PendingPreviews> pending = hubFed ? Optional.empty() : previews(config, runtime);
        Optional<PreviewContexts> previews = pending.map(PendingPreviews::contexts);
        if (hubFed) {
            LoggerFactory.getLogger(GuiCommand.class).info("{}", runtime.actionsNote());
        }
        CandidatePolicy releasePolicy = releasePolicy(config, runtime);
        String actor = AuditLog.actor(main.env(), "hud");
        HudLauncher.launch(toolkit, new HudContext(runtime.plane(), runtime.client(),
                runtime::refresh, userState, wall, runtime.simulated(),
                previews.flatMap(PreviewContexts::service), actor, teachers, releasePolicy,
                config.sloTargets(), runtime.signIn(main.credentialStore()), previews, NotifySettings.load(loader),
                hubFed ? List::of : runtime.poller()::freshness, runtime.bundleVerifier()),
                // The cluster, the build-intelligence engine (its student's training) and the report downloads
                // wait for the first live tiles (at most 20 s): on two cores, started beside the window, they
                // slowed it as much as they saved.
                Duration.ofSeconds(20), () -> {
                    pending.ifPresent(PendingPreviews::connect);
                    teachers.ifPresent(runtime::startDistillFeed);
                    runtime.startEvidenceFeed();
                }, () -> {
                    pending.ifPresent(PendingPreviews::close);
                    runtime.close();
                });
        return 0;
    }

    /**
     * The deploy gate's policies over a release candidate's Dockerfiles, compiled for the first plan; without usable
     * policies, the plane's verdicts.
     */
    private static CandidatePolicy releasePolicy(HudConfig config, HudRuntime runtime) {
        return CandidatePolicy.loadedOnFirstCheck(() -> {
            try {
                return CandidatePolicy.of(config.policyDir(), config.policyData(), runtime.client());
            } catch (Exception e) {
                LoggerFactory.getLogger(GuiCommand.class).warn("Release readiness without its own policy check: {}",
                        e.getMessage());
                return CandidatePolicy.fromSnapshot();
            }
        });
    }

    /**
     * A kubeconfig's contexts, read, and the one to connect to once the window is up; or the simulated cluster,
     * started on first use, with the doorbell CLI commands ring to have it started.
     */
    private record PendingPreviews(PreviewContexts contexts, Optional<String> initial,
            Optional<SimClusterDoorbell> doorbell) {
        void connect() {
            if (doorbell.isPresent()) {
                contexts.connectOnFirstUse(initial, PreviewRuntime.SIM_CLUSTER_NOT_STARTED);
            } else {
                contexts.connectInBackground(initial);
            }
        }

        void close() {
            doorbell.ifPresent(SimClusterDoorbell::close);
            contexts.close();
        }
    }

    /**
     * Hung at once: a command that rings before the first tiles has the cluster started as soon as it is armed.
     * Without a doorbell the cluster starts after the first tiles, as with a kubeconfig, so commands can join it.
     */
    private static Optional<SimClusterDoorbell> doorbell(HudConfig config, PreviewContexts previews) {
        try {
            return Optional.of(SimClusterDoorbell.hang(config.configDir(), previews::use));
        } catch (IOException e) {
            LoggerFactory.getLogger(GuiCommand.class).warn("The simulated cluster starts with the window: cannot hang"
                    + " its doorbell for preview commands ({})", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Previews are optional: without a usable cluster or chart the HUD runs and says why on the
     * Previews view. With a kubeconfig, its contexts can be switched between from the view; the
     * first is the configured one, else the one last picked, else the kubeconfig's current one.
     * Until {@link PendingPreviews#connect()} the view says "Loading the previews of …"; after it, the simulated
     * cluster says it is not started until it is first used.
     */
    private static Optional<PendingPreviews> previews(HudConfig config, HudRuntime runtime) {
        try {
            Optional<Path> kubeconfig = PreviewRuntime.kubeconfig(config);
            RememberedContext remembered = new RememberedContext(config.configDir());
            KubeContexts contexts = kubeconfig.isPresent() ? KubeContexts.read(kubeconfig.get())
                    : new KubeContexts(List.of(), Optional.empty());
            PreviewContexts.Connector connector = context -> {
                PreviewRuntime previews = kubeconfig.isPresent()
                        ? PreviewRuntime.connect(config, kubeconfig.get(), context, Optional.of(runtime.client()))
                        : PreviewRuntime.create(config, Duration.ofSeconds(8), true, Optional.of(runtime.client()));
                previews.service().onPolicyChecked(runtime.plane()::putPolicyVerdict);
                return previews;
            };
            PreviewContexts previews = new PreviewContexts(contexts.names(), connector, runtime.plane()::putPreviews,
                    remembered::save);
            Optional<SimClusterDoorbell> doorbell = kubeconfig.isPresent() ? Optional.empty()
                    : doorbell(config, previews);
            return Optional.of(new PendingPreviews(previews, contexts.initial(config.kubeContext(), remembered.load()),
                    doorbell));
        } catch (Exception e) {
            runtime.plane().putPreviews(List.of(), ClusterStatus.none("Previews unavailable: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
