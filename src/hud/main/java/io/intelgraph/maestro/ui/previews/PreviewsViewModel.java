package io.intelgraph.maestro.ui.previews;

import io.intelgraph.maestro.hub.HubSource;
import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.preview.PolicyBlockedException;
import io.intelgraph.maestro.preview.PreviewContexts;
import io.intelgraph.maestro.preview.PreviewRefusedException;
import io.intelgraph.maestro.preview.PreviewService;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.ui.PolicyFindingText;
import io.intelgraph.maestro.ui.dialog.DialogService;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.Generation;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * {@link TaskExecutor} and reports back in words. With a kubeconfig of several contexts it switches
 * between them ({@link PreviewContexts}); an action goes to the context whose previews are shown,
 * and is refused if the context changed before it ran. FX thread only.
 */
public final class PreviewsViewModel {

    /** How long a preview deployed from the HUD lives before clean-up may remove it. */
    private static final Duration PREVIEW_TTL = Duration.ofHours(72);
    /** An override's reason goes to the audit log: long enough to say something. */
    static final int MIN_REASON = 10;

    private final Optional<PreviewContexts> contexts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final String actor;
    private final ObservableList<Preview> previews = FXCollections.observableArrayList();
    private final ObservableList<Preview> previewsView = FXCollections.unmodifiableObservableList(previews);
    private final ReadOnlyObjectWrapper<ClusterStatus> cluster =
            new ReadOnlyObjectWrapper<>(ClusterStatus.none("No cluster configured"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PolicyReport> policyReport = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> contextNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currentContext = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();
    /** Whose report {@link #policyReport} is; a check for another tile makes an older one's result stale. */
    private BuildTile policyFor;
    private final Generation policyChecks = new Generation();
    private BuildSnapshot snapshot;

    /** One preview service (or none, in hub mode): no context to choose. */
    public PreviewsViewModel(Optional<PreviewService> service, TaskExecutor tasks, DialogService dialogs, String actor) {
        this(tasks, dialogs, actor, service.map(s -> PreviewContexts.fixed(s, "")));
    }

    private PreviewsViewModel(TaskExecutor tasks, DialogService dialogs, String actor, Optional<PreviewContexts> contexts) {
        this.contexts = contexts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        contexts.ifPresent(c -> {
            contextNames.setAll(c.names());
            currentContext.set(c.current());
        });
    }

    /** The previews of a kubeconfig's contexts, one at a time, with the picker. */
    public static PreviewsViewModel switching(PreviewContexts contexts, TaskExecutor tasks, DialogService dialogs,
            String actor) {
        return new PreviewsViewModel(tasks, dialogs, actor, Optional.of(contexts));
    }

    /**
     * Says the cluster is needed now: a cluster started on first use (the simulated one) starts. Returns at
     * once; the pictures that follow say "Loading…", then show its previews.
     */
    public void use() {
        contexts.ifPresent(PreviewContexts::use);
    }

    /**
     * Shows the previews of another context: what is shown is cleared and marked loading at once,
     * the old context's watches and client closed, the new one's started (on the switch thread);
     * the choice is remembered by the contexts' owner.
     */
    public void switchContext(String name) {
        if (contexts.isEmpty() || name == null || name.equals(currentContext.get()) && !switching.get()) {
            return;
        }
        String before = currentContext.get();
        currentContext.set(name);
        switching.set(true);
        previews.clear();
        cluster.set(new ClusterStatus(name, false, "Loading the previews of " + name + "…",
                "Switching context", "Switching context"));
        message.set("Switching to " + name + "…");
        tasks.execute(BackgroundTask.of("switch to Kubernetes context " + name, () -> contexts.get().switchTo(name).join())
                .onSuccess(done -> {
                    switching.set(false);
                    message.set("Showing the previews of " + name);
                })
                .onFailure(e -> {
                    switching.set(false);
                    currentContext.set(contexts.get().current().isEmpty() ? before : contexts.get().current());
                    message.set("Cannot switch to " + name + ": " + reason(e));
                }));
    }

    /**
     * Where an action goes: the current context's service, as long as the previews on screen are
     * that context's (not the loading picture of a switch, nor a previous context's still shown).
     */
    private Optional<PreviewContexts.Target> target() {
        return contexts.flatMap(PreviewContexts::target)
                .filter(t -> contextNames.isEmpty() || t.clusterName().equals(cluster.get().name()));
    }

    /** Runs {@code work} against {@code target} unless the context changed since the user chose the action. */
    private <T> T onTarget(PreviewContexts.Target target, TargetWork<T> work) throws Exception {
        if (!contexts.orElseThrow().isCurrent(target)) {
            throw new PreviewRefusedException("the Kubernetes context changed (now "
                    + contexts.orElseThrow().current() + ") before this ran on " + target.clusterName()
                    + "; nothing was done");
        }
        return work.run(target.service());
    }

    @FunctionalInterface
    private interface TargetWork<T> {
        T run(PreviewService service) throws Exception;
    }

    public void accept(BuildSnapshot next) {
        snapshot = next;
        if (switching.get() && !ofContext(next.cluster(), currentContext.get())) {
            return;   // a picture of the context being left, still on its way: the loading one stays
        }
        cluster.set(next.cluster());
        if (!previews.equals(next.previews())) {
            previews.setAll(next.previews());
        }
    }

    /** Whether {@code status} (the loading "ctx" or the watcher's "ctx @ server") is {@code context}'s. */
    private static boolean ofContext(ClusterStatus status, String context) {
        return status.name().equals(context) || status.name().startsWith(context + " @ ");
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
        return contexts.isEmpty() && snapshot != null && HubSource.follows(snapshot.health())
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
        Optional<PreviewContexts.Target> target = target();
        if (target.isEmpty()) {
            return;
        }
        PullRequest pr = tile.pullRequest().orElseThrow();
        PreviewRequest request = request(pr);
        Generation.Ticket ticket = policyChecks.next();
        message.set("Deploying " + pr.repo() + "#" + pr.number() + " to " + request.namespace() + "…");
        tasks.execute(BackgroundTask.of("deploy " + request.namespace(), () -> onTarget(target.get(), service -> service.deploy(request, actor, override)))
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
        Optional<PreviewContexts.Target> target = target();
        if (target.isEmpty()) {
            message.set(contexts.isEmpty() ? unavailableFromHere() : cluster.get().problem());
            return;
        }
        Generation.Ticket ticket = policyChecks.next();
        showPolicy(tile, null);
        String what = tile.pullRequest().map(pr -> pr.repo() + "#" + pr.number())
                .orElse(tile.repoName() + "@" + tile.branch());
        message.set("Checking " + what + " against the policies…");
        tasks.execute(BackgroundTask.of("policy check of " + what, () -> onTarget(target.get(),
                service -> tile.pullRequest().isPresent() ? service.policyCheck(request(tile.pullRequest().get()))
                        : service.policyCheckCommit(tile.key().repo(), tile.headline().headSha())))
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
        Optional<PreviewContexts.Target> target = target();
        if (target.isEmpty()) {
            return;
        }
        if (preview.headSha().length() < 7 || preview.repo().isEmpty()) {
            message.set(preview.namespace() + " does not record its repository and commit; cannot check it");
            return;
        }
        PreviewRequest request = new PreviewRequest(RepoId.parse(preview.repo()), preview.prNumber(), preview.headSha(),
                PREVIEW_TTL);
        message.set("Checking " + preview.namespace() + " against the policies…");
        tasks.execute(BackgroundTask.of("policy check of " + preview.namespace(), () -> onTarget(target.get(), service -> service.policyCheck(request)))
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
        Optional<PreviewContexts.Target> target = target();
        if (target.isEmpty()) {
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
                () -> onTarget(target.get(), service -> service.teardown(RepoId.parse(preview.repo()), preview.prNumber(), actor)))
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
        Optional<PreviewContexts.Target> target = target();
        if (target.isEmpty()) {
            return;
        }
        Set<RepoId> watched = snapshot == null ? Set.of()
                : snapshot.tiles().stream().map(t -> t.key().repo()).collect(Collectors.toSet());
        Map<RepoId, Set<Integer>> open = snapshot == null ? Map.of() : snapshot.tiles().stream()
                .flatMap(t -> t.pullRequest().stream())
                .collect(Collectors.groupingBy(PullRequest::repo, Collectors.mapping(PullRequest::number, Collectors.toSet())));
        tasks.execute(BackgroundTask.of("list previews to clean up", () -> onTarget(target.get(), service -> service.cleanupPlan(repo -> {
            if (!watched.contains(repo)) {
                throw new IllegalStateException("the HUD does not watch " + repo);
            }
            return open.getOrDefault(repo, Set.of());
        }))).onSuccess(plan -> confirmCleanup(target.get(), plan)).onFailure(e -> message.set("Cannot list previews: " + reason(e))));
    }

    private void confirmCleanup(PreviewContexts.Target target, PreviewService.CleanupPlan plan) {
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
            cleanup(target, candidates);
        }
    }

    private void cleanup(PreviewContexts.Target target, List<PreviewService.CleanupCandidate> candidates) {
        message.set("Cleaning up " + candidates.size() + " previews…");
        tasks.execute(BackgroundTask.of("clean up " + candidates.size() + " previews", () -> onTarget(target, service -> service.cleanup(candidates, actor)))
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

    /** The kubeconfig's contexts; empty when there is nothing to choose (simulated cluster, hub mode). */
    public ObservableList<String> contextNames() {
        return FXCollections.unmodifiableObservableList(contextNames);
    }

    public ReadOnlyStringProperty currentContextProperty() {
        return currentContext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
