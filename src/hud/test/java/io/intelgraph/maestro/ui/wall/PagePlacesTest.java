package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.testing.Snapshots;
import io.intelgraph.maestro.ui.wall.WallLayout.Attention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A build that stays on the wall's page keeps its place; newcomers take the places freed, problems first. */
class PagePlacesTest {

    private static Attention failed(String branch) {
        return new Attention(Snapshots.tile("o/app", branch, BuildState.FAILED), Concern.FAILED);
    }

    private static Attention running(String branch) {
        return new Attention(Snapshots.tile("o/app", branch, BuildState.RUNNING), Concern.RUNNING);
    }

    private static List<String> branches(List<Attention> placed) {
        return placed.stream().map(a -> a.tile().branch() + (a.concern().problem() ? "!" : "")).toList();
    }

    @Test
    void aNewFailureTakesTheFreedPlaceInsteadOfMovingEveryTileAfterIt() {
        PagePlaces places = new PagePlaces();
        assertEquals(List.of("a!", "b!", "c!", "x", "y"),
                branches(places.arrange(List.of(failed("a"), failed("b"), failed("c"), running("x"), running("y")), "page 1")));
        // Most recent first, "n" broke and "b" was fixed: n takes b's place, nothing else moves.
        assertEquals(List.of("a!", "n!", "c!", "x", "y"),
                branches(places.arrange(List.of(failed("n"), failed("a"), failed("c"), running("x"), running("y")), "page 1")));
        // A build under way that fails moves to the problems; the builds under way keep their places among themselves.
        assertEquals(List.of("a!", "n!", "c!", "y!", "x"),
                branches(places.arrange(List.of(failed("y"), failed("n"), failed("a"), failed("c"), running("x")), "page 1")));
        // A new build under way, listed first: x keeps the first place among the builds under way, z takes the next.
        assertEquals(List.of("a!", "n!", "c!", "y!", "x", "z"),
                branches(places.arrange(List.of(failed("y"), failed("n"), failed("a"), failed("c"), running("z"), running("x")), "page 1")));
    }

    @Test
    void anotherPageOrSizeStartsFromTheWallsOrder() {
        PagePlaces places = new PagePlaces();
        places.arrange(List.of(failed("a"), failed("b")), "page 1");
        assertEquals(List.of("a!", "b!"), branches(places.arrange(List.of(failed("b"), failed("a")), "page 1")));
        assertEquals(List.of("b!", "a!"), branches(places.arrange(List.of(failed("b"), failed("a")), "page 2")));
    }

    @Test
    void everyBuildOfThePageIsPlacedOnceWhateverCameAndWent() {
        PagePlaces places = new PagePlaces();
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<Attention> problems = new ArrayList<>();
            List<Attention> underWay = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                if (random.nextInt(3) == 0) {
                    (random.nextBoolean() ? problems : underWay).add(random.nextBoolean() ? failed("b" + i) : running("b" + i));
                }
            }
            List<Attention> page = new ArrayList<>(problems.stream().filter(a -> a.concern().problem()).toList());
            page.addAll(underWay.stream().filter(a -> a.concern().problem()).toList());
            page.addAll(problems.stream().filter(a -> !a.concern().problem()).toList());
            page.addAll(underWay.stream().filter(a -> !a.concern().problem()).toList());
            List<Attention> placed = places.arrange(page, "page");
            assertEquals(page.size(), placed.size());
            assertEquals(page.stream().map(a -> a.tile().branch()).sorted().toList(), placed.stream().map(a -> a.tile().branch()).sorted().toList());
            long problemCount = page.stream().filter(a -> a.concern().problem()).count();
            for (int i = 0; i < placed.size(); i++) {
                assertEquals(i < problemCount, placed.get(i).concern().problem(), "round " + round + ", place " + i);
            }
        }
    }
}
