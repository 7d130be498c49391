package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.wall.WallLayout.Attention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each build of the wall's page goes: a build that stays on the page keeps its place, and one
 * that comes takes a place one that left freed, in the wall's order. A wall read from across a room
 * must not shuffle: in the wall's order alone, one new failure moved every tile after it by one place
 * — and made the renderer paint the whole page again, the slowest frames of a busy wall. Problems keep
 * the first places and builds under way the rest, as the wall's order has them; a new page, or a new
 * size, starts from the order again.
 */
final class PagePlaces {

    /** A place: among the problems or the builds under way, and which one of them. */
    private record Place(boolean problem, int index) {
    }

    private final Map<TileKey, Place> placeOf = new HashMap<>();
    private Object placedFor;

    /**
     * @param page the page's builds in the wall's order (problems first)
     * @param geometry what a place means on screen (page, columns, sizes): another one places afresh
     * @return the page's builds by place: the problems' places first, then those of the builds under way
     */
    List<Attention> arrange(List<Attention> page, Object geometry) {
        if (!Objects.equals(geometry, placedFor)) {
            placeOf.clear();
            placedFor = geometry;
        }
        int problems = (int) page.stream().filter(a -> a.concern().problem()).count();
        Attention[] byPlace = new Attention[page.size()];
        List<Attention> newcomers = new ArrayList<>();
        for (Attention attention : page) {
            boolean problem = attention.concern().problem();
            Place had = placeOf.get(attention.tile().key());
            int slot = had == null || had.problem() != problem ? -1 : problem ? had.index() : problems + had.index();
            if (slot >= 0 && slot < (problem ? problems : page.size()) && byPlace[slot] == null) {
                byPlace[slot] = attention;
            } else {
                newcomers.add(attention);
            }
        }
        int nextProblem = 0;
        int nextUnderWay = problems;
        for (Attention attention : newcomers) {
            if (attention.concern().problem()) {
                while (byPlace[nextProblem] != null) {
                    nextProblem++;
                }
                byPlace[nextProblem] = attention;
            } else {
                while (byPlace[nextUnderWay] != null) {
                    nextUnderWay++;
                }
                byPlace[nextUnderWay] = attention;
            }
        }
        placeOf.clear();
        for (int i = 0; i < byPlace.length; i++) {
            placeOf.put(byPlace[i].tile().key(), new Place(i < problems, i < problems ? i : i - problems));
        }
        return List.of(byPlace);
    }
}
