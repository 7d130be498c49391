package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.EvidenceSummary;
import io.intelgraph.maestro.model.Preview;

import java.util.Optional;

/** What a tile shows besides its run: the PR's preview and the run's report summary, when known. */
public record TileExtras(Optional<Preview> preview, Optional<EvidenceSummary> evidence) {

    public static final TileExtras NONE = new TileExtras(Optional.empty(), Optional.empty());
}
