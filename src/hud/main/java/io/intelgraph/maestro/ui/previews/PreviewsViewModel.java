package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The Previews view's state (from snapshots) and its actions (deploy, tear down, clean up), which
 * run on a background executor and report back in words. FX thread only.
 */
public final class PreviewsViewModel {

    private final Optional<PreviewService> service;
    private final Executor background;
    private final String actor;
    private final ObservableList<Preview> previews = FXCollections.observableArrayList();
    private final ObjectProperty<ClusterStatus> cluster = new SimpleObjectProperty<>(ClusterStatus.none("No cluster configured"));
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<io.intelgraph.maestro.model.policy.PolicyReport> policyReport = new SimpleObjectProperty<>();
    private final ObjectProperty<io.intelgraph.maestro.store.TileKey> policyFor = new SimpleObjectProperty<>();
    private BuildSnapshot snapshot;

    public PreviewsViewModel(Optional<PreviewService> service, Executor background, String actor) {
        this.service = service;
        this.background = background;
        this.actor = actor;
    }

    public void accept(BuildSnapshot next) {
        snapshot = next;
        cluster.set(next.cluster());
        if (!previews.equals(next.previews())) {
            previews.setAll(next.previews());
        }
    }

    /** Why Deploy is unavailable for this tile, or empty when it may be deployed. */
    public String deployBlockedBecause(BuildTile tile) {
        if (tile.pullRequest().isEmpty()) {
            return "Previews are per pull request; this branch has no open PR.";
        }
        ClusterStatus status = cluster.get();
        if (!status.available()) {
            return status.problem();
        }
        return status.deployBlocked();
    }

    public String teardownBlockedBecause() {
        ClusterStatus status = cluster.get();
        return status.available() ? status.teardownBlocked() : status.problem();
    }

    public void deploy(BuildTile tile) {
        deploy(tile, Optional.empty());
    }

    /** Deploys; with policy denies it is refused (and the report shown) unless {@code override} gives a reason. */
    public void deploy(BuildTile tile, Optional<String> override) {
        PullRequest pr = tile.pullRequest().orElseThrow();
        PreviewRequest request = request(pr);
        run("Deploying " + pr.repo() + "#" + pr.number() + " to " + request.namespace() + "…", s -> {
            try {
                return "Deployed: " + s.deploy(request, actor, override);
            } catch (io.intelgraph.maestro.preview.PolicyBlockedException e) {
                Platform.runLater(() -> {
                    policyFor.set(tile.key());
                    policyReport.set(e.report());
                });
                return e.getMessage();
            }
        });
    }

    /** Runs the deploy gate's policy check for a PR tile and shows its findings. */
    public void checkPolicy(BuildTile tile) {
        policyFor.set(tile.key());
        policyReport.set(null);
        String what = tile.pullRequest().map(pr -> pr.repo() + "#" + pr.number())
                .orElse(tile.repoName() + "@" + tile.branch());
        run("Checking " + what + " against the policies…", s -> {
            var report = tile.pullRequest().isPresent() ? s.policyCheck(request(tile.pullRequest().get()))
                    : s.policyCheckCommit(tile.key().repo(), tile.headline().headSha());
            Platform.runLater(() -> {
                if (tile.key().equals(policyFor.get())) {
                    policyReport.set(report.orElse(null));
                }
            });
            return report.map(r -> r.passed() ? "Policy check passed (" + r.warnings() + " warnings)"
                    : "Policy check: " + r.denies() + " denies, " + r.warnings() + " warnings")
                    .orElse("No policies configured: deploys are not gated");
        });
    }

    /** Runs the policy check of a deployed preview (its chart with its values, its Dockerfile at its SHA). */
    public void checkPreviewPolicy(io.intelgraph.maestro.model.preview.Preview preview,
            java.util.function.Consumer<io.intelgraph.maestro.model.policy.PolicyReport> onFx) {
        if (preview.headSha().length() < 7 || preview.repo().isEmpty()) {
            message.set(preview.namespace() + " does not record its repository and commit; cannot check it");
            return;
        }
        PreviewRequest request = new PreviewRequest(io.intelgraph.maestro.model.repo.RepoId.parse(preview.repo()),
                preview.prNumber(), preview.headSha(), Duration.ofHours(72));
        run("Checking " + preview.namespace() + " against the policies…", s -> {
            var report = s.policyCheck(request);
            report.ifPresent(r -> Platform.runLater(() -> onFx.accept(r)));
            return report.map(r -> "Policy check of " + preview.namespace() + ": " + r.denies() + " denies, "
                    + r.warnings() + " warnings").orElse("No policies configured");
        });
    }

    /** The policy findings shown for {@code tile}, if its check ran. */
    public Optional<io.intelgraph.maestro.model.policy.PolicyReport> policyReportFor(BuildTile tile) {
        return tile.key().equals(policyFor.get()) ? Optional.ofNullable(policyReport.get()) : Optional.empty();
    }

    public ObjectProperty<io.intelgraph.maestro.model.policy.PolicyReport> policyReportProperty() {
        return policyReport;
    }

    private static PreviewRequest request(PullRequest pr) {
        return new PreviewRequest(pr.repo(), pr.number(), pr.headSha(), Duration.ofHours(72));
    }

    public void teardown(Preview preview) {
        run("Tearing down " + preview.namespace() + "…",
                s -> s.teardown(RepoId.parse(preview.repo()), preview.prNumber(), actor)
                        ? "Deleted namespace " + preview.namespace() : preview.namespace() + " was already gone");
    }

    /**
     * Finds (off the FX thread) the previews whose PR is not among the open PRs of its repository
     * the HUD knows, or whose TTL ran out, and hands the plan to {@code onFx} to be shown before
     * anything is removed. A repository the HUD does not watch is one whose PRs it cannot tell.
     */
    public void findCleanupCandidates(java.util.function.Consumer<PreviewService.CleanupPlan> onFx) {
        Set<RepoId> watched = snapshot == null ? Set.of()
                : snapshot.tiles().stream().map(t -> t.key().repo()).collect(Collectors.toSet());
        Map<RepoId, Set<Integer>> open = snapshot == null ? Map.of() : snapshot.tiles().stream()
                .flatMap(t -> t.pullRequest().stream())
                .collect(Collectors.groupingBy(PullRequest::repo, Collectors.mapping(PullRequest::number, Collectors.toSet())));
        service.ifPresent(s -> background.execute(() -> {
            try {
                PreviewService.CleanupPlan plan = s.cleanupPlan(repo -> {
                    if (!watched.contains(repo)) {
                        throw new IllegalStateException("the HUD does not watch " + repo);
                    }
                    return open.getOrDefault(repo, Set.of());
                });
                Platform.runLater(() -> onFx.accept(plan));
            } catch (RuntimeException e) {
                Platform.runLater(() -> message.set("Cannot list previews: " + reason(e)));
            }
        }));
    }

    public void cleanup(List<PreviewService.CleanupCandidate> candidates) {
        run("Cleaning up " + candidates.size() + " previews…", s -> {
            PreviewService.CleanupResult result = s.cleanup(candidates, actor);
            return "Removed " + result.removed() + " previews"
                    + (result.refused().isEmpty() ? "" : "; refused " + String.join("; ", result.refused()));
        });
    }

    /** A failure's message, or its type when it has none: never "null" on screen. */
    static String reason(RuntimeException e) {
        String text = e.getMessage();
        return text == null || text.isBlank() ? "an unexpected " + e.getClass().getSimpleName() + " (no details given)" : text;
    }

    private void run(String starting, java.util.function.Function<PreviewService, String> action) {
        if (service.isEmpty()) {
            return;
        }
        message.set(starting);
        background.execute(() -> {
            String result;
            try {
                result = action.apply(service.get());
            } catch (RuntimeException e) {
                result = "Refused: " + reason(e);
            }
            String shown = result;
            Platform.runLater(() -> message.set(shown));
        });
    }

    public ObservableList<Preview> previews() {
        return previews;
    }

    public ObjectProperty<ClusterStatus> clusterProperty() {
        return cluster;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
