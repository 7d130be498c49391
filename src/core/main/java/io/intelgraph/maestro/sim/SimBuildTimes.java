package io.intelgraph.maestro.sim;

import io.intelgraph.maestro.model.build.Conclusion;

import java.time.Duration;
import java.util.Set;

/**
 * The simulated build times' story, for the SLO panel: a CI build is cold when its push changed a
 * lockfile or build file (about a third of pushes, the long builds SimWorld draws) and warm after,
 * so caches warm again. Drawn durations are scaled so most builds keep their targets (warm CI
 * 1½–4½ min, cold 8–16 min, a deploy 1½–4 min, a release 2½–5½ min) and a breach means something;
 * in a few repositories a dependency bump on main makes every warm build after it about four and a
 * half minutes slower, a regression past the 5-minute target. The random draws stay as they were,
 * so the world keeps its seed's shape; only the lengths change.
 */
final class SimBuildTimes {

    /** The push on main that bumps the dependency, in the repositories that regress. */
    static final int BUMP_AT = 6;
    static final String BUMP_MESSAGE = "build(deps): bump jackson-databind from 2.17.2 to 2.18.2";
    static final Duration REGRESSION = Duration.ofSeconds(270);
    /** SimWorld's CI draws warm builds of 90–390 s and cold ones of 480–1320 s. */
    private static final Duration COLD_DRAW = Duration.ofSeconds(480);
    /** The conclusions whose duration is the one drawn (a cancelled or timed-out run's is not). */
    private static final Set<Conclusion> AS_DRAWN = Set.of(Conclusion.SUCCESS, Conclusion.FAILURE, Conclusion.NEUTRAL);

    private SimBuildTimes() {
    }

    static boolean regresses(SimWorld.SimRepo repo) {
        return repo.index() % 17 == 5;
    }

    static String message(SimWorld.SimRepo repo, boolean main, int pushIndex, String drawn) {
        return regresses(repo) && main && pushIndex == BUMP_AT ? BUMP_MESSAGE : drawn;
    }

    /** Whether the push changed build files, told by its CI build: the long draw, or the bump. */
    static boolean buildFilesChanged(SimWorld.SimRepo repo, boolean main, int pushIndex, SimWorld.Attempt ci) {
        if (regresses(repo) && main && pushIndex == BUMP_AT) {
            return true;
        }
        return AS_DRAWN.contains(ci.conclusion())
                && Duration.between(ci.startAt(), ci.endAt()).compareTo(COLD_DRAW) >= 0;
    }

    /** The attempt with its length scaled, and a warm CI build after the bump slower by {@link #REGRESSION}. */
    static SimWorld.Attempt afterBump(SimWorld.SimRepo repo, boolean main, int pushIndex, String workflow,
            boolean buildFilesChanged, SimWorld.Attempt drawn) {
        if (!AS_DRAWN.contains(drawn.conclusion())) {
            return drawn;
        }
        long seconds = Duration.between(drawn.startAt(), drawn.endAt()).toSeconds();
        long scaled = switch (workflow) {
            case "CI" -> seconds >= COLD_DRAW.toSeconds() ? 480 + (seconds - 480) * 55 / 100 : 90 + (seconds - 90) * 60 / 100;
            case "Deploy preview" -> 90 + Math.max(0, seconds - 180) / 2;
            case "Release" -> 150 + Math.max(0, seconds - 360) * 35 / 100;
            default -> seconds;
        };
        if (regresses(repo) && main && pushIndex > BUMP_AT && !buildFilesChanged && workflow.equals("CI")) {
            scaled += REGRESSION.toSeconds();
        }
        return new SimWorld.Attempt(drawn.number(), drawn.createdAt(), drawn.approvalUntil(), drawn.startAt(),
                drawn.startAt().plusSeconds(scaled), drawn.conclusion(), drawn.triggeringActor());
    }
}
