package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;

/** One change between two snapshots of the build plane, as one frame of the feed carries it. */
public sealed interface Delta {

    /** The frame type on the wire. */
    String type();

    record TileChanged(BuildTile tile) implements Delta {
        public String type() { return "tile"; }
    }

    record TileRemoved(TileKey key) implements Delta {
        public String type() { return "tile-removed"; }
    }

    /** The previews are sent whole (a handful per cluster), with the cluster's status. */
    record PreviewsChanged() implements Delta {
        public String type() { return "preview"; }
    }

    record EvidenceChanged(EvidenceSummary evidence) implements Delta {
        public String type() { return "evidence"; }
    }

    record EvidenceRemoved(long runId) implements Delta {
        public String type() { return "evidence-removed"; }
    }

    record PolicyChanged(PolicyVerdict verdict) implements Delta {
        public String type() { return "policy"; }
    }

    record PolicyRemoved(String key) implements Delta {
        public String type() { return "policy-removed"; }
    }

    /** Source health, rate limit, repositories and their errors, webhook events applied. */
    record SourceChanged() implements Delta {
        public String type() { return "source"; }
    }

    record DistillationChanged(BranchRecommendation recommendation) implements Delta {
        public String type() { return "distillation"; }
    }

    record DistillationRemoved(String branch) implements Delta {
        public String type() { return "distillation-removed"; }
    }
}
