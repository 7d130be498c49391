package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.testing.Snapshots;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The list a snapshot hands over, made from the last one, is the tiles in key order — and stays as it was handed over. */
class OrderedTilesTest {

    private static final List<BuildState> STATES = List.of(BuildState.PASSED, BuildState.FAILED, BuildState.RUNNING);

    @Test
    void everyListIsTheTilesInKeyOrderAndNoLaterWriteChangesAnEarlierOne() {
        OrderedTiles tiles = new OrderedTiles();
        TreeMap<TileKey, BuildTile> expected = new TreeMap<>();
        List<List<BuildTile>> handedOver = new ArrayList<>();
        List<List<BuildTile>> asHanded = new ArrayList<>();
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            // Mostly a tile replaced; now and then a branch comes or goes, or the staleness of all changes.
            int what = random.nextInt(20);
            if (what == 0) {
                if (!expected.isEmpty()) {
                    TileKey gone = new ArrayList<>(expected.keySet()).get(random.nextInt(expected.size()));
                    tiles.remove(gone);
                    expected.remove(gone);
                }
            } else if (what == 1) {
                String reason = round % 2 == 0 ? "" : "source unavailable";
                tiles.replaceEach(t -> t.staleReason().equals(reason) ? t : Snapshots.tile(t.key().repo().fullName(), t.key().branch(), t.state(), reason));
                expected.replaceAll((k, t) -> tiles.get(k));
            } else {
                for (int change = 0; change < 1 + random.nextInt(4); change++) {
                    BuildTile tile = Snapshots.tile("o/repo" + random.nextInt(12), "b" + random.nextInt(8),
                            STATES.get(random.nextInt(STATES.size())));
                    tiles.put(tile.key(), tile);
                    expected.put(tile.key(), tile);
                }
            }
            List<BuildTile> list = tiles.list();
            assertEquals(new ArrayList<>(expected.values()), list, "round " + round);
            handedOver.add(list);
            asHanded.add(List.copyOf(list));
        }
        for (int i = 0; i < handedOver.size(); i++) {
            assertEquals(asHanded.get(i), handedOver.get(i), "list " + i + " changed after it was handed over");
        }
        assertThrows(UnsupportedOperationException.class, () -> handedOver.get(0).set(0, null));
    }

    @Test
    void nothingChangedIsTheSameListAndASnapshotKeepsItUncopied() {
        OrderedTiles tiles = new OrderedTiles();
        BuildTile tile = Snapshots.tile("o/app", "main", BuildState.PASSED);
        tiles.put(tile.key(), tile);
        List<BuildTile> first = tiles.list();
        assertSame(first, tiles.list());
        tiles.put(tile.key(), tile);
        assertEquals(first, tiles.list());
        BuildSnapshot snapshot = new BuildSnapshot(1, Runs.T0, first, List.of(), Map.of(), SourceHealth.connecting("test", true), 0,
                List.of(), ClusterStatus.none("test"), Map.of(), Map.of(), Map.of());
        assertSame(first, snapshot.tiles());
    }
}
