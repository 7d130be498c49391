package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.hub.HubSource;
import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.PolicyBlockedException;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.ui.PolicyFindingText;
import io.intelgraph.maestro.ui.dialog.DialogService;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.Generation;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Previews view's state (from snapshots) and its actions (deploy, policy checks, tear down,
 * clean up): each destructive one asks first through the {@link DialogService}, runs on the
 * {@link TaskExecutor} and reports back in words. FX thread only.
 */
public final class PreviewsViewModel {

    /** How long a preview deployed from the HUD lives before clean-up may remove it. */
    private static final Duration PREVIEW_TTL = Duration.ofHours(72);
    /** An override's reason goes to the audit log: long enough to say something. */
    static final int MIN_REASON = 10;

    private final Optional<PreviewService> service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final String actor;
    private final ObservableList<Preview> previews = FXCollections.observableArrayList();
    private final ObservableList<Preview> previewsView = FXCollections.unmodifiableObservableList(previews);
    private final ReadOnlyObjectWrapper<ClusterStatus> cluster =
            new ReadOnlyObjectWrapper<>(ClusterStatus.none("No cluster configured"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PolicyReport> policyReport = new ReadOnlyObjectWrapper<>();
    /** Whose report {@link #policyReport} is; a check for another tile makes an older one's result stale. */
    private BuildTile policyFor;
    private final Generation policyChecks = new Generation();
    private BuildSnapshot snapshot;

    public PreviewsViewModel(Optional<PreviewService> service, TaskExecutor tasks, DialogService dialogs, String actor) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
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
        if (!unavailableFromHere().isEmpty()) {
            return unavailableFromHere();
        }
        ClusterStatus status = cluster.get();
        if (!status.available()) {
            return status.problem();
        }
        return status.deployBlocked();
    }

    /**
     * In hub mode the previews shown are the hub's and no cluster is reached from here: the actions
     * say so instead of looking available.
     */
    private String unavailableFromHere() {
        return service.isEmpty() && snapshot != null && HubSource.follows(snapshot.health())
                ? "Unavailable in hub mode: these previews are the hub's, and deploy, teardown and policy check "
                        + "do not run on the hub for its displays."
                : "";
    }

    public String teardownBlockedBecause() {
        if (!unavailableFromHere().isEmpty()) {
            return unavailableFromHere();
        }
        ClusterStatus status = cluster.get();
        return status.available() ? status.teardownBlocked() : status.problem();
    }

    public void deploy(BuildTile tile) {
        deploy(tile, Optional.empty());
    }

    /** Deploys despite policy denies, once the user gives a reason (written to the audit log). */
    public void overrideDeploy(BuildTile tile) {
        dialogs.askReason("Override policy", "Deploy despite the policy denies?",
                "Reason (" + MIN_REASON + "+ characters, written to the audit log):", MIN_REASON)
                .ifPresent(reason -> deploy(tile, Optional.of(reason)));
    }

    /** Deploys; with policy denies it is refused (and the report shown) unless {@code override} gives a reason. */
    private void deploy(BuildTile tile, Optional<String> override) {
        if (service.isEmpty()) {
            return;
        }
        PullRequest pr = tile.pullRequest().orElseThrow();
        PreviewRequest request = request(pr);
        Generation.Ticket ticket = policyChecks.next();
        message.set("Deploying " + pr.repo() + "#" + pr.number() + " to " + request.namespace() + "…");
        tasks.execute(BackgroundTask.of("deploy " + request.namespace(), () -> service.get().deploy(request, actor, override))
                .onSuccess(deployed -> message.set("Deployed: " + deployed))
                .onFailure(e -> {
                    if (e instanceof PolicyBlockedException blocked) {
                        if (ticket.isCurrent()) {
                            showPolicy(tile, blocked.report());
                        }
                        message.set(blocked.getMessage());
                    } else {
                        message.set(refused(e));
                    }
                }));
    }

    /** Runs the deploy gate's policy check for a PR tile (a branch's head commit otherwise) and shows its findings. */
    public void checkPolicy(BuildTile tile) {
        if (service.isEmpty()) {
            message.set(unavailableFromHere());
            return;
        }
        Generation.Ticket ticket = policyChecks.next();
        showPolicy(tile, null);
        String what = tile.pullRequest().map(pr -> pr.repo() + "#" + pr.number())
                .orElse(tile.repoName() + "@" + tile.branch());
        message.set("Checking " + what + " against the policies…");
        tasks.execute(BackgroundTask.of("policy check of " + what, () -> tile.pullRequest().isPresent()
                ? service.get().policyCheck(request(tile.pullRequest().get()))
                : service.get().policyCheckCommit(tile.key().repo(), tile.headline().headSha()))
                .onSuccess(report -> {
                    if (ticket.isCurrent()) {
                        showPolicy(tile, report.orElse(null));
                    }
                    message.set(report.map(r -> r.passed() ? "Policy check passed (" + r.warnings() + " warnings)"
                            : "Policy check: " + r.denies() + " denies, " + r.warnings() + " warnings")
                            .orElse("No policies configured: deploys are not gated"));
                })
                .onFailure(e -> message.set(refused(e))));
    }

    private void showPolicy(BuildTile tile, PolicyReport report) {
        policyFor = tile;
        policyReport.set(report);
    }

    /** Runs the policy check of a deployed preview (its chart with its values, its Dockerfile at its SHA) and shows the findings. */
    public void checkPreviewPolicy(Preview preview) {
        if (service.isEmpty()) {
            return;
        }
        if (preview.headSha().length() < 7 || preview.repo().isEmpty()) {
            message.set(preview.namespace() + " does not record its repository and commit; cannot check it");
            return;
        }
        PreviewRequest request = new PreviewRequest(RepoId.parse(preview.repo()), preview.prNumber(), preview.headSha(),
                PREVIEW_TTL);
        message.set("Checking " + preview.namespace() + " against the policies…");
        tasks.execute(BackgroundTask.of("policy check of " + preview.namespace(), () -> service.get().policyCheck(request))
                .onSuccess(report -> {
                    message.set(report.map(r -> "Policy check of " + preview.namespace() + ": " + r.denies() + " denies, "
                            + r.warnings() + " warnings").orElse("No policies configured"));
                    report.ifPresent(r -> showPreviewReport(preview, r));
                })
                .onFailure(e -> message.set(refused(e))));
    }

    private void showPreviewReport(Preview preview, PolicyReport report) {
        String lines = report.findings().stream().map(f -> PolicyFindingText.line(f, f.file()))
                .collect(Collectors.joining("\n"));
        String header = preview.namespace() + ": " + report.denies() + " denies, " + report.warnings() + " warnings";
        String body = lines.isEmpty() ? "No denies, no warnings." : lines;
        if (report.passed()) {
            dialogs.info("Policy check", header, body);
        } else {
            dialogs.warning("Policy check", header, body);
        }
    }

    /** The policy findings shown for {@code tile}, if its check ran. */
    public Optional<PolicyReport> policyReportFor(BuildTile tile) {
        return policyFor != null && tile.key().equals(policyFor.key()) ? Optional.ofNullable(policyReport.get())
                : Optional.empty();
    }

    public ReadOnlyObjectProperty<PolicyReport> policyReportProperty() {
        return policyReport.getReadOnlyProperty();
    }

    private static PreviewRequest request(PullRequest pr) {
        return new PreviewRequest(pr.repo(), pr.number(), pr.headSha(), PREVIEW_TTL);
    }

    /** Tears a preview down once the user has typed its namespace: it deletes the namespace with everything in it. */
    public void teardown(Preview preview) {
        if (service.isEmpty()) {
            return;
        }
        boolean confirmed = dialogs.confirmTyped("Tear down preview", "Delete namespace " + preview.namespace() + "?",
                "This uninstalls the preview of PR #" + preview.prNumber() + " (" + preview.repo()
                        + ") and deletes the namespace " + preview.namespace() + " with everything in it.",
                preview.namespace(), "Tear down " + preview.namespace());
        if (!confirmed) {
            return;
        }
        message.set("Tearing down " + preview.namespace() + "…");
        tasks.execute(BackgroundTask.of("tear down " + preview.namespace(),
                () -> service.get().teardown(RepoId.parse(preview.repo()), preview.prNumber(), actor))
                .onSuccess(deleted -> message.set(deleted ? "Deleted namespace " + preview.namespace()
                        : preview.namespace() + " was already gone"))
                .onFailure(e -> message.set(refused(e))));
    }

    /**
     * Finds (off the FX thread) the previews whose PR is not among the open PRs of its repository
     * the HUD knows, or whose TTL ran out, shows them, and removes them once the user agrees. A
     * repository the HUD does not watch is one whose PRs it cannot tell: its previews stay.
     */
    public void cleanUp() {
        if (service.isEmpty()) {
            return;
        }
        Set<RepoId> watched = snapshot == null ? Set.of()
                : snapshot.tiles().stream().map(t -> t.key().repo()).collect(Collectors.toSet());
        Map<RepoId, Set<Integer>> open = snapshot == null ? Map.of() : snapshot.tiles().stream()
                .flatMap(t -> t.pullRequest().stream())
                .collect(Collectors.groupingBy(PullRequest::repo, Collectors.mapping(PullRequest::number, Collectors.toSet())));
        tasks.execute(BackgroundTask.of("list previews to clean up", () -> service.get().cleanupPlan(repo -> {
            if (!watched.contains(repo)) {
                throw new IllegalStateException("the HUD does not watch " + repo);
            }
            return open.getOrDefault(repo, Set.of());
        })).onSuccess(this::confirmCleanup).onFailure(e -> message.set("Cannot list previews: " + reason(e))));
    }

    private void confirmCleanup(PreviewService.CleanupPlan plan) {
        List<PreviewService.CleanupCandidate> candidates = plan.remove();
        String skipped = plan.skipped().stream().map(line -> "• " + line).collect(Collectors.joining("\n"));
        if (candidates.isEmpty()) {
            message.set("Nothing to clean up: every preview belongs to an open PR and is within its TTL."
                    + (skipped.isEmpty() ? "" : " " + plan.skipped().size() + " skipped."));
            return;
        }
        String list = candidates.stream().map(c -> "• " + c.preview().namespace() + " — " + c.reason())
                .collect(Collectors.joining("\n"));
        if (dialogs.confirm("Clean up previews", "These preview namespaces will be deleted:",
                list + (skipped.isEmpty() ? "" : "\n\nLeft in place:\n" + skipped), "Delete " + candidates.size() + " previews")) {
            cleanup(candidates);
        }
    }

    private void cleanup(List<PreviewService.CleanupCandidate> candidates) {
        message.set("Cleaning up " + candidates.size() + " previews…");
        tasks.execute(BackgroundTask.of("clean up " + candidates.size() + " previews", () -> service.get().cleanup(candidates, actor))
                .onSuccess(result -> message.set("Removed " + result.removed() + " previews"
                        + (result.refused().isEmpty() ? "" : "; refused " + String.join("; ", result.refused()))))
                .onFailure(e -> message.set(refused(e))));
    }

    private static String refused(Exception e) {
        return "Refused: " + reason(e);
    }

    /** A failure's message, or its type when it has none: never "null" on screen. */
    static String reason(Exception e) {
        String text = e.getMessage();
        return text == null || text.isBlank() ? "an unexpected " + e.getClass().getSimpleName() + " (no details given)" : text;
    }

    public ObservableList<Preview> previews() {
        return previewsView;
    }

    public ReadOnlyObjectProperty<ClusterStatus> clusterProperty() {
        return cluster.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
