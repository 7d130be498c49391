package io.intelgraph.maestro.supplychain;

import java.nio.file.Path;

/**
 * The Sigstore trusted root a verification uses, and where it came from, said beside every verdict: a bundle that
 * does not verify against a months-old snapshot is a different finding from one that fails against today's root.
 *
 * @param file       the trusted_root.json; null only when there is none ({@link Origin#NONE})
 * @param origin     how it was chosen
 * @param detail     for the reader: the mirror and when it was refreshed, or why the refresh could not be used
 * @param publicGood whether it is the root of Sigstore's public-good instance, whose snapshot ships with the HUD and may
 *                   stand in for it; another instance's root has nothing to stand in for it
 */
public record TrustedRootChoice(Path file, Origin origin, String detail, boolean publicGood) {

    /** How the root was chosen. */
    public enum Origin {
        /** Refreshed through TUF in this run, or within the cache's validity. */
        TUF,
        /** The last root TUF verified: the mirror could not be reached or refused now, or the run is offline. */
        TUF_CACHED,
        /** The snapshot shipped with the HUD: TUF has never succeeded here (or the run is offline without a cache). */
        BUNDLED,
        /** A file named by the user. */
        FILE,
        /** None: TUF has never succeeded for another instance's mirror, and no snapshot may stand in for its root. */
        NONE
    }

    /** A root of the public-good instance. */
    public static TrustedRootChoice publicGood(Path file, Origin origin, String detail) {
        return new TrustedRootChoice(file, origin, detail, true);
    }

    /** No root to verify with; {@code detail} says why. */
    public static TrustedRootChoice none(String detail) {
        return new TrustedRootChoice(null, Origin.NONE, detail, false);
    }

    /** One line: {@code trusted root: …}. */
    public String describe() {
        return "trusted root: " + source();
    }

    /** Where the root came from, with the detail: {@code the snapshot bundled with the HUD (offline; …)}. */
    public String source() {
        String whose = publicGood ? "Sigstore's " : "";
        String what = switch (origin) {
            case TUF -> whose + "through TUF";
            case TUF_CACHED -> whose + "as TUF last verified it";
            case BUNDLED -> "the snapshot bundled with the HUD";
            case FILE -> file.toString();
            case NONE -> "none";
        };
        return what + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    /**
     * Whether a refresh was wanted and did not happen (offline, the mirror unreachable or refused): a signature that
     * does not verify may then be signed with a key rotated in since. A snapshot chosen on purpose (no detail) is not.
     */
    public boolean mayBeOutOfDate() {
        return (origin == Origin.TUF_CACHED || origin == Origin.BUNDLED) && !detail.isEmpty();
    }
}
