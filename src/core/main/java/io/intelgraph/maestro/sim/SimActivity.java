package io.intelgraph.maestro.sim;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How busy the simulated organisation's repositories are. In an organisation of hundreds, a few
 * dozen repositories are pushed to all day and the rest now and then; in the catalog's world of 34
 * every repository is busy. Which repositories are busy follows from the seed.
 *
 * @param busyPercent the share of repositories pushed to at the catalog's pace (about every 35
 *                    minutes on the default branch, 55 on others), in percent
 * @param quietGap    the mean time between two pushes to a branch of any other repository
 */
public record SimActivity(int busyPercent, Duration quietGap) {

    /** Every repository busy: the catalog's world, as every seed gave it. */
    public static final SimActivity ALL_BUSY = new SimActivity(100, Duration.ofMinutes(35));

    public SimActivity {
        if (busyPercent < 0 || busyPercent > 100) {
            throw new IllegalArgumentException("the share of busy repositories must be 0 to 100%: " + busyPercent);
        }
        if (quietGap.toMinutes() < 1) {
            throw new IllegalArgumentException("a quiet repository's pushes are at least a minute apart");
        }
    }

    /** An organisation's day: a tenth of the repositories busy, the others' branches pushed to every 8 hours or so. */
    public static SimActivity organisation() {
        return new SimActivity(10, Duration.ofHours(8));
    }

    /** Whether repository {@code index} of the world of {@code seed} is one of the busy ones. */
    boolean busy(long seed, int index) {
        return busyPercent == 100 || new SplittableRandom(seed * 7919L + index).nextInt(100) < busyPercent;
    }

    /** The mean time between pushes to a branch of repository {@code index}, in minutes. */
    long meanGapMinutes(long seed, int index, boolean defaultBranch) {
        return busy(seed, index) ? defaultBranch ? 35 : 55 : quietGap.toMinutes();
    }
}
