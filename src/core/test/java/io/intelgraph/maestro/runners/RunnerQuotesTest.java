package io.intelgraph.maestro.runners;

import io.intelgraph.maestro.model.distill.RunnerQuote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunnerQuotesTest {

    @TempDir
    Path configDir;

    @Test
    void theExamplesUnlessTheConfigNamesItsOwn() throws IOException {
        assertEquals(RunnerRanking.exampleQuotes(), RunnerQuotes.load(configDir));
        Files.writeString(configDir.resolve("runners.json"), """
                [{"name": "arm64 self-hosted", "costPerMinute": 0.002, "expectedQueueMinutes": 4, "reliability": 0.99,
                  "isolation": "EPHEMERAL_VM", "gpu": false, "burst": false}]
                """);
        List<RunnerQuote> quotes = RunnerQuotes.load(configDir);
        assertEquals(List.of(new RunnerQuote("arm64 self-hosted", 0.002, 4, 0.99, RunnerQuote.Isolation.EPHEMERAL_VM, false, false)),
                quotes);
    }

    @Test
    void aBadFileIsAnErrorNotAFallback() throws IOException {
        Files.writeString(configDir.resolve("runners.json"), """
                [{"name": "odd", "costPerMinute": 0.01, "expectedQueueMinutes": 1, "reliability": 1.7, "isolation": "SHARED"}]
                """);
        IOException e = assertThrows(IOException.class, () -> RunnerQuotes.load(configDir));
        assertTrue(e.getMessage().endsWith("runners.json: odd: cost and queue must be ≥ 0, reliability within 0–1, isolation given"),
                e.getMessage());
        Files.writeString(configDir.resolve("runners.json"), "[{\"name\": \"x\", \"isolation\": \"MOON\"}]");
        assertTrue(assertThrows(IOException.class, () -> RunnerQuotes.load(configDir)).getMessage()
                .contains("not a list of runner quotes"));
    }
}
