package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;

import java.util.List;
import java.util.Map;

/**
 * What the wall shows of the builds: those that need attention as tiles, worst first (failing,
 * action required, blocked by policy or by critical vulnerabilities; then running, waiting,
 * queued; default branches before the others), and every repository as a mosaic, one mark per branch, in which the healthy rest is
 * folded. Made from a snapshot without a window ({@link WallPlanner}), so tests read it as the wall would.
 *
 * @param attention the builds to show as tiles, in the order shown
 * @param mosaic every repository with its branches' marks, by name
 * @param counts how many builds of each kind, for the words beside them
 */
public record WallLayout(List<Attention> attention, List<RepoMarks> mosaic, Counts counts) {

    public static final WallLayout EMPTY = new WallLayout(List.of(), List.of(), new Counts(0, Map.of(), Map.of()));

    /** A build shown as a tile, and why. */
    public record Attention(BuildTile tile, Concern concern) {
    }

    /** One branch's mark: its state, and whether its build is shown above as a tile. */
    public record Mark(BuildTile tile, BuildState state, Concern concern) {

        public boolean healthy() {
            return concern == null;
        }
    }

    /** A repository's branches, in name order (so a mark keeps its place while states change). */
    public record RepoMarks(RepoId repo, List<Mark> marks) {
    }

    /**
     * @param total every build shown
     * @param healthy the healthy ones (not needing attention) by state
     * @param concerns the ones needing attention by concern
     */
    public record Counts(int total, Map<BuildState, Integer> healthy, Map<Concern, Integer> concerns) {

        public Counts {
            healthy = Map.copyOf(healthy);
            concerns = Map.copyOf(concerns);
        }

        public int healthyTotal() {
            return healthy.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int attentionTotal() {
            return concerns.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The wall's view of {@code tiles} (already filtered and sorted), with the snapshot's reports and
     * verdicts, made afresh; the window keeps a {@link WallPlanner}, which starts from the last layout.
     */
    public static WallLayout of(BuildSnapshot snapshot, List<BuildTile> tiles) {
        return new WallPlanner().plan(snapshot, tiles);
    }
}
