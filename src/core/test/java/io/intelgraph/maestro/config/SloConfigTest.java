package io.intelgraph.maestro.config;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.slo.BuildKind;
import io.intelgraph.maestro.slo.SloTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Build-time targets from config.properties and the environment. */
class SloConfigTest {

    @TempDir
    Path dir;

    private static final ConfigLoader.Flags NO_FLAGS = new ConfigLoader.Flags(null, null, null, null, null, null, null, null);

    private SloTargets load(Map<String, String> env, String file) throws Exception {
        Files.writeString(dir.resolve("config.properties"), file);
        return new ConfigLoader(env, dir).load(NO_FLAGS).sloTargets();
    }

    @Test
    void defaultsAreFifteenAndFiveMinutes() throws Exception {
        SloTargets targets = load(Map.of(), "");
        assertEquals(Duration.ofMinutes(15), targets.cold());
        assertEquals(Duration.ofMinutes(5), targets.warm());
    }

    @Test
    void perRepositoryAndPerWorkflowFromTheFile() throws Exception {
        SloTargets targets = load(Map.of("MAESTRO_SLO_WARM_MINUTES", "6"), """
                slo.cold-minutes = 20
                slo.warm-minutes = 4
                slo.intelgraph-sim/graph-core.cold-minutes = 25
                slo.intelgraph-sim/graph-core/Security\\ scan.warm-minutes = 7.5
                """);
        RepoId graph = RepoId.parse("intelgraph-sim/graph-core");
        assertEquals(Duration.ofMinutes(20), targets.cold());
        assertEquals(Duration.ofMinutes(6), targets.warm(), "the environment over the file");
        assertEquals(Duration.ofMinutes(25), targets.target(graph, "CI", BuildKind.COLD));
        assertEquals(Duration.ofSeconds(450), targets.target(graph, "Security scan", BuildKind.WARM));
        assertEquals(Duration.ofMinutes(6), targets.target(graph, "CI", BuildKind.WARM));
    }

    @Test
    void aBadValueNamesItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load(Map.of(), "slo.o/r.cold-minutes = soon\n"));
        assertTrue(e.getMessage().contains("key slo.o/r.cold-minutes: \"soon\" is not a number of minutes above 0"), e.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> load(Map.of(), "slo.warm-minutes = 0\n"));
        assertTrue(zero.getMessage().contains("slo.warm-minutes"), zero.getMessage());
        IllegalArgumentException noRepo = assertThrows(IllegalArgumentException.class, () -> load(Map.of(), "slo.CI.cold-minutes = 9\n"));
        assertTrue(noRepo.getMessage().contains("name a repository"), noRepo.getMessage());
    }
}
