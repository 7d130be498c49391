package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.kube.ForeignNamespaceException;
import io.intelgraph.maestro.kube.Permission;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.policy.PolicyReport;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.model.preview.PreviewLabels;
import io.intelgraph.maestro.model.preview.PreviewRequest;
import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Deploy, tear down and clean up previews, with the guards: RBAC first (nothing is attempted that
 * the cluster will refuse), only HUD-labelled namespaces are touched, every action is audited.
 */
public final class PreviewService {

    /** A preview that "Clean up" would remove, and why. */
    public record CleanupCandidate(Preview preview, String reason) {
    }

    /** What "Clean up" would remove, and what it leaves in place and why (one sentence each). */
    public record CleanupPlan(List<CleanupCandidate> remove, List<String> skipped) {
        public CleanupPlan {
            remove = List.copyOf(remove);
            skipped = List.copyOf(skipped);
        }
    }

    /** How many previews "Clean up" removed, and those a guard refused (namespace: why). */
    public record CleanupResult(int removed, List<String> refused) {
        public CleanupResult {
            refused = List.copyOf(refused);
        }
    }

    /** The open pull requests of a repository, as far as the caller can read them. */
    @FunctionalInterface
    public interface OpenPullRequests {
        /**
         * The numbers of {@code repo}'s open PRs.
         *
         * @throws Exception when they cannot be read (e.g. GitHub answers 404): that repository's
         *                   previews are skipped, never removed
         */
        Set<Integer> of(RepoId repo) throws Exception;
    }

    /**
     * Whether one pull request is open, asked of GitHub before a preview whose PR is not among those listed is called
     * closed: a listing can be incomplete (the CLI reads at most five pages, a HUD's tiles hold only the branches that
     * have runs), and a preview wrongly called closed is deleted.
     */
    @FunctionalInterface
    public interface PullRequestCheck {
        /** @throws Exception when it cannot be read: the preview is skipped, never removed */
        boolean isOpen(RepoId repo, int number) throws Exception;
    }

    private final PreviewCluster cluster;
    private final PreviewDeployer deployer;
    private final AuditLog audit;
    private final Clock clock;
    private final Optional<DeployGate> gate;
    private final Optional<PullRequestCheck> pullRequests;
    private final List<Consumer<PolicyVerdict>> policyListeners =
            new CopyOnWriteArrayList<>();

    public PreviewService(PreviewCluster cluster, PreviewDeployer deployer, AuditLog audit, Clock clock) {
        this(cluster, deployer, audit, clock, Optional.empty());
    }

    public PreviewService(PreviewCluster cluster, PreviewDeployer deployer, AuditLog audit, Clock clock,
            Optional<DeployGate> gate) {
        this(cluster, deployer, audit, clock, gate, Optional.empty());
    }

    /** @param pullRequests asked before a preview is called closed; empty: the listing cleanup is given is complete */
    public PreviewService(PreviewCluster cluster, PreviewDeployer deployer, AuditLog audit, Clock clock,
            Optional<DeployGate> gate, Optional<PullRequestCheck> pullRequests) {
        this.cluster = cluster;
        this.deployer = deployer;
        this.audit = audit;
        this.clock = clock;
        this.gate = gate;
        this.pullRequests = pullRequests;
    }

    /** Told of every policy check's verdict (the build plane keeps them: the engine's policy-denies signal). */
    public void onPolicyChecked(Consumer<PolicyVerdict> listener) {
        policyListeners.add(listener);
    }

    /** The policy check of a branch's head commit (no PR, no preview). */
    public Optional<PolicyReport> policyCheckCommit(
            RepoId repo, String sha) {
        return gate.map(g -> announced(repo, sha, g.checkCommit(repo, sha)));
    }

    /** The policy check a deploy must pass, run on its own (the "Run policy check" button). */
    public Optional<PolicyReport> policyCheck(PreviewRequest request) {
        return gate.map(g -> announced(request.repo(), request.headSha(), g.check(request)));
    }

    private PolicyReport announced(RepoId repo, String sha,
            PolicyReport report) {
        var verdict = PolicyVerdict.of(repo, sha, report, clock.instant());
        policyListeners.forEach(l -> l.accept(verdict));
        return report;
    }

    public PreviewCluster cluster() {
        return cluster;
    }

    /** Why the user may not deploy PR {@code prNumber}'s preview, or empty when they may. */
    public String deployBlockedBecause(int prNumber) {
        String namespace = PreviewLabels.namespaceOf(prNumber);
        for (Permission p : List.of(cluster.canI("create", "", "namespaces", null),
                cluster.canI("create", "apps", "deployments", namespace),
                cluster.canI("create", "networking.k8s.io", "ingresses", namespace))) {
            if (!p.allowed()) {
                return p.reason();
            }
        }
        return "";
    }

    /** Why the user may not tear PR {@code prNumber}'s preview down, or empty when they may. */
    public String teardownBlockedBecause(int prNumber) {
        Permission p = cluster.canI("delete", "", "namespaces", PreviewLabels.namespaceOf(prNumber));
        return p.allowed() ? "" : p.reason();
    }

    public String deploy(PreviewRequest request, String actor) {
        return deploy(request, actor, Optional.empty());
    }

    /**
     * Deploys after the guards and the policy gate. With denies the deploy is refused
     * ({@link PolicyBlockedException}) unless {@code override} gives a reason, which is audited.
     */
    public String deploy(PreviewRequest request, String actor, Optional<String> override) {
        String target = request.repo() + "#" + request.prNumber() + " → " + request.namespace();
        String blocked = deployBlockedBecause(request.prNumber());
        if (!blocked.isEmpty()) {
            audit.record(actor, "deploy", target, "refused: " + blocked);
            throw new PreviewRefusedException(blocked);
        }
        if (gate.isPresent()) {
            var report = policyCheck(request).orElseThrow();
            if (!report.passed()) {
                String reason = override.map(String::strip).orElse("");
                if (visibleCharacters(reason) < MIN_OVERRIDE_REASON) {
                    audit.record(actor, "deploy", target, "refused by policy: " + report.denies() + " denies, "
                            + report.errors().size() + " errors" + (override.isPresent()
                            ? "; the override's reason has fewer than " + MIN_OVERRIDE_REASON + " visible characters" : ""));
                    throw new PolicyBlockedException(report);
                }
                audit.record(actor, "policy-override", target, "overrode " + report.denies() + " denies: "
                        + (reason.length() > MAX_AUDITED_REASON ? reason.substring(0, MAX_AUDITED_REASON) + "… ("
                        + (reason.length() - MAX_AUDITED_REASON) + " more characters)" : reason));
            }
        }
        Instant now = clock.instant();
        try {
            cluster.ensureNamespace(request, actor, now);
            String summary = deployer.deploy(request, now);
            audit.record(actor, "deploy", target, "ok: " + summary + " (image tag " + request.headSha() + ")");
            return summary;
        } catch (ForeignNamespaceException e) {
            audit.record(actor, "deploy", target, "refused: " + e.getMessage());
            throw new PreviewRefusedException(e.getMessage());
        } catch (RuntimeException e) {
            audit.record(actor, "deploy", target, "failed: " + e.getMessage());
            throw e;
        }
    }

    /**
     * Uninstalls {@code repo}'s preview of PR {@code prNumber} and deletes its namespace; refuses a
     * namespace the HUD did not create or that holds another repository's preview. Returns false if
     * there was none.
     */
    public boolean teardown(RepoId repo, int prNumber, String actor) {
        String target = repo + "#" + prNumber + " → " + PreviewLabels.namespaceOf(prNumber);
        String blocked = teardownBlockedBecause(prNumber);
        if (!blocked.isEmpty()) {
            audit.record(actor, "teardown", target, "refused: " + blocked);
            throw new PreviewRefusedException(blocked);
        }
        try {
            // The label and repository guard runs before anything is uninstalled.
            if (!cluster.ownedPreviewExists(repo, prNumber)) {
                audit.record(actor, "teardown", target, "nothing to delete");
                return false;
            }
            deployer.uninstall(prNumber);
            boolean deleted = cluster.deleteNamespace(repo, prNumber);
            audit.record(actor, "teardown", target, deleted ? "ok: namespace deleted" : "nothing to delete");
            return deleted;
        } catch (ForeignNamespaceException e) {
            audit.record(actor, "teardown", target, "refused: " + e.getMessage());
            throw new PreviewRefusedException(e.getMessage());
        }
    }

    /**
     * What "Clean up" shows first: the previews whose PR is no longer open in their repository, or
     * whose TTL has run out; and, never to be removed, the previews whose repository's pull requests
     * cannot be read and the namespaces that carry the HUD's labels without being its previews.
     */
    public CleanupPlan cleanupPlan(OpenPullRequests openPullRequests) {
        Instant now = clock.instant();
        Map<RepoId, Set<Integer>> open = new HashMap<>();
        Map<RepoId, String> unreadable = new HashMap<>();
        List<CleanupCandidate> remove = new ArrayList<>();
        List<String> skipped = new ArrayList<>(cluster.strays().stream()
                .map(stray -> "skipped " + stray + "; not a preview the HUD created, left in place").toList());
        for (Preview preview : cluster.list()) {
            if (preview.terminating()) {
                continue;
            }
            RepoId repo = RepoId.parse(preview.repo());
            if (!open.containsKey(repo) && !unreadable.containsKey(repo)) {
                try {
                    open.put(repo, Set.copyOf(openPullRequests.of(repo)));
                } catch (Exception e) {
                    unreadable.put(repo, e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }
            if (unreadable.containsKey(repo)) {
                skipped.add("skipped " + preview.namespace() + ": cannot read the open pull requests of " + repo + " ("
                        + unreadable.get(repo) + "); left in place");
                continue;
            }
            PullRequestState state = open.get(repo).contains(preview.prNumber()) ? PullRequestState.OPEN
                    : asked(repo, preview.prNumber());
            if (state == PullRequestState.UNKNOWN) {
                skipped.add("skipped " + preview.namespace() + ": PR #" + preview.prNumber() + " of " + repo
                        + " is not among the open pull requests read, and GitHub could not be asked for it; left in place");
            } else if (state == PullRequestState.CLOSED) {
                remove.add(new CleanupCandidate(preview, "PR #" + preview.prNumber() + " of " + repo + " is closed or merged"));
            } else if (preview.expired(now)) {
                remove.add(new CleanupCandidate(preview, "expired at " + preview.expiresAt()));
            }
        }
        return new CleanupPlan(remove, skipped);
    }

    /** An override's reason says why in words: at least this many characters that show. */
    static final int MIN_OVERRIDE_REASON = 10;
    /** The audit log keeps a reason, not a document. */
    private static final int MAX_AUDITED_REASON = 2_000;

    /**
     * Characters that show: not spaces of any kind (a no-break space counts as none), not invisible format characters
     * (a zero-width space), not control characters. Ten zero-width spaces passed the old length check.
     */
    static long visibleCharacters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && !Character.isISOControl(c)).count();
    }

    private enum PullRequestState { OPEN, CLOSED, UNKNOWN }

    /** A PR not among the open ones listed: closed, unless GitHub, when it can be asked, says otherwise. */
    private PullRequestState asked(RepoId repo, int number) {
        if (pullRequests.isEmpty()) {
            return PullRequestState.CLOSED;
        }
        try {
            return pullRequests.get().isOpen(repo, number) ? PullRequestState.OPEN : PullRequestState.CLOSED;
        } catch (Exception e) {
            return PullRequestState.UNKNOWN;
        }
    }

    /**
     * Tears down each candidate (each through {@link #teardown}'s guards); one that is refused is
     * reported and the rest are still removed.
     */
    public CleanupResult cleanup(List<CleanupCandidate> candidates, String actor) {
        int removed = 0;
        List<String> refused = new ArrayList<>();
        for (CleanupCandidate candidate : candidates) {
            Preview preview = candidate.preview();
            try {
                if (teardown(RepoId.parse(preview.repo()), preview.prNumber(), actor)) {
                    removed++;
                }
            } catch (PreviewRefusedException e) {
                refused.add(preview.namespace() + ": " + e.getMessage());
            }
        }
        return new CleanupResult(removed, refused);
    }
}
