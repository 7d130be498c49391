package io.intelgraph.maestro.transitions;

import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileQuery;

/**
 * Which branches' breaks and fixes are worth announcing ({@code sound.filter}): only default
 * branches, all of them, or those a filter-bar expression matches (e.g. {@code billing main}).
 */
public sealed interface TransitionFilter {

    boolean accepts(BuildTile tile, BuildSnapshot snapshot);

    /** {@code default-branches}, {@code all}, or anything else as the filter bar's free text. */
    static TransitionFilter parse(String value) {
        String text = value == null ? "" : value.strip();
        return switch (text) {
            case "", "default-branches" -> new DefaultBranches();
            case "all" -> new All();
            default -> new Matching(TileQuery.ALL.withText(text));
        };
    }

    /** The branch each repository builds releases from: a break there is everyone's business. */
    record DefaultBranches() implements TransitionFilter {
        @Override
        public boolean accepts(BuildTile tile, BuildSnapshot snapshot) {
            return snapshot.repos().stream().filter(r -> r.id().equals(tile.key().repo())).findFirst()
                    .map(Repo::defaultBranch).map(tile.branch()::equals).orElse(false);
        }
    }

    record All() implements TransitionFilter {
        @Override
        public boolean accepts(BuildTile tile, BuildSnapshot snapshot) {
            return true;
        }
    }

    /** The tiles the filter bar would show for the same words. */
    record Matching(TileQuery query) implements TransitionFilter {
        @Override
        public boolean accepts(BuildTile tile, BuildSnapshot snapshot) {
            return query.matches(tile);
        }
    }
}
