package io.intelgraph.maestro.model.policy;

import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * What a policy check said of one commit: the deploy gate's denies and warnings, and how many
 * files could not be checked. Kept per commit, so a branch that moves on loses the old verdict.
 */
public record PolicyVerdict(RepoId repo, String sha, long denies, long warnings, int errors, Instant checkedAt) {

    public static PolicyVerdict of(RepoId repo, String sha, PolicyReport report, Instant checkedAt) {
        return new PolicyVerdict(repo, sha, report.denies(), report.warnings(), report.errors().size(), checkedAt);
    }

    /** The denies that stand, unless nothing was denied because nothing could be checked: then unknown. */
    public OptionalInt standingDenies() {
        return denies == 0 && errors > 0 ? OptionalInt.empty() : OptionalInt.of((int) denies);
    }

    public String key() {
        return key(repo, sha);
    }

    public static String key(RepoId repo, String sha) {
        return repo.fullName() + "@" + sha;
    }
}
