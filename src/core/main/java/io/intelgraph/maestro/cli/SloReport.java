package io.intelgraph.maestro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.slo.BuildKind;
import io.intelgraph.maestro.slo.ClassifiedRun;
import io.intelgraph.maestro.slo.Stats;
import io.intelgraph.maestro.slo.WorkflowSlo;
import io.intelgraph.maestro.text.TerminalText;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code slo}'s output: every workflow's p50/p95 against its targets and the runs over them. */
final class SloReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ROW = "%-52s %-24s %-24s %-14s %s%n";

    private SloReport() {
    }

    static String table(List<WorkflowSlo> workflows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, ROW, "WORKFLOW", "COLD p50/p95 (runs)",
                "WARM p50/p95 (runs)", "QUEUE p50/p95", "SLO"));
        for (WorkflowSlo w : workflows) {
            out.append(String.format(Locale.ROOT, ROW, w.repo() + " · " + w.workflow(), cell(w, BuildKind.COLD),
                    cell(w, BuildKind.WARM), pair(w.queue()), w.breached() ? "✕ BREACHED" : "✓ met"));
        }
        List<ClassifiedRun> breaches = workflows.stream().flatMap(w -> w.breaches().stream()).toList();
        out.append('\n').append(breaches.size()).append(" runs over their target").append(breaches.isEmpty() ? "" : ":").append('\n');
        for (ClassifiedRun run : breaches) {
            out.append("  ").append(run.mark().text()).append("  ").append(run.timing().run().repo()).append(" · ")
                    .append(run.timing().run().workflowName()).append(" #").append(run.timing().run().runNumber())
                    .append(" (").append(run.kind().word()).append(", ").append(run.timing().run().headBranch()).append(") — ")
                    .append(run.reason()).append('\n');
        }
        return TerminalText.escapeKeepingLines(out.toString());
    }

    private static String cell(WorkflowSlo w, BuildKind kind) {
        Stats stats = w.stats(kind);
        return stats.count() == 0 ? "–" : pair(stats) + " (" + stats.count() + ") ≤" + minutes(w.target(kind))
                + (w.breached(kind) ? " ✕" : "");
    }

    private static String pair(Stats stats) {
        return stats.count() == 0 ? "–" : minutes(stats.p50().orElseThrow()) + "/" + minutes(stats.p95().orElseThrow());
    }

    static String minutes(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 ? s / 60 + "m" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    static String json(List<WorkflowSlo> workflows, List<String> errors) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("workflows");
        for (WorkflowSlo w : workflows) {
            ObjectNode node = array.addObject();
            node.put("repo", w.repo().fullName());
            node.put("workflow", w.workflow());
            node.put("breached", w.breached());
            for (BuildKind kind : BuildKind.values()) {
                ObjectNode k = node.putObject(kind.word());
                Stats stats = w.stats(kind);
                k.put("runs", stats.count());
                put(k, "p50Seconds", stats.p50());
                put(k, "p95Seconds", stats.p95());
                k.put("targetSeconds", w.target(kind).toSeconds());
                k.put("breached", w.breached(kind));
            }
            ObjectNode queue = node.putObject("queue");
            put(queue, "p50Seconds", w.queue().p50());
            put(queue, "p95Seconds", w.queue().p95());
            ArrayNode breaches = node.putArray("breaches");
            for (ClassifiedRun run : w.breaches()) {
                breaches.addObject().put("runId", run.timing().run().id()).put("runNumber", run.timing().run().runNumber())
                        .put("branch", run.timing().run().headBranch()).put("kind", run.kind().word())
                        .put("seconds", run.timing().duration().toSeconds()).put("targetSeconds", run.target().toSeconds())
                        .put("reason", run.reason()).put("mark", run.mark().text()).put("url", run.timing().run().htmlUrl());
            }
        }
        ArrayNode errs = root.putArray("errors");
        errors.forEach(errs::add);
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void put(ObjectNode node, String field, Optional<Duration> value) {
        if (value.isPresent()) {
            node.put(field, value.get().toSeconds());
        } else {
            node.putNull(field);
        }
    }
}
