package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.release.ChangelogSection;
import io.intelgraph.maestro.release.ChangelogText;
import io.intelgraph.maestro.release.ReadinessCheck;
import io.intelgraph.maestro.release.ReleaseCommit;
import io.intelgraph.maestro.release.ReleasePlan;
import io.intelgraph.maestro.release.TagVersion;
import io.intelgraph.maestro.text.TerminalText;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code release plan}'s output: per repository its verdict, checks and changelog, as text or JSON. */
final class ReleaseReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReleaseReport() {
    }

    static String text(ReleasePlan plan) {
        StringBuilder out = new StringBuilder();
        out.append(plan.repo()).append("  ").append(plan.verdict()).append("   (")
                .append(plan.base().map(TagVersion::tag).map(t -> "since " + t).orElse("no release yet"))
                .append(", ").append(plan.commits().size()).append(plan.truncated() ? "+" : "").append(" commits, ")
                .append(plan.bump().word()).append(")\n");
        out.append("  latest release: ").append(plan.latestRelease().map(r -> r.tagName()).orElse("none"))
                .append(" · latest tag: ").append(plan.latestTag().map(t -> t.name()).orElse("none"))
                .append(" · candidate: ").append(plan.candidateSha().isEmpty() ? "none"
                        : plan.defaultBranch() + " @ " + plan.candidateSha().substring(0, Math.min(7, plan.candidateSha().length())))
                .append('\n');
        for (ReadinessCheck check : plan.readiness().checks()) {
            out.append("  ").append(check.verdict().symbol()).append(' ').append(check.verdict().name())
                    .append("  ").append(check.name()).append(" — ").append(check.reason()).append('\n');
        }
        for (ChangelogSection section : ChangelogSection.values()) {
            List<ReleaseCommit> commits = plan.changelog().section(section);
            if (!commits.isEmpty()) {
                out.append("  ").append(section.title()).append('\n');
                commits.forEach(c -> out.append("    - ").append(ChangelogText.plain(section, c)).append('\n'));
            }
        }
        return TerminalText.escapeKeepingLines(out.toString());
    }

    static String json(List<ReleasePlan> plans, List<String> errors) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("plans");
        for (ReleasePlan plan : plans) {
            ObjectNode p = array.addObject();
            p.put("repo", plan.repo().fullName());
            p.put("verdict", plan.verdict());
            p.put("ready", plan.readiness().ready() && plan.nextTag().isPresent());
            p.put("nextVersion", plan.next().map(Object::toString).orElse(null));
            p.put("nextTag", plan.nextTag().orElse(null));
            p.put("bump", plan.bump().word());
            p.put("base", plan.base().map(TagVersion::tag).orElse(null));
            p.put("latestRelease", plan.latestRelease().map(r -> r.tagName()).orElse(null));
            p.put("latestTag", plan.latestTag().map(t -> t.name()).orElse(null));
            p.put("candidateSha", plan.candidateSha());
            p.put("commits", plan.commits().size());
            p.put("truncated", plan.truncated());
            ArrayNode checks = p.putArray("checks");
            plan.readiness().checks().forEach(c -> checks.addObject().put("name", c.name())
                    .put("verdict", c.verdict().name().toLowerCase(Locale.ROOT)).put("reason", c.reason()));
            ObjectNode changelog = p.putObject("changelog");
            for (ChangelogSection section : ChangelogSection.values()) {
                List<ReleaseCommit> commits = plan.changelog().section(section);
                if (!commits.isEmpty()) {
                    ArrayNode items = changelog.putArray(section.name().toLowerCase(Locale.ROOT));
                    commits.forEach(c -> {
                        ObjectNode item = items.addObject();
                        item.put("sha", c.commit().sha());
                        item.put("header", c.message().header());
                        item.put("type", c.message().type());
                        item.put("scope", c.message().scope());
                        item.put("breaking", c.message().breaking());
                        item.put("author", c.commit().author());
                        c.pullRequest().ifPresent(pr -> item.put("pullRequest", pr));
                        c.pullRequestUrl().ifPresent(url -> item.put("pullRequestUrl", url));
                        if (!c.message().conventional()) {
                            item.put("problem", c.message().problem());
                        }
                    });
                }
            }
            p.put("notes", plan.notes());
        }
        ArrayNode errs = root.putArray("errors");
        errors.forEach(errs::add);
        return JSON.writeValueAsString(root) + "\n";
    }
}
