package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What GitHub shows at an instant, for measuring how late a client learns it: the newest run of
 * every workflow on every live branch of every live repository, with the instant its current
 * state began (GitHub's {@code updated_at}). A test-side view of {@link SimWorld}'s package-private
 * runs, so the world itself need not publish them.
 */
public final class SimTruth {

    private SimTruth() {
    }

    /** One workflow on one branch. */
    public record Key(String repo, String branch, String workflow) {
    }

    /** The state of a key's newest run and since when it holds. */
    public record State(long runId, int attempt, RunStatus status, Conclusion conclusion, Instant since) {
        /** The same run in the same state, whenever it began. */
        public boolean sameAs(long otherRunId, int otherAttempt, RunStatus otherStatus, Conclusion otherConclusion) {
            return runId == otherRunId && attempt == otherAttempt && status == otherStatus && conclusion == otherConclusion;
        }
    }

    /** The newest run of every workflow on every live branch of every live repository at {@code now}. */
    public static Map<Key, State> at(SimWorld world, Instant now) {
        Map<Key, State> out = new HashMap<>();
        for (SimWorld.SimRepo repo : world.repos(now)) {
            if (repo.archived()) {
                continue;
            }
            Set<String> live = new HashSet<>(world.branches(repo, now));
            for (SimWorld.RunView view : world.runs(repo, now)) {
                SimWorld.SimRun run = view.run();
                if (live.contains(run.branch)) {
                    out.putIfAbsent(new Key(repo.fullName(), run.branch, run.workflow), new State(run.id,
                            view.attempt().number(), view.status(), view.conclusion(), view.updatedAt()));
                }
            }
        }
        return out;
    }
}
