package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.release.CandidatePolicy;
import io.intelgraph.maestro.slo.SloTargets;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.userstate.UserStateStore;

import java.util.Optional;

/**
 * The core services {@link GuiCommand} hands the UI half of the graph ({@link HudComposition}):
 * the plane to read snapshots from, the client for the detail view's jobs and re-runs, a way to
 * ask for an early poll, where to keep user state, the optional features' services, and how the
 * Release view checks a candidate's policy and the SLO panel's targets, and the sign-in (none when
 * a GitHub App authenticates this display).
 */
public record HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
        boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor,
        Optional<TeacherMarketplace> teachers, CandidatePolicy releasePolicy, SloTargets sloTargets,
        Optional<SignIn> signIn) {

    /** Without a sign-in (tests and tools). */
    public HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
            boolean startInWallMode, boolean simulated, Optional<PreviewService> previews, String actor,
            Optional<TeacherMarketplace> teachers, CandidatePolicy releasePolicy, SloTargets sloTargets) {
        this(plane, client, refresh, userState, startInWallMode, simulated, previews, actor, teachers, releasePolicy,
                sloTargets, Optional.empty());
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
