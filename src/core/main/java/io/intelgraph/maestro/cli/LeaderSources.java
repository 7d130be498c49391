package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.hub.HubLeadership;
import io.intelgraph.maestro.model.preview.ClusterStatus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The hub's sources and engines — GitHub polling, the preview cluster's informers, evidence,
 * distillation — started when this hub leads (at once when there is no election) and stopped when
 * it loses the lease. A hub that does not lead serves nothing as live: its plane says why it is stale.
 */
final class LeaderSources implements HubLeadership.Term, AutoCloseable {

    private final HudConfig config;
    private final HudRuntime runtime;
    private final Optional<TeacherMarketplace> teachers;
    private final Runnable deposed;
    private Optional<PreviewRuntime> previews = Optional.empty();
    private boolean started;

    /** @param deposed run once the sources are stopped after the lease was lost (the command then ends) */
    LeaderSources(HudConfig config, HudRuntime runtime, Optional<TeacherMarketplace> teachers, Runnable deposed) {
        this.config = config;
        this.runtime = runtime;
        this.teachers = teachers;
        this.deposed = deposed;
    }

    @Override
    public synchronized void lead() {
        if (started) {
            return;
        }
        started = true;
        runtime.poller().start();
        runtime.startEvidenceFeed();
        teachers.ifPresent(runtime::startDistillFeed);
        previews = startPreviews();
    }

    @Override
    public void standBy(String leader) {
        runtime.plane().sourceStale("This hub is the standby: " + (leader.isEmpty() ? "another hub" : leader)
                + " leads and polls GitHub; this one takes over if the leader stops renewing its lease.", null, Optional.empty());
    }

    @Override
    public void standDown(String why) {
        stopSources();
        runtime.plane().sourceStale("This hub lost its lease (" + why + "); the leader now serves the feed.", null,
                Optional.empty());
        deposed.run();
    }

    /** The preview cluster's name while its informers run. */
    synchronized Optional<String> clusterName() {
        return previews.map(PreviewRuntime::clusterName);
    }

    synchronized boolean started() {
        return started;
    }

    private synchronized void stopSources() {
        runtime.poller().close();
        previews.ifPresent(PreviewRuntime::close);
        previews = Optional.empty();
    }

    /** Previews are optional, as in the window: without a usable cluster the hub serves the rest and says why. */
    private Optional<PreviewRuntime> startPreviews() {
        try {
            PreviewRuntime started = PreviewRuntime.create(config, Duration.ofSeconds(8), true, Optional.of(runtime.client()));
            started.watcher().start(runtime.plane()::putPreviews);
            started.service().onPolicyChecked(runtime.plane()::putPolicyVerdict);
            return Optional.of(started);
        } catch (Exception e) {
            runtime.plane().putPreviews(List.of(), ClusterStatus.none("Previews unavailable: " + e.getMessage()));
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        previews.ifPresent(PreviewRuntime::close);
        previews = Optional.empty();
    }
}
