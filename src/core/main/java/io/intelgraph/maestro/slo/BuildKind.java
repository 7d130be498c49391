package io.intelgraph.maestro.slo;

import java.util.Locale;

/** A build with its dependency cache (warm) or without (cold): the two have different targets. */
public enum BuildKind {
    COLD, WARM;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
