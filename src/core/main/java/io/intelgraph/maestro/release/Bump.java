package io.intelgraph.maestro.release;

import java.util.Locale;

/**
 * How far a commit moves the version, by semantic-release's default release rules
 * (semantic-release/commit-analyzer lib/default-release-rules.js): a breaking change is major, a
 * revert a patch, {@code feat} minor, {@code fix} and {@code perf} patches; anything else none.
 * Types are compared case-insensitively, as Conventional Commits 1.0.0 asks.
 */
public enum Bump {
    NONE, PATCH, MINOR, MAJOR;

    public static Bump of(CommitMessage message) {
        if (message.breaking()) {
            return MAJOR;
        }
        if (message.isRevert()) {
            return PATCH;
        }
        return switch (message.type()) {
            case "feat" -> MINOR;
            case "fix", "perf" -> PATCH;
            default -> NONE;
        };
    }

    public Bump max(Bump other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
