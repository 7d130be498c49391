package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.EvidenceSummary;
import io.intelgraph.maestro.model.Preview;

import java.util.Optional;

/** What a tile shows besides its run: the PR's preview, the run's report summary, the engine's recommendation. */
public record TileExtras(Optional<Preview> preview, Optional<EvidenceSummary> evidence,
        Optional<io.intelgraph.maestro.model.BranchRecommendation> recommendation) {

    public static final TileExtras NONE = new TileExtras(Optional.empty(), Optional.empty(), Optional.empty());
}
