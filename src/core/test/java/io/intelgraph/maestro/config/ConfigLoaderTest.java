package io.intelgraph.maestro.config;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.store.TileSort;
import io.intelgraph.maestro.userstate.UserStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private static final ConfigLoader.Flags NO_FLAGS = new ConfigLoader.Flags(null, null, null, null, null, null, null, null);

    @Test
    void flagsBeatEnvironmentBeatFileBeatDefaults() throws Exception {
        Files.writeString(dir.resolve("config.properties"), """
                github.api-url=https://ghe.example.com/api/v3
                github.orgs=file-org
                github.repos=a/b, c/d
                sim.speed=3
                preview.policy-data=registries.yaml, teams/
                policy.checkouts=intelgraph/api=/home/dev/src/api, intelgraph/web = /home/dev/src/web
                """);
        HudConfig fromFile = new ConfigLoader(Map.of(), dir).load(NO_FLAGS);
        assertEquals(URI.create("https://ghe.example.com/api/v3"), fromFile.apiUrl().orElseThrow());
        assertEquals(List.of("file-org"), fromFile.owners());
        assertEquals(List.of(RepoId.parse("a/b"), RepoId.parse("c/d")), fromFile.repos());
        assertEquals(3.0, fromFile.simSpeed());
        assertEquals(42, fromFile.simSeed());
        assertEquals(List.of(Path.of("registries.yaml"), Path.of("teams/")), fromFile.policyData());
        assertEquals(Map.of(RepoId.parse("intelgraph/api"), Path.of("/home/dev/src/api"), RepoId.parse("intelgraph/web"),
                Path.of("/home/dev/src/web")), fromFile.checkouts());

        HudConfig fromEnv = new ConfigLoader(Map.of("MAESTRO_ORGS", "env-org", "GITHUB_API_URL", "https://env/api/v3"), dir)
                .load(NO_FLAGS);
        assertEquals(List.of("env-org"), fromEnv.owners());
        assertEquals(URI.create("https://env/api/v3"), fromEnv.apiUrl().orElseThrow());

        HudConfig fromFlags = new ConfigLoader(Map.of("MAESTRO_ORGS", "env-org"), dir).load(new ConfigLoader.Flags(
                "http://localhost:1", List.of("flag-org"), null, true, 7L, 1.0, 0, 5));
        assertEquals(List.of("flag-org"), fromFlags.owners());
        assertEquals(URI.create("http://localhost:1"), fromFlags.apiUrl().orElseThrow());
        assertTrue(fromFlags.simulate());
        assertEquals(7, fromFlags.simSeed());
        assertEquals(5, fromFlags.minPollSeconds());
    }

    @Test
    void theSimulatedOrganisationIsTheCatalogsUnlessSized() throws Exception {
        assertEquals(HudConfig.SimSize.CATALOG, new ConfigLoader(Map.of(), dir).load(NO_FLAGS).simSize());
        Files.writeString(dir.resolve("config.properties"), "sim.repos=400\nsim.branches=8\nsim.prs=70%\n");
        assertEquals(new HudConfig.SimSize(400, 8, 70), new ConfigLoader(Map.of(), dir).load(NO_FLAGS).simSize());
        assertEquals(new HudConfig.SimSize(120, 8, 70), new ConfigLoader(Map.of("MAESTRO_SIM_REPOS", "120"), dir)
                .load(NO_FLAGS).simSize());
        ConfigLoader.Flags flags = new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null, null, null,
                null, null, 2000, 4, 100);
        assertEquals(new HudConfig.SimSize(2000, 4, 100), new ConfigLoader(Map.of("MAESTRO_SIM_REPOS", "120"), dir)
                .load(flags).simSize());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of("MAESTRO_SIM_BRANCHES", "100"), dir).load(NO_FLAGS));
        assertTrue(tooMany.getMessage().startsWith("environment variable MAESTRO_SIM_BRANCHES: \"100\" is not a whole "
                + "number from 0 to 99"), tooMany.getMessage());
    }

    @Test
    void theSimulatedOrganisationStaysAsItStartedUnlessToldToChurn() throws Exception {
        assertEquals(Duration.ZERO, new ConfigLoader(Map.of(), dir).load(NO_FLAGS).simChurnGap());
        Files.writeString(dir.resolve("config.properties"), "sim.churn-minutes=20\n");
        assertEquals(Duration.ofMinutes(20), new ConfigLoader(Map.of(), dir).load(NO_FLAGS).simChurnGap());
        assertEquals(Duration.ofSeconds(90), new ConfigLoader(Map.of("MAESTRO_SIM_CHURN_MINUTES", "1.5"), dir)
                .load(NO_FLAGS).simChurnGap());
        ConfigLoader.Flags off = new ConfigLoader.Flags(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 0.0);
        assertEquals(Duration.ZERO, new ConfigLoader(Map.of("MAESTRO_SIM_CHURN_MINUTES", "1.5"), dir).load(off)
                .simChurnGap(), "the flag wins, and 0 turns churn off");
        for (String bad : List.of("-5", "0.01", "1441", "often")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ConfigLoader(Map.of("MAESTRO_SIM_CHURN_MINUTES", bad), dir).load(NO_FLAGS));
            assertTrue(e.getMessage().startsWith("environment variable MAESTRO_SIM_CHURN_MINUTES: \"" + bad
                    + "\" is not a number of minutes: 0 (none), or 0.1 to 1440"), e.getMessage());
        }
    }

    @Test
    void tileRetentionIsAnHourUnlessSetInMinutes() throws Exception {
        assertEquals(Duration.ofHours(1), new ConfigLoader(Map.of(), dir).load(NO_FLAGS).tileRetention());
        Files.writeString(dir.resolve("config.properties"), "store.retention-minutes=15\n");
        assertEquals(Duration.ofMinutes(15), new ConfigLoader(Map.of(), dir).load(NO_FLAGS).tileRetention());
        assertEquals(Duration.ofMinutes(240), new ConfigLoader(Map.of("MAESTRO_RETENTION_MINUTES", "240"), dir)
                .load(NO_FLAGS).tileRetention());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of("MAESTRO_RETENTION_MINUTES", "1h"), dir).load(NO_FLAGS));
        assertTrue(bad.getMessage().contains("MAESTRO_RETENTION_MINUTES"), bad.getMessage());
    }

    @Test
    void defaultConfigDirFollowsXdg() {
        assertEquals(Path.of("/x/maestro-hud"), ConfigLoader.defaultConfigDir(Map.of("XDG_CONFIG_HOME", "/x")));
        assertEquals(Path.of("/y"), ConfigLoader.defaultConfigDir(Map.of("MAESTRO_CONFIG_DIR", "/y")));
    }

    @Test
    void userStateRoundTripsAndSurvivesDamage() throws Exception {
        UserStateStore store = new UserStateStore(dir);
        assertEquals(UserStateStore.UserState.DEFAULT, store.load());
        TileQuery query = new TileQuery("login", Set.of(BuildState.FAILED, BuildState.RUNNING), "acme", "#42", "erin",
                TileSort.NAME);
        store.save(new UserStateStore.UserState(query, false));
        UserStateStore.UserState loaded = new UserStateStore(dir).load();
        assertEquals(query, loaded.query());
        assertFalse(loaded.darkTheme());
        assertFalse(Files.readString(dir.resolve("ui-state.json")).toLowerCase().contains("token"));

        Files.writeString(dir.resolve("ui-state.json"), "{ not json");
        assertEquals(UserStateStore.UserState.DEFAULT, new UserStateStore(dir).load());
    }

    @Test
    void anApiUrlThatIsNotHttpWithAHostIsRefused() {
        for (String url : List.of("file:///etc/passwd", "ftp://api.example/v3", "https:///nohost", "api.github.com")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ConfigLoader(Map.of("GITHUB_API_URL", url), dir).load(NO_FLAGS), url);
            assertTrue(e.getMessage().startsWith("environment variable GITHUB_API_URL: \"" + url + "\" is not an http:// or https:// URL with a host"),
                    e.getMessage());
        }
        assertEquals(URI.create("HTTPS://ghe.example/api/v3"),
                new ConfigLoader(Map.of("GITHUB_API_URL", "HTTPS://ghe.example/api/v3"), dir).load(NO_FLAGS).apiUrl().orElseThrow());
    }
}
