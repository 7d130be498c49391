package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.PollScheduler;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.ui.notify.NotifySettings;
import io.intelgraph.maestro.userstate.UserStateStore;

import io.intelgraph.maestro.supplychain.BundleVerifier;
import io.intelgraph.maestro.supplychain.CurrentBundleVerifier;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The core services {@link GuiCommand} hands the UI half of the graph ({@link HudComposition}):
 * the plane to read snapshots from, the client for the detail view's jobs and re-runs, a way to
 * ask for an early poll, where to keep user state, the optional features' services, how the
 * Release view checks a candidate's policy and the SLO panel's targets, and the sign-in (none when
 * a GitHub App authenticates this display).
 *
 * @param contexts the kubeconfig's contexts to switch the previews between; empty: {@code previews} only
 * @param notifications whose breaks and fixes become desktop notifications
 * @param pollFreshness the poller's per-repository freshness, for the status bar (any thread; empty in hub mode)
 * @param bundleVerifier what the evidence panels and the Release view verify Sigstore bundles with (asked off the FX
 *                       thread, when a bundle is read: it may refresh the trusted root through TUF)
 */
public record HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
        boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor,
        Optional<TeacherMarketplace> teachers, CandidatePolicy releasePolicy, SloTargets sloTargets,
        Optional<SignIn> signIn, Optional<PreviewContexts> contexts, NotifySettings notifications,
        Supplier<List<PollScheduler.RepoFreshness>> pollFreshness, Supplier<BundleVerifier> bundleVerifier) {

    /** Bundles verified against the snapshot of Sigstore's trusted root bundled with the HUD (tests and tools). */
    public HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
            boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor,
            Optional<TeacherMarketplace> teachers, CandidatePolicy releasePolicy, SloTargets sloTargets,
            Optional<SignIn> signIn, Optional<PreviewContexts> contexts, NotifySettings notifications,
            Supplier<List<PollScheduler.RepoFreshness>> pollFreshness) {
        this(plane, client, refresh, userState, startInWallMode, simulated, previews, actor, teachers, releasePolicy,
                sloTargets, signIn, contexts, notifications, pollFreshness, CurrentBundleVerifier.bundled());
    }

    /** Without a sign-in (tests and tools). */
    public HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
            boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor,
            Optional<TeacherMarketplace> teachers, CandidatePolicy releasePolicy, SloTargets sloTargets) {
        this(plane, client, refresh, userState, startInWallMode, simulated, previews, actor, teachers, releasePolicy,
                sloTargets, Optional.empty());
    }

    /** Without a context picker, notifications as by default, no poller's freshness. */
    public HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
            boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor,
            Optional<TeacherMarketplace> teachers, CandidatePolicy releasePolicy, SloTargets sloTargets,
            Optional<SignIn> signIn) {
        this(plane, client, refresh, userState, startInWallMode, simulated, previews, actor, teachers, releasePolicy,
                sloTargets, signIn, Optional.empty(), NotifySettings.DEFAULT, List::of);
    }

    /** With the policy verdicts the plane has for release candidates, and the default build-time targets. */
    public HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
            boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor,
            Optional<TeacherMarketplace> teachers) {
        this(plane, client, refresh, userState, startInWallMode, simulated, previews, actor, teachers,
                CandidatePolicy.fromSnapshot(), SloTargets.DEFAULT);
    }

    /** Without the teacher marketplace. */
    public HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
            boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor) {
        this(plane, client, refresh, userState, startInWallMode, simulated, previews, actor, Optional.empty());
    }

    /** Without previews (tests and tools that only need builds). */
    public HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
            boolean startInWallMode, boolean simulated) {
        this(plane, client, refresh, userState, startInWallMode, simulated, Optional.empty(),
                System.getProperty("user.name", "unknown") + "@hud");
    }
}
