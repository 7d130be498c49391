package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.github.PollScheduler;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.SourceHealth;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.text.TerminalText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a snapshot as the {@code status} command prints it: a table for people, JSON for scripts. */
final class StatusReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusReport() {
    }

    static String table(BuildSnapshot snapshot, TileQuery query, List<PollScheduler.RepoFreshness> freshness) {
        StringBuilder out = new StringBuilder();
        SourceHealth health = snapshot.health();
        out.append("Source: ").append(TerminalText.escape(health.sourceName())).append(" — ").append(health.freshness());
        health.rateLimit().ifPresent(rl -> out.append(" — rate limit ").append(rl.remaining()).append('/')
                .append(rl.limit()).append(" left"));
        heatSummary(freshness).ifPresent(summary -> out.append(" — ").append(summary));
        out.append('\n');
        if (!health.message().isEmpty()) {
            out.append("! ").append(TerminalText.escape(health.message())).append('\n');
        }
        snapshot.repoErrors().forEach((repo, error) -> out.append("! ").append(TerminalText.escape(repo)).append(": ")
                .append(TerminalText.escape(error)).append('\n'));
        List<BuildTile> tiles = query.apply(snapshot.tiles());
        String format = "%-16s %-34s %-28s %-7s %-16s %-12s %9s  %s%n";
        out.append(String.format(Locale.ROOT, format, "STATE", "REPOSITORY", "BRANCH", "PR", "WORKFLOW", "RUN",
                "ELAPSED", "BY"));
        for (BuildTile tile : tiles) {
            WorkflowRun run = tile.headline();
            String state = (tile.stale() ? "~" : "") + tile.state().word();
            out.append(String.format(Locale.ROOT, format, state, cut(tile.repoName(), 34), cut(tile.branch(), 28),
                    tile.pullRequest().map(pr -> "#" + pr.number()).orElse(""), cut(run.workflowName(), 16),
                    "#" + run.runNumber() + (run.runAttempt() > 1 ? "." + run.runAttempt() : ""),
                    duration(run.elapsed(snapshot.takenAt())), TerminalText.escape(tile.author())));
        }
        out.append(tiles.size()).append(" tiles");
        if (tiles.stream().anyMatch(BuildTile::stale)) {
            out.append(" (~ = stale: last known state, source unavailable)");
        }
        return out.append('\n').toString();
    }

    /** "3 hot repositories checked every 10 s, 31 cold every 3 min". */
    static Optional<String> heatSummary(List<PollScheduler.RepoFreshness> freshness) {
        List<String> parts = new ArrayList<>();
        for (PollScheduler.Heat heat : PollScheduler.Heat.values()) {
            List<PollScheduler.RepoFreshness> these = freshness.stream().filter(f -> f.heat() == heat).toList();
            if (!these.isEmpty()) {
                Duration every = these.stream().map(PollScheduler.RepoFreshness::checkEvery).min(Duration::compareTo)
                        .orElseThrow();
                parts.add(these.size() + " " + heat.word() + (parts.isEmpty() ? (these.size() == 1 ? " repository"
                        : " repositories") + " checked" : "") + " every " + every(every));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private static String every(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s % 60 == 0 ? s / 60 + " min" : String.format(Locale.ROOT, "%.1f min", s / 60.0);
    }

    static String json(BuildSnapshot snapshot, TileQuery query, List<PollScheduler.RepoFreshness> freshness) {
        ObjectNode root = JSON.createObjectNode();
        SourceHealth health = snapshot.health();
        ObjectNode source = root.putObject("source");
        source.put("name", health.sourceName());
        source.put("simulated", health.simulated());
        source.put("freshness", health.freshness().name().toLowerCase(Locale.ROOT));
        source.put("message", health.message());
        putInstant(source, "lastSuccess", health.lastSuccess());
        putInstant(source, "retryAt", health.retryAt());
        health.rateLimit().ifPresent(rl -> rateLimit(source.putObject("rateLimit"), rl));
        root.put("takenAt", snapshot.takenAt().toString());
        // How fresh each repository's data is: hot ones are checked at the fastest pace the limits allow.
        ArrayNode repositories = root.putArray("repositories");
        for (PollScheduler.RepoFreshness f : freshness) {
            ObjectNode r = repositories.addObject();
            r.put("repo", f.repo().fullName());
            r.put("heat", f.heat().word());
            putInstant(r, "lastChecked", f.lastChecked().orElse(null));
            r.put("checkEverySeconds", f.checkEvery().toSeconds());
            r.put("why", f.why());
        }
        ArrayNode errors = root.putArray("errors");
        if (!health.message().isEmpty()) {
            errors.addObject().put("scope", "source").put("message", health.message());
        }
        snapshot.repoErrors().forEach((repo, error) -> errors.addObject().put("scope", repo.fullName()).put("message", error));
        ArrayNode tiles = root.putArray("tiles");
        for (BuildTile tile : query.apply(snapshot.tiles())) {
            ObjectNode t = tiles.addObject();
            t.put("repo", tile.repoName());
            t.put("branch", tile.branch());
            t.put("state", tile.state().name().toLowerCase(Locale.ROOT));
            t.put("stale", tile.stale());
            if (tile.stale()) {
                t.put("staleReason", tile.staleReason());
            }
            tile.pullRequest().ifPresent(pr -> t.putObject("pullRequest").put("number", pr.number())
                    .put("title", pr.title()).put("author", pr.author()).put("draft", pr.draft()).put("url", pr.htmlUrl()));
            runJson(t.putObject("headline"), tile.headline(), snapshot);
            ArrayNode runs = t.putArray("runs");
            tile.latestPerWorkflow().forEach(run -> runJson(runs.addObject(), run, snapshot));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void runJson(ObjectNode r, WorkflowRun run, BuildSnapshot snapshot) {
        r.put("id", run.id());
        r.put("workflow", run.workflowName());
        r.put("title", run.displayTitle());
        r.put("status", run.status().apiValue());
        if (run.conclusion().apiValue() == null) {
            r.putNull("conclusion");
        } else {
            r.put("conclusion", run.conclusion().apiValue());
        }
        r.put("runNumber", run.runNumber());
        r.put("attempt", run.runAttempt());
        r.put("event", run.event());
        r.put("headSha", run.headSha());
        r.put("actor", run.triggeringActor());
        r.put("createdAt", run.createdAt().toString());
        r.put("updatedAt", run.updatedAt().toString());
        r.put("elapsedSeconds", run.elapsed(snapshot.takenAt()).toSeconds());
        r.put("url", run.htmlUrl());
    }

    private static void rateLimit(ObjectNode node, RateLimit rl) {
        node.put("limit", rl.limit());
        node.put("remaining", rl.remaining());
        node.put("used", rl.used());
        node.put("reset", rl.reset().toString());
    }

    private static void putInstant(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toString());
        }
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    /** Outside text escaped, then cut to its column. */
    private static String cut(String raw, int width) {
        String value = TerminalText.escape(raw);
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
