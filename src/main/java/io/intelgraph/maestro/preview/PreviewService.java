package io.intelgraph.maestro.preview;

import io.intelgraph.maestro.kube.ForeignNamespaceException;
import io.intelgraph.maestro.kube.Permission;
import io.intelgraph.maestro.kube.PreviewCluster;
import io.intelgraph.maestro.model.Preview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deploy, tear down and clean up previews, with the guards: RBAC first (nothing is attempted that
 * the cluster will refuse), only HUD-labelled namespaces are touched, every action is audited.
 */
public final class PreviewService {

    /** A preview that "Clean up" would remove, and why. */
    public record CleanupCandidate(Preview preview, String reason) {
    }

    private final PreviewCluster cluster;
    private final PreviewDeployer deployer;
    private final AuditLog audit;
    private final Clock clock;
    private final java.util.Optional<DeployGate> gate;
    private final List<java.util.function.Consumer<io.intelgraph.maestro.model.PolicyVerdict>> policyListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public PreviewService(PreviewCluster cluster, PreviewDeployer deployer, AuditLog audit, Clock clock) {
        this(cluster, deployer, audit, clock, java.util.Optional.empty());
    }

    public PreviewService(PreviewCluster cluster, PreviewDeployer deployer, AuditLog audit, Clock clock,
            java.util.Optional<DeployGate> gate) {
        this.cluster = cluster;
        this.deployer = deployer;
        this.audit = audit;
        this.clock = clock;
        this.gate = gate;
    }

    /** Told of every policy check's verdict (the build plane keeps them: the engine's policy-denies signal). */
    public void onPolicyChecked(java.util.function.Consumer<io.intelgraph.maestro.model.PolicyVerdict> listener) {
        policyListeners.add(listener);
    }

    /** The policy check of a branch's head commit (no PR, no preview). */
    public java.util.Optional<io.intelgraph.maestro.model.PolicyReport> policyCheckCommit(
            io.intelgraph.maestro.model.RepoId repo, String sha) {
        return gate.map(g -> announced(repo, sha, g.checkCommit(repo, sha)));
    }

    /** The policy check a deploy must pass, run on its own (the "Run policy check" button). */
    public java.util.Optional<io.intelgraph.maestro.model.PolicyReport> policyCheck(PreviewRequest request) {
        return gate.map(g -> announced(request.repo(), request.headSha(), g.check(request)));
    }

    private io.intelgraph.maestro.model.PolicyReport announced(io.intelgraph.maestro.model.RepoId repo, String sha,
            io.intelgraph.maestro.model.PolicyReport report) {
        var verdict = io.intelgraph.maestro.model.PolicyVerdict.of(repo, sha, report, clock.instant());
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
        return deploy(request, actor, java.util.Optional.empty());
    }

    /**
     * Deploys after the guards and the policy gate. With denies the deploy is refused
     * ({@link PolicyBlockedException}) unless {@code override} gives a reason, which is audited.
     */
    public String deploy(PreviewRequest request, String actor, java.util.Optional<String> override) {
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
                if (reason.length() < 10) {
                    audit.record(actor, "deploy", target, "refused by policy: " + report.denies() + " denies, "
                            + report.errors().size() + " errors");
                    throw new PolicyBlockedException(report);
                }
                audit.record(actor, "policy-override", target, "overrode " + report.denies() + " denies: " + reason);
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

    /** Uninstalls and deletes the namespace; refuses foreign namespaces. Returns false if there was none. */
    public boolean teardown(int prNumber, String actor) {
        String target = PreviewLabels.namespaceOf(prNumber);
        String blocked = teardownBlockedBecause(prNumber);
        if (!blocked.isEmpty()) {
            audit.record(actor, "teardown", target, "refused: " + blocked);
            throw new PreviewRefusedException(blocked);
        }
        try {
            // The label guard runs before anything is uninstalled.
            if (!cluster.ownedPreviewExists(prNumber)) {
                audit.record(actor, "teardown", target, "nothing to delete");
                return false;
            }
            deployer.uninstall(prNumber);
            boolean deleted = cluster.deleteNamespace(prNumber);
            audit.record(actor, "teardown", target, deleted ? "ok: namespace deleted" : "nothing to delete");
            return deleted;
        } catch (ForeignNamespaceException e) {
            audit.record(actor, "teardown", target, "refused: " + e.getMessage());
            throw new PreviewRefusedException(e.getMessage());
        }
    }

    /** Previews whose PR is no longer open, or whose TTL has run out: what "Clean up" shows first. */
    public List<CleanupCandidate> cleanupCandidates(Set<Integer> openPullRequests) {
        Instant now = clock.instant();
        List<CleanupCandidate> out = new ArrayList<>();
        for (Preview preview : cluster.list()) {
            if (preview.terminating()) {
                continue;
            }
            if (!openPullRequests.contains(preview.prNumber())) {
                out.add(new CleanupCandidate(preview, "PR #" + preview.prNumber() + " is closed or merged"));
            } else if (preview.expired(now)) {
                out.add(new CleanupCandidate(preview, "expired at " + preview.expiresAt()));
            }
        }
        return out;
    }

    public int cleanup(List<CleanupCandidate> candidates, String actor) {
        int removed = 0;
        for (CleanupCandidate candidate : candidates) {
            if (teardown(candidate.preview().prNumber(), actor)) {
                removed++;
            }
        }
        return removed;
    }
}
