package io.intelgraph.maestro.release;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The commits of a release grouped for its notes. A breaking commit is listed under Breaking with
 * what breaks, and under its type too. A commit reverted by another of the same release is left out
 * of the groups and the version, as semantic-release's filter does, and listed with its revert
 * under {@link ChangelogSection#REVERTED}; commits that do not follow the convention are listed,
 * never dropped.
 */
public record Changelog(Map<ChangelogSection, List<ReleaseCommit>> sections) {

    public Changelog {
        Map<ChangelogSection, List<ReleaseCommit>> copy = new EnumMap<>(ChangelogSection.class);
        sections.forEach((section, commits) -> copy.put(section, List.copyOf(commits)));
        sections = copy;
    }

    /** Groups {@code commits} (oldest first, as the compare API lists them). */
    public static Changelog of(List<ReleaseCommit> commits) {
        Map<ChangelogSection, List<ReleaseCommit>> sections = new EnumMap<>(ChangelogSection.class);
        List<ReleaseCommit> kept = counted(commits);
        for (ReleaseCommit c : commits) {
            if (!kept.contains(c)) {
                add(sections, ChangelogSection.REVERTED, c);
                continue;
            }
            CommitMessage m = c.message();
            if (m.breaking()) {
                add(sections, ChangelogSection.BREAKING, c);
            }
            if (m.isRevert()) {
                add(sections, ChangelogSection.REVERTS, c);
            } else if (!m.conventional()) {
                add(sections, ChangelogSection.UNCONVENTIONAL, c);
            } else {
                add(sections, switch (m.type()) {
                    case "feat" -> ChangelogSection.FEATURES;
                    case "fix" -> ChangelogSection.FIXES;
                    case "perf" -> ChangelogSection.PERFORMANCE;
                    default -> ChangelogSection.OTHER;
                }, c);
            }
        }
        return new Changelog(sections);
    }

    /**
     * The commits that count: all but each revert whose reverted commit is in the same list, and
     * that commit (conventional-commits-filter, which semantic-release's commit analyzer applies).
     */
    public static List<ReleaseCommit> counted(List<ReleaseCommit> commits) {
        List<ReleaseCommit> out = new ArrayList<>(commits);
        for (ReleaseCommit revert : commits) {
            revert.message().revert().ifPresent(r -> commits.stream()
                    .filter(c -> c != revert && r.undoes(c.commit().sha())).findFirst()
                    .ifPresent(reverted -> {
                        out.remove(reverted);
                        out.remove(revert);
                    }));
        }
        return out;
    }

    private static void add(Map<ChangelogSection, List<ReleaseCommit>> sections, ChangelogSection section,
            ReleaseCommit commit) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(commit);
    }

    public List<ReleaseCommit> section(ChangelogSection section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The bump the counted commits make together. */
    public Bump bump() {
        Bump bump = Bump.NONE;
        for (ChangelogSection section : ChangelogSection.values()) {
            if (section != ChangelogSection.REVERTED) {
                for (ReleaseCommit c : section(section)) {
                    bump = bump.max(c.bump());
                }
            }
        }
        return bump;
    }
}
