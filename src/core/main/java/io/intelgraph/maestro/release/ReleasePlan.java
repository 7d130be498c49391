package io.intelgraph.maestro.release;

import com.github.zafarkhaja.semver.Version;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.model.repo.Tag;

import java.util.List;
import java.util.Optional;

/**
 * What the next release of a repository would be, and whether it may go.
 *
 * @param canPush GitHub's {@code permissions.push} for the token (empty when GitHub did not say: no token)
 * @param latestRelease the latest published release
 * @param latestTag the newest tag GitHub lists
 * @param base the last release's tag and version the commits are counted from (empty: none yet)
 * @param candidateSha the commit the release would be made of (the default branch's head)
 * @param commits the commits since {@code base}, oldest first
 * @param truncated more commits exist than were read
 * @param channel the pre-release channel ({@code beta}), empty for a release
 */
public record ReleasePlan(RepoId repo, String defaultBranch, Optional<Boolean> canPush, Optional<Release> latestRelease,
        Optional<Tag> latestTag, Optional<TagVersion> base, String candidateSha, List<ReleaseCommit> commits,
        boolean truncated, Changelog changelog, Optional<Version> next, Optional<String> nextTag,
        Optional<String> channel, Readiness readiness) {

    public ReleasePlan {
        commits = List.copyOf(commits);
    }

    public Bump bump() {
        return changelog.bump();
    }

    /** "READY v1.3.0", "NOT READY v1.3.0", or "NOTHING TO RELEASE". */
    public String verdict() {
        if (nextTag.isEmpty()) {
            return "NOTHING TO RELEASE";
        }
        return (readiness.ready() ? "READY " : "NOT READY ") + nextTag.get();
    }

    /** The verdict with its reasons in words: the blockers, or why there is nothing to release. */
    public String verdictSentence() {
        if (nextTag.isEmpty()) {
            return verdict() + ": " + (commits.isEmpty() ? "no commit on " + defaultBranch + " since "
                    + base.map(TagVersion::tag).orElse("the start")
                    : "none of the " + commits.size() + " commits since " + base.map(TagVersion::tag).orElse("the start")
                            + " is a feature, fix, performance change, revert or breaking change");
        }
        if (readiness.ready()) {
            return verdict();
        }
        return verdict() + ": " + String.join("; ", readiness.blockers().stream()
                .map(b -> b.name() + " — " + b.reason()).toList());
    }

    /** The draft's notes: the changelog under the version's heading. */
    public String notes() {
        return ChangelogText.markdown(nextTag.orElse("Unreleased")
                + base.map(b -> " (since " + b.tag() + ")").orElse(""), changelog);
    }
}
