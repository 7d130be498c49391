package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /user: the simulated token belongs to one of the organisation's developers, so "mine" has builds to follow. */
class SimUserTest {

    @Test
    void theSimulatedTokensUserIsADeveloperWhoseBuildsAreInTheWorld() throws Exception {
        try (SimHarness sim = new SimHarness(42)) {
            assertEquals(SimGitHubServer.SIM_USER, sim.client().login());
            assertEquals("mateo-g", SimGitHubServer.SIM_USER);
            assertTrue(SimCatalog.PEOPLE.contains(SimGitHubServer.SIM_USER));
        }
    }

    @Test
    void withoutATokenGitHubAsksForOne() {
        try (SimHarness sim = new SimHarness(42)) {
            GitHubException refused = assertThrows(GitHubException.class, () -> sim.client(Optional.empty()).login());
            assertEquals(GitHubException.Kind.UNAUTHORIZED, refused.kind());
        }
    }
}
