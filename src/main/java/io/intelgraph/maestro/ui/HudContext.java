package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.config.UserStateStore;
import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.store.BuildPlane;

/**
 * What the composition root hands the UI: the plane to read snapshots from, the client for the
 * detail view's jobs and re-runs, a way to ask for an early poll, and where to keep user state.
 */
public record HudContext(BuildPlane plane, GitHubClient client, Runnable refresh, UserStateStore userState,
        boolean startInWallMode, boolean simulated) {
}
