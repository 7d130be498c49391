package io.intelgraph.maestro.release;

/**
 * The changelog as Markdown, for a release's notes: a heading per group, a line per commit with
 * its scope in bold, its PR link, its short sha and its author.
 */
public final class ChangelogText {

    private ChangelogText() {
    }

    public static String markdown(String title, Changelog changelog) {
        StringBuilder out = new StringBuilder("## ").append(title).append('\n');
        for (ChangelogSection section : ChangelogSection.values()) {
            if (changelog.section(section).isEmpty()) {
                continue;
            }
            out.append("\n### ").append(section.title()).append("\n\n");
            for (ReleaseCommit c : changelog.section(section)) {
                out.append("- ").append(line(section, c)).append('\n');
            }
        }
        return out.toString();
    }

    /** One commit as a screen or a terminal shows it: the scope before a colon, the PR as #123, no Markdown. */
    public static String plain(ChangelogSection section, ReleaseCommit c) {
        String markdown = line(section, c);
        return markdown.replaceFirst("^\\*\\*(.+?):\\*\\* ", "$1: ").replaceAll("\\(\\[#(\\d+)]\\([^)]*\\)\\)", "(#$1)");
    }

    /** One commit as its group lists it, in Markdown. */
    public static String line(ChangelogSection section, ReleaseCommit c) {
        CommitMessage m = c.message();
        String text = section == ChangelogSection.BREAKING ? m.breakingNote()
                : section == ChangelogSection.REVERTS ? "revert " + m.revert().map(Revert::revertedHeader).orElse(m.summary())
                : m.summary();
        StringBuilder line = new StringBuilder();
        if (!m.scope().isEmpty()) {
            line.append("**").append(m.scope()).append(":** ");
        }
        line.append((c.pullRequest().isPresent() ? text.replaceFirst("\\s*\\(#\\d+\\)\\s*$", "") : text).replace('\n', ' '));
        c.pullRequest().ifPresent(pr -> line.append(c.pullRequestUrl().map(url -> " ([#" + pr + "](" + url + "))")
                .orElse(" (#" + pr + ")")));
        line.append(" (").append(c.commit().shortSha()).append(')');
        if (!c.commit().author().isEmpty()) {
            line.append(" — ").append(c.commit().authorLogin().isEmpty() ? c.commit().author() : "@" + c.commit().authorLogin());
        }
        return line.toString();
    }
}
