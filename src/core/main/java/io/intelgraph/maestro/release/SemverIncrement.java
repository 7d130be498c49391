package io.intelgraph.maestro.release;

import com.github.zafarkhaja.semver.Version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * node-semver's {@code inc} (npm/node-semver classes/semver.js), which semantic-release applies to
 * the last release: it differs from java-semver's next*Version on pre-releases, where a pre-release
 * of the version the bump would reach is completed rather than skipped ({@code 2.0.0-beta.3} major is
 * {@code 2.0.0}, {@code 1.2.0-5} minor is {@code 1.2.0}, {@code 1.2.0-5} patch is {@code 1.2.0}).
 */
final class SemverIncrement {

    private SemverIncrement() {
    }

    static Version inc(Version v, Bump bump) {
        boolean pre = v.isPreRelease();
        long major = v.majorVersion();
        long minor = v.minorVersion();
        long patch = v.patchVersion();
        return switch (bump) {
            case MAJOR -> Version.of(minor != 0 || patch != 0 || !pre ? major + 1 : major, 0, 0);
            case MINOR -> Version.of(major, patch != 0 || !pre ? minor + 1 : minor, 0);
            case PATCH -> Version.of(major, minor, pre ? patch : patch + 1);
            case NONE -> v;
        };
    }

    /**
     * {@code inc(v, "prerelease")} without an identifier: a release moves to the next patch's
     * {@code -0}; a pre-release's last numeric identifier goes up by one ({@code beta.1} → {@code beta.2}),
     * or {@code .0} is appended when it has none.
     */
    static Version incPrerelease(Version v) {
        if (!v.isPreRelease()) {
            return Version.of(v.majorVersion(), v.minorVersion(), v.patchVersion() + 1, "0");
        }
        List<String> ids = new ArrayList<>(Arrays.asList(v.preReleaseVersion().orElseThrow().split("\\.")));
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (ids.get(i).matches("\\d+")) {
                ids.set(i, Long.toString(Long.parseLong(ids.get(i)) + 1));
                return Version.of(v.majorVersion(), v.minorVersion(), v.patchVersion(), String.join(".", ids));
            }
        }
        ids.add("0");
        return Version.of(v.majorVersion(), v.minorVersion(), v.patchVersion(), String.join(".", ids));
    }
}
