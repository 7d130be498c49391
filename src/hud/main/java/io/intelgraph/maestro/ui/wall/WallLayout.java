package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the wall shows of the builds: those that need attention as tiles, worst first (failing,
 * action required, blocked by policy or by critical vulnerabilities; then running, waiting,
 * queued; default branches before the others), and every repository as a mosaic, one mark per branch, in which the healthy rest is
 * folded. Made from a snapshot without a window, so tests read it as the wall would.
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

    /** The wall's view of {@code tiles} (already filtered and sorted), with the snapshot's reports and verdicts. */
    public static WallLayout of(BuildSnapshot snapshot, List<BuildTile> tiles) {
        List<Attention> attention = new ArrayList<>();
        Map<RepoId, List<Mark>> byRepo = new TreeMap<>();
        Map<BuildState, Integer> healthy = new EnumMap<>(BuildState.class);
        Map<Concern, Integer> concerns = new EnumMap<>(Concern.class);
        for (BuildTile tile : tiles) {
            Concern concern = concernOf(snapshot, tile);
            if (concern == null) {
                healthy.merge(tile.state(), 1, Integer::sum);
            } else {
                attention.add(new Attention(tile, concern));
                concerns.merge(concern, 1, Integer::sum);
            }
            byRepo.computeIfAbsent(tile.key().repo(), r -> new ArrayList<>()).add(new Mark(tile, tile.state(), concern));
        }
        // Worst first; within a concern a repository's default branch (what gets released) before its other
        // branches; otherwise the order the tiles came in (most recent first on the wall).
        Map<RepoId, String> defaultBranches = new HashMap<>();
        if (snapshot != null) {
            snapshot.repos().forEach(repo -> defaultBranches.put(repo.id(), repo.defaultBranch()));
        }
        attention.sort(Comparator.comparing(Attention::concern).thenComparing(a -> !a.tile().branch()
                .equals(defaultBranches.getOrDefault(a.tile().key().repo(), "main"))));
        List<RepoMarks> mosaic = new ArrayList<>(byRepo.size());
        byRepo.forEach((repo, marks) -> {
            marks.sort(Comparator.comparing((Mark m) -> m.tile().key()));
            mosaic.add(new RepoMarks(repo, List.copyOf(marks)));
        });
        return new WallLayout(List.copyOf(attention), List.copyOf(mosaic), new Counts(tiles.size(), healthy, concerns));
    }

    /** Why a build needs attention, or null when it does not. */
    static Concern concernOf(BuildSnapshot snapshot, BuildTile tile) {
        Concern byState = Concern.of(tile.state());
        if (byState != null && byState.problem()) {
            return byState;
        }
        if (snapshot != null) {
            if (snapshot.policyOf(tile).map(v -> v.denies() > 0).orElse(false)) {
                return Concern.BLOCKED_BY_POLICY;
            }
            if (snapshot.evidenceOf(tile.headline().id()).map(e -> e.critical() > 0).orElse(false)) {
                return Concern.CRITICAL_VULNERABILITIES;
            }
        }
        return byState;
    }
}
