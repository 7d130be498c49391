package io.intelgraph.maestro.supplychain;

import java.nio.file.Path;

/**
 * The Sigstore trusted root a verification uses, and where it came from, said beside every verdict: a bundle that
 * does not verify against a months-old snapshot is a different finding from one that fails against today's root.
 *
 * @param file   the trusted_root.json
 * @param origin how it was chosen
 * @param detail for the reader: the mirror and when it was refreshed, or why the refresh could not be used
 */
public record TrustedRootChoice(Path file, Origin origin, String detail) {

    /** How the root was chosen. */
    public enum Origin {
        /** Refreshed through TUF in this run, or within the cache's validity. */
        TUF,
        /** The last root TUF verified: the mirror could not be reached or refused now, or the run is offline. */
        TUF_CACHED,
        /** The snapshot shipped with the HUD: TUF has never succeeded here (or the run is offline without a cache). */
        BUNDLED,
        /** A file named by the user. */
        FILE
    }

    /** One line: {@code trusted root: …}. */
    public String describe() {
        String what = switch (origin) {
            case TUF -> "Sigstore's through TUF";
            case TUF_CACHED -> "Sigstore's as TUF last verified it";
            case BUNDLED -> "the snapshot bundled with the HUD";
            case FILE -> file.toString();
        };
        return "trusted root: " + what + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
