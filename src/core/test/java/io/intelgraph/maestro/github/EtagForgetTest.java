package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A repository that is no longer watched leaves the ETag cache; the others stay conditional. */
class EtagForgetTest {

    @Test
    void forgottenPagesAreFetchedWholeAgainAndTheOthersStayConditional() throws Exception {
        try (SimHarness sim = new SimHarness(42)) {
            GitHubClient client = sim.client();
            RepoId gone = RepoId.parse("intelgraph-sim/api-gateway");
            RepoId kept = RepoId.parse("intelgraph-sim/auth-service");
            client.listRuns(gone, 50, 1);
            client.listRuns(kept, 50, 1);
            client.http().forget("/repos/" + gone.fullName() + "/");
            long before = client.http().requestCounts().notModified();
            assertEquals(false, client.listRuns(gone, 50, 1).notModified());
            assertEquals(true, client.listRuns(kept, 50, 1).notModified());
            assertEquals(before + 1, client.http().requestCounts().notModified());
        }
    }
}
