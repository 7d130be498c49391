package io.intelgraph.maestro.ui.tiles;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.preview.Preview;
import io.intelgraph.maestro.slo.SloMark;

import java.util.Optional;

/**
 * What a tile shows besides its run: the PR's preview, the run's report summary, the engine's
 * recommendation, and the build-time mark of a run over its target.
 */
public record TileExtras(Optional<Preview> preview, Optional<EvidenceSummary> evidence,
        Optional<BranchRecommendation> recommendation, Optional<SloMark> slo) {

    public static final TileExtras NONE = new TileExtras(Optional.empty(), Optional.empty(), Optional.empty());

    /** Without a build-time mark. */
    public TileExtras(Optional<Preview> preview, Optional<EvidenceSummary> evidence,
            Optional<BranchRecommendation> recommendation) {
        this(preview, evidence, recommendation, Optional.empty());
    }
}
