package io.intelgraph.maestro.release;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A commit message as Conventional Commits 1.0.0 reads it. For one that does not follow the
 * convention, {@code problem} says why in words and the type is empty; it still may be a revert
 * (git's own {@code Revert "..."} message is not conventional, but is a revert all the same).
 *
 * @param type lowercased: the spec treats every unit but BREAKING CHANGE as case-insensitive
 * @param scope empty when there is none
 * @param bang the {@code !} before the colon
 */
public record CommitMessage(String header, String type, String scope, boolean bang, String description, String body,
        List<Footer> footers, Optional<Revert> revert, String problem) {

    public CommitMessage {
        type = type.toLowerCase(Locale.ROOT);
        footers = List.copyOf(footers);
    }

    public boolean conventional() {
        return problem.isEmpty();
    }

    /** A {@code !} in the prefix or a BREAKING CHANGE footer. */
    public boolean breaking() {
        return conventional() && (bang || footers.stream().anyMatch(Footer::breaking));
    }

    /** What breaks: the footer's words, or the description when only {@code !} says so. */
    public String breakingNote() {
        return footers.stream().filter(Footer::breaking).map(Footer::value).findFirst()
                .orElse(breaking() ? description : "");
    }

    public boolean isRevert() {
        return revert.isPresent();
    }

    /** The first line as a changelog shows it: the description, or the whole header when not conventional. */
    public String summary() {
        return conventional() ? description : header;
    }

    /** This message, known to be a revert (git's own revert message, which is not conventional). */
    CommitMessage withRevert(Optional<Revert> revert) {
        return revert.isEmpty() ? this : new CommitMessage(header, type, scope, bang, description, body, footers, revert,
                problem);
    }
}
