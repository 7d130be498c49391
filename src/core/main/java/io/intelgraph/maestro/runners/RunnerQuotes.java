package io.intelgraph.maestro.runners;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.model.distill.RunnerQuote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner offers to rank: {@code runners.json} in the config directory (a JSON array of quotes:
 * name, costPerMinute, expectedQueueMinutes, reliability, isolation, gpu, burst), else the examples.
 * A file that cannot be used is an error naming the problem, never a silent fallback.
 */
public final class RunnerQuotes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunnerQuotes() {
    }

    public static List<RunnerQuote> load(Path configDir) throws IOException {
        Path file = configDir.resolve("runners.json");
        if (!Files.exists(file)) {
            return RunnerRanking.exampleQuotes();
        }
        RunnerQuote[] quotes;
        try {
            quotes = JSON.readValue(file.toFile(), RunnerQuote[].class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a list of runner quotes: " + e.getOriginalMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        for (RunnerQuote q : quotes) {
            if (q.name() == null || q.name().isBlank()) {
                problems.add("a quote without a name");
            } else if (q.costPerMinute() < 0 || q.expectedQueueMinutes() < 0 || q.reliability() < 0 || q.reliability() > 1
                    || q.isolation() == null) {
                problems.add(q.name() + ": cost and queue must be ≥ 0, reliability within 0–1, isolation given");
            }
        }
        if (quotes.length == 0) {
            problems.add("no quotes in it");
        }
        if (!problems.isEmpty()) {
            throw new IOException(file + ": " + String.join("; ", problems));
        }
        return List.of(quotes);
    }
}
