package io.intelgraph.maestro.sim;

import java.util.List;
import java.util.Optional;

/**
 * The simulated repositories' releases: every version-like tag has one, with the SBOM and the
 * Sigstore provenance bundle published beside the binaries (real files, resources /sim/reports).
 */
final class SimReleases {

    /** One asset: its id, its name on the release, the simulator resource it serves. */
    record Asset(long id, String name, String resource) {
    }

    private SimReleases() {
    }

    static boolean isRelease(String tag) {
        return tag.matches("v?\\d+(\\.\\d+)+");
    }

    static List<Asset> assets(SimWorld.SimRepo repo) {
        long base = 70_000_000L + repo.index() * 10L;
        return List.of(
                new Asset(base + 1, repo.name() + ".cdx.json", "laravel-7.12.0.cdx.json"),
                new Asset(base + 2, repo.name() + ".intoto.sigstore.json", "provenance.sigstore.json"),
                new Asset(base + 3, repo.name() + "-linux-amd64.tar.gz", "laravel-7.12.0.cdx.json"));
    }

    static Optional<Asset> asset(SimWorld.SimRepo repo, long id) {
        return assets(repo).stream().filter(a -> a.id() == id).findFirst();
    }
}
