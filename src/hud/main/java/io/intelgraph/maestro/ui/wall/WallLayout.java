package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Concerns concerns = new Concerns(snapshot);
        // Worst first; within a concern a repository's default branch (what gets released) before its other
        // branches; otherwise the order the tiles came in (most recent first on the wall). A stable bucket
        // per rank, not a sort: each tile's concern and branch are looked up once, not once a comparison.
        List<List<Attention>> ranks = new ArrayList<>();
        for (int i = 0; i < 2 * Concern.values().length; i++) {
            ranks.add(new ArrayList<>());
        }
        int[] healthy = new int[BuildState.values().length];
        int[] concerned = new int[Concern.values().length];
        for (BuildTile tile : tiles) {
            Concern concern = concerns.of(tile);
            if (concern == null) {
                healthy[tile.state().ordinal()]++;
            } else {
                ranks.get(2 * concern.ordinal() + (concerns.onDefaultBranch(tile) ? 0 : 1)).add(new Attention(tile, concern));
                concerned[concern.ordinal()]++;
            }
        }
        List<Attention> attention = new ArrayList<>();
        ranks.forEach(attention::addAll);
        List<RepoMarks> mosaic = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        RepoId repo = null;
        for (BuildTile tile : inKeyOrder(snapshot, tiles)) {
            RepoId tileRepo = tile.key().repo();
            if (tileRepo != repo && !tileRepo.equals(repo)) {
                if (repo != null) {
                    mosaic.add(new RepoMarks(repo, List.copyOf(marks)));
                }
                repo = tileRepo;
                marks.clear();
            }
            marks.add(new Mark(tile, tile.state(), concerns.of(tile)));
        }
        if (repo != null) {
            mosaic.add(new RepoMarks(repo, List.copyOf(marks)));
        }
        return new WallLayout(List.copyOf(attention), List.copyOf(mosaic),
                new Counts(tiles.size(), countsOf(BuildState.values(), healthy), countsOf(Concern.values(), concerned)));
    }

    /**
     * {@code tiles} by repository, then branch: the snapshot's own order (its tiles are kept by key), so
     * nothing is sorted when everything is shown, as on the wall.
     */
    private static List<BuildTile> inKeyOrder(BuildSnapshot snapshot, List<BuildTile> tiles) {
        if (snapshot != null && tiles.size() == snapshot.tiles().size()) {
            return snapshot.tiles();
        }
        if (snapshot != null) {
            Set<TileKey> shown = new HashSet<>();
            tiles.forEach(t -> shown.add(t.key()));
            return snapshot.tiles().stream().filter(t -> shown.contains(t.key())).toList();
        }
        List<BuildTile> sorted = new ArrayList<>(tiles);
        sorted.sort(Comparator.comparing(BuildTile::key));
        return sorted;
    }

    private static <E extends Enum<E>> Map<E, Integer> countsOf(E[] values, int[] counts) {
        Map<E, Integer> out = new HashMap<>();
        for (E value : values) {
            if (counts[value.ordinal()] > 0) {
                out.put(value, counts[value.ordinal()]);
            }
        }
        return out;
    }

    /**
     * What a snapshot says beyond a tile's state: its commit's policy verdict, its run's reports, its
     * repository's default branch. Looked up once per snapshot, as sets, not once per tile and map.
     */
    private static final class Concerns {
        private final Set<String> denied = new HashSet<>();
        private final Set<Long> critical = new HashSet<>();
        private final Map<RepoId, String> defaultBranches = new HashMap<>();

        Concerns(BuildSnapshot snapshot) {
            if (snapshot == null) {
                return;
            }
            snapshot.policyVerdicts().values().stream().filter(v -> v.denies() > 0).forEach(v -> denied.add(v.key()));
            snapshot.evidence().values().stream().filter(e -> e.critical() > 0).forEach(e -> critical.add(e.runId()));
            snapshot.repos().forEach(repo -> defaultBranches.put(repo.id(), repo.defaultBranch()));
        }

        Concern of(BuildTile tile) {
            Concern byState = Concern.of(tile.state());
            if (byState != null && byState.problem()) {
                return byState;
            }
            if (!denied.isEmpty() && denied.contains(PolicyVerdict.key(tile.key().repo(), tile.headline().headSha()))) {
                return Concern.BLOCKED_BY_POLICY;
            }
            if (!critical.isEmpty() && critical.contains(tile.headline().id())) {
                return Concern.CRITICAL_VULNERABILITIES;
            }
            return byState;
        }

        boolean onDefaultBranch(BuildTile tile) {
            return tile.branch().equals(defaultBranches.getOrDefault(tile.key().repo(), "main"));
        }
    }
}
