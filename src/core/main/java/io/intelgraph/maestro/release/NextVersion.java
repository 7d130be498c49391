package io.intelgraph.maestro.release;

import com.github.zafarkhaja.semver.Version;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The next version as semantic-release computes it (semantic-release lib/get-next-version.js and
 * lib/definitions/constants.js, commit 8d905a56):
 * <ul>
 * <li>no earlier release: {@code 1.0.0} ({@code FIRST_RELEASE}; semantic-release never starts at 0.x),
 *     or {@code 1.0.0-<channel>.1} on a pre-release channel;</li>
 * <li>a release channel: node-semver's {@code inc} of the last release by the bump. Before 1.0 the
 *     same rules hold — semantic-release has no special case for major version zero — so a
 *     breaking change takes {@code 0.9.3} to {@code 1.0.0}, a feature to {@code 0.10.0}, a fix to
 *     {@code 0.9.4};</li>
 * <li>a pre-release channel: when the last release is a pre-release of the same channel, the higher
 *     of its next pre-release ({@code beta.2} after {@code beta.1}) and the bump of the highest known
 *     version with {@code -<channel>.1}; otherwise the bump of the last release's
 *     {@code major.minor.patch} with {@code -<channel>.1}.</li>
 * </ul>
 * No release-worthy commit ({@link Bump#NONE}) means no next version.
 */
public final class NextVersion {

    static final Version FIRST_RELEASE = Version.of(1, 0, 0);
    static final String FIRST_PRERELEASE = "1";

    private NextVersion() {
    }

    /**
     * @param last    the last release, if any
     * @param channel the pre-release channel ({@code beta}), or empty for a release
     * @param known   every version tagged so far (pre-releases included), for a channel's numbering
     */
    public static Optional<Version> of(Optional<Version> last, Bump bump, Optional<String> channel,
            Collection<Version> known) {
        if (bump == Bump.NONE) {
            return Optional.empty();
        }
        if (last.isEmpty()) {
            return Optional.of(channel.map(c -> Version.of(1, 0, 0, c + "." + FIRST_PRERELEASE)).orElse(FIRST_RELEASE));
        }
        Version lastVersion = last.get();
        if (channel.isEmpty()) {
            return Optional.of(SemverIncrement.inc(lastVersion, bump));
        }
        String id = channel.get();
        Version stable = Version.of(lastVersion.majorVersion(), lastVersion.minorVersion(), lastVersion.patchVersion());
        if (lastVersion.isPreRelease() && sameChannel(lastVersion, id)) {
            Version highestKnown = Stream.concat(known.stream(), Stream.of(lastVersion)).max(Comparator.naturalOrder())
                    .orElseThrow();
            Version next = SemverIncrement.incPrerelease(lastVersion);
            Version bumped = withChannel(SemverIncrement.inc(highestKnown, bump), id);
            return Optional.of(next.isHigherThan(bumped) ? next : bumped);
        }
        return Optional.of(withChannel(SemverIncrement.inc(stable, bump), id));
    }

    private static boolean sameChannel(Version version, String channel) {
        return version.preReleaseVersion().map(p -> p.equals(channel) || p.startsWith(channel + ".")).orElse(false);
    }

    private static Version withChannel(Version v, String channel) {
        return Version.of(v.majorVersion(), v.minorVersion(), v.patchVersion(), channel + "." + FIRST_PRERELEASE);
    }
}
