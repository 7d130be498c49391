package io.intelgraph.maestro.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowTokenHostTest {

    @TempDir
    Path config;

    private Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("MAESTRO_CONFIG_DIR", config.toString()));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void withNothingConfiguredItIsGitHubCom() {
        assertEquals(Optional.of("github.com"), WindowTokenHost.of(List.of(), env()));
        assertEquals(Optional.of("github.com"), WindowTokenHost.of(List.of("gui", "--wall"), env()));
    }

    @Test
    void theSimulatorNeedsNoLookup() {
        assertEquals(Optional.empty(), WindowTokenHost.of(List.of("gui", "--sim"), env()));
    }

    @Test
    void theOptionInBothFormsThenTheEnvironmentThenTheConfigFile() throws IOException {
        Files.writeString(config.resolve("config.properties"), "github.api-url=https://ghe.file.example/api/v3\n");

        assertEquals(Optional.of("ghe.flag.example"), WindowTokenHost.of(
                List.of("gui", "--github-api-url", "https://ghe.flag.example/api/v3"), env()));
        assertEquals(Optional.of("127.0.0.1:18555"), WindowTokenHost.of(
                List.of("--github-api-url=http://127.0.0.1:18555"), env()));
        assertEquals(Optional.of("ghe.env.example"), WindowTokenHost.of(
                List.of("gui"), env("GITHUB_API_URL", "https://ghe.env.example/api/v3")));
        assertEquals(Optional.of("ghe.file.example"), WindowTokenHost.of(List.of("gui"), env()));
    }

    @Test
    void aMalformedSettingIsLeftToTheRunToReport() throws IOException {
        assertEquals(Optional.empty(), WindowTokenHost.of(List.of("--github-api-url", "file:///etc/passwd"), env()));
        Files.writeString(config.resolve("config.properties"), "github.api-url=\\u00zz\n");
        assertEquals(Optional.empty(), WindowTokenHost.of(List.of("gui"), env()));
    }
}
