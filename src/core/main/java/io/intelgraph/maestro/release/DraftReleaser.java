package io.intelgraph.maestro.release;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.preview.AuditLog;

import java.util.Optional;

/**
 * Creates the draft release of a plan: refused without write access to the repository, audited
 * whatever the outcome, and never published (GitHub keeps a draft, and makes no tag, until a
 * person publishes it). The caller asks the user first.
 */
public final class DraftReleaser {

    /** Why a draft was not even asked for, in words. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private final GitHubClient github;
    private final AuditLog audit;

    public DraftReleaser(GitHubClient github, AuditLog audit) {
        this.github = github;
        this.audit = audit;
    }

    /** Why a draft of {@code plan} cannot be created by this user, or empty when it can. */
    public static Optional<String> refusal(ReleasePlan plan) {
        if (plan.nextTag().isEmpty()) {
            return Optional.of("There is nothing to release in " + plan.repo() + ": " + plan.verdictSentence());
        }
        if (plan.canPush().isEmpty()) {
            return Optional.of("GitHub did not say whether you may write to " + plan.repo()
                    + " (no token?): creating a release needs write access.");
        }
        if (!plan.canPush().get()) {
            return Optional.of("You have no write access to " + plan.repo()
                    + " (GitHub's permissions.push is false): creating a release needs it.");
        }
        return Optional.empty();
    }

    /** Creates the draft; the audit log records the attempt and its outcome. */
    public Release createDraft(ReleasePlan plan, String actor) throws RefusedException, GitHubException {
        String target = plan.repo() + " " + plan.nextTag().orElse("(no version)");
        Optional<String> refused = refusal(plan);
        if (refused.isPresent()) {
            audit.record(actor, "release.create-draft", target, "refused: " + refused.get());
            throw new RefusedException(refused.get());
        }
        String readiness = plan.readiness().ready() ? "ready" : "not ready, " + plan.readiness().blockers().size() + " blockers";
        try {
            Release draft = github.createDraftRelease(plan.repo(), new GitHubClient.DraftRelease(plan.nextTag().get(),
                    plan.candidateSha().isEmpty() ? plan.defaultBranch() : plan.candidateSha(), plan.nextTag().get(),
                    plan.notes(), plan.channel().isPresent()));
            audit.record(actor, "release.create-draft", target, "draft created (" + readiness + "): " + draft.htmlUrl());
            return draft;
        } catch (GitHubException e) {
            audit.record(actor, "release.create-draft", target, "failed: " + e.getMessage());
            throw e;
        }
    }
}
