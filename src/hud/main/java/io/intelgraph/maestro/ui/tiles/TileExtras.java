package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.preview.Preview;

import java.util.Optional;

/** What a tile shows besides its run: the PR's preview, the run's report summary, the engine's recommendation. */
public record TileExtras(Optional<Preview> preview, Optional<EvidenceSummary> evidence,
        Optional<BranchRecommendation> recommendation) {

    public static final TileExtras NONE = new TileExtras(Optional.empty(), Optional.empty(), Optional.empty());
}
