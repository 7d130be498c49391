package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.DefaultBranches;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.wall.WallLayout.Attention;
import io.intelgraph.maestro.ui.wall.WallLayout.Counts;
import io.intelgraph.maestro.ui.wall.WallLayout.Mark;
import io.intelgraph.maestro.ui.wall.WallLayout.RepoMarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the wall's {@link WallLayout} of each snapshot, starting from the previous one. Between two
 * snapshots a handful of 2,000 builds change; the store hands every other tile over as the same
 * object, so what the planner judged of a tile (its concern, its mark, its attention entry) is kept by
 * the tile object while the snapshot's verdicts, reports and repositories are the same objects too,
 * and a repository whose tiles are all the same keeps its {@link RepoMarks} — which the mosaic then
 * skips with an identity check. Under 500 changes a second the layout was a quarter of the FX
 * thread's time and a third of what it allocated. The result is what a planner without a past gives.
 */
public final class WallPlanner {

    private Judge judge = new Judge(null);
    private WallLayout last = WallLayout.EMPTY;

    /** The wall's view of {@code tiles} (already filtered and sorted), with the snapshot's reports and verdicts. */
    public WallLayout plan(BuildSnapshot snapshot, List<BuildTile> tiles) {
        if (!judge.judges(snapshot)) {
            judge = new Judge(snapshot);
        }
        judge.forgetAllBut(tiles);
        // Worst first; within a concern a repository's default branch (what gets released) before its other
        // branches; otherwise the order the tiles came in (most recent first on the wall). A stable bucket
        // per rank, not a sort: each tile is judged once, not once a comparison.
        List<List<Attention>> ranks = new ArrayList<>();
        for (int i = 0; i < 2 * Concern.values().length; i++) {
            ranks.add(new ArrayList<>());
        }
        int[] healthy = new int[BuildState.values().length];
        int[] concerned = new int[Concern.values().length];
        for (BuildTile tile : tiles) {
            Judgement judgement = judge.of(tile);
            if (judgement.attention == null) {
                healthy[tile.state().ordinal()]++;
            } else {
                Concern concern = judgement.attention.concern();
                ranks.get(2 * concern.ordinal() + (judgement.onDefaultBranch ? 0 : 1)).add(judgement.attention);
                concerned[concern.ordinal()]++;
            }
        }
        List<Attention> attention = new ArrayList<>();
        ranks.forEach(attention::addAll);
        last = new WallLayout(List.copyOf(attention), mosaic(inKeyOrder(snapshot, tiles)),
                new Counts(tiles.size(), countsOf(BuildState.values(), healthy), countsOf(Concern.values(), concerned)));
        return last;
    }

    /** Every repository's marks, in key order; a repository whose marks are all as last time keeps its list. */
    private List<RepoMarks> mosaic(List<BuildTile> ordered) {
        List<RepoMarks> before = last.mosaic();
        List<RepoMarks> mosaic = new ArrayList<>();
        int previous = 0;
        int start = 0;
        while (start < ordered.size()) {
            RepoId repo = ordered.get(start).key().repo();
            int end = start + 1;
            while (end < ordered.size() && ordered.get(end).key().repo().equals(repo)) {
                end++;
            }
            // The previous mosaic is in the same order: its next repository is this one unless one came or went.
            if (previous < before.size() && before.get(previous).repo() != repo) {
                while (previous < before.size() && before.get(previous).repo().compareTo(repo) < 0) {
                    previous++;
                }
            }
            RepoMarks had = previous < before.size() && before.get(previous).repo().equals(repo) ? before.get(previous) : null;
            mosaic.add(had != null && marksUnchanged(had.marks(), ordered, start, end) ? had : marksOf(repo, ordered, start, end));
            start = end;
        }
        return List.copyOf(mosaic);
    }

    private boolean marksUnchanged(List<Mark> marks, List<BuildTile> ordered, int start, int end) {
        if (marks.size() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (marks.get(i - start) != judge.of(ordered.get(i)).mark) {
                return false;
            }
        }
        return true;
    }

    private RepoMarks marksOf(RepoId repo, List<BuildTile> ordered, int start, int end) {
        Mark[] marks = new Mark[end - start];
        for (int i = start; i < end; i++) {
            marks[i - start] = judge.of(ordered.get(i)).mark;
        }
        return new RepoMarks(repo, List.of(marks));
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

    /** What the wall made of one tile object: its mark, and its attention entry unless it is healthy. */
    private record Judgement(Mark mark, Attention attention, boolean onDefaultBranch) {
    }

    /**
     * What a snapshot says beyond a tile's state — its commit's policy verdict, its run's reports, its
     * repository's default branch — read as sets once, and each tile object's judgement kept while the
     * snapshots carry the same verdicts, reports and repositories.
     */
    private static final class Judge {
        private final Map<String, PolicyVerdict> verdicts;
        private final Map<Long, EvidenceSummary> evidence;
        private final List<Repo> repos;
        private final Set<String> denied = new HashSet<>();
        private final Set<Long> critical = new HashSet<>();
        private final DefaultBranches defaultBranches;
        private Map<BuildTile, Judgement> judged = new IdentityHashMap<>();

        Judge(BuildSnapshot snapshot) {
            verdicts = snapshot == null ? null : snapshot.policyVerdicts();
            evidence = snapshot == null ? null : snapshot.evidence();
            repos = snapshot == null ? null : snapshot.repos();
            defaultBranches = DefaultBranches.of(snapshot == null ? List.of() : repos);
            if (snapshot == null) {
                return;
            }
            verdicts.values().stream().filter(v -> v.denies() > 0).forEach(v -> denied.add(v.key()));
            evidence.values().stream().filter(e -> e.critical() > 0).forEach(e -> critical.add(e.runId()));
        }

        /** Whether this judge read {@code snapshot}'s verdicts, reports and repositories (the same objects). */
        boolean judges(BuildSnapshot snapshot) {
            return snapshot == null ? verdicts == null
                    : snapshot.policyVerdicts() == verdicts && snapshot.evidence() == evidence && snapshot.repos() == repos;
        }

        /** Drops the judgements of tiles replaced since, when they outnumber those shown. */
        void forgetAllBut(List<BuildTile> shown) {
            if (judged.size() > 2 * shown.size() + 64) {
                Map<BuildTile, Judgement> kept = new IdentityHashMap<>();
                for (BuildTile tile : shown) {
                    Judgement judgement = judged.get(tile);
                    if (judgement != null) {
                        kept.put(tile, judgement);
                    }
                }
                judged = kept;
            }
        }

        Judgement of(BuildTile tile) {
            Judgement judgement = judged.get(tile);
            if (judgement == null) {
                Concern concern = concernOf(tile);
                judgement = new Judgement(new Mark(tile, tile.state(), concern), concern == null ? null : new Attention(tile, concern),
                        defaultBranches.isDefault(tile));
                judged.put(tile, judgement);
            }
            return judgement;
        }

        private Concern concernOf(BuildTile tile) {
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
    }
}
