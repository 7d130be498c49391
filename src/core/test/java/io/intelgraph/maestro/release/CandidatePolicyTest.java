package io.intelgraph.maestro.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.RepoId;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CandidatePolicyTest {

    private static final RepoId REPO = new RepoId("intelgraph", "maestro");

    @Test
    void loadsThePoliciesAtTheFirstCheckAndOnlyThen() {
        AtomicInteger loads = new AtomicInteger();
        CandidatePolicy policy = CandidatePolicy.loadedOnFirstCheck(() -> {
            int load = loads.incrementAndGet();
            return (repo, sha, snapshot) -> ReadinessInputs.Fact.<PolicyVerdict>missing("load " + load + " checked " + repo + "@" + sha);
        });
        assertEquals(0, loads.get(), "nothing is compiled before a plan asks");

        assertEquals("load 1 checked intelgraph/maestro@abc", policy.check(REPO, "abc", null).missing());
        assertEquals("load 1 checked intelgraph/maestro@def", policy.check(REPO, "def", null).missing());
        assertEquals(1, loads.get());
    }
}
