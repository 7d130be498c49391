package io.intelgraph.maestro.release;

import com.github.zafarkhaja.semver.Version;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Version bumping as semantic-release does it (lib/get-next-version.js) with node-semver's inc
 * (classes/semver.js; the examples in its comments are quoted).
 */
class NextVersionTest {

    private static String next(String last, Bump bump) {
        return NextVersion.of(Optional.ofNullable(last).map(Version::parse), bump, Optional.empty(), List.of())
                .map(Version::toString).orElse("none");
    }

    private static String next(String last, Bump bump, String channel, String... known) {
        return NextVersion.of(Optional.ofNullable(last).map(Version::parse), bump, Optional.of(channel),
                List.of(known).stream().map(Version::parse).toList()).map(Version::toString).orElse("none");
    }

    @Test
    void fromOneOnward() {
        assertEquals("1.3.0", next("1.2.3", Bump.MINOR));
        assertEquals("1.2.4", next("1.2.3", Bump.PATCH));
        assertEquals("2.0.0", next("1.2.3", Bump.MAJOR));
        assertEquals("25.0.0", next("24.2.9", Bump.MAJOR));
        assertEquals("none", next("1.2.3", Bump.NONE), "no release-worthy commit, no release");
    }

    @Test
    void beforeOneTheSameRulesSoABreakingChangeReachesOne() {
        // semantic-release has no special case for major version zero: semver.inc('0.9.3', 'major') is 1.0.0.
        assertEquals("1.0.0", next("0.9.3", Bump.MAJOR));
        assertEquals("0.10.0", next("0.9.3", Bump.MINOR));
        assertEquals("0.9.4", next("0.9.3", Bump.PATCH));
        assertEquals("1.0.0", next("0.0.1", Bump.MAJOR));
        assertEquals("0.1.0", next("0.0.1", Bump.MINOR));
    }

    @Test
    void theFirstReleaseIsOneZeroZero() {
        // FIRST_RELEASE = "1.0.0", whatever the commits say (a fix alone too).
        assertEquals("1.0.0", next(null, Bump.PATCH));
        assertEquals("1.0.0", next(null, Bump.MAJOR));
        assertEquals("none", next(null, Bump.NONE));
        assertEquals("1.0.0-beta.1", next(null, Bump.MINOR, "beta"));
    }

    @Test
    void nodeSemverCompletesAPreReleaseRatherThanSkippingIt() {
        // "1.0.0-5 bumps to 1.0.0", "1.1.0 bumps to 2.0.0"
        assertEquals("1.0.0", SemverIncrement.inc(Version.parse("1.0.0-5"), Bump.MAJOR).toString());
        assertEquals("2.0.0", SemverIncrement.inc(Version.parse("1.1.0"), Bump.MAJOR).toString());
        // "1.2.0-5 bumps to 1.2.0", "1.2.1 bumps to 1.3.0"
        assertEquals("1.2.0", SemverIncrement.inc(Version.parse("1.2.0-5"), Bump.MINOR).toString());
        assertEquals("1.3.0", SemverIncrement.inc(Version.parse("1.2.1"), Bump.MINOR).toString());
        // "1.2.0-5 patches to 1.2.0", "1.2.0 patches to 1.2.1"
        assertEquals("1.2.0", SemverIncrement.inc(Version.parse("1.2.0-5"), Bump.PATCH).toString());
        assertEquals("1.2.1", SemverIncrement.inc(Version.parse("1.2.0"), Bump.PATCH).toString());
        // A pre-release of a version with a patch moves on: 1.2.1-rc.1 minor → 1.3.0.
        assertEquals("1.3.0", SemverIncrement.inc(Version.parse("1.2.1-rc.1"), Bump.MINOR).toString());
        // "1.2.0-beta.1 bumps to 1.2.0-beta.2"; a release becomes the next patch's -0.
        assertEquals("1.2.0-beta.2", SemverIncrement.incPrerelease(Version.parse("1.2.0-beta.1")).toString());
        assertEquals("1.2.1-0", SemverIncrement.incPrerelease(Version.parse("1.2.0")).toString());
        assertEquals("1.2.0-beta.0", SemverIncrement.incPrerelease(Version.parse("1.2.0-beta")).toString());
    }

    @Test
    void preReleaseChannels() {
        // From a release: the bump of major.minor.patch, then -<channel>.1.
        assertEquals("2.0.0-beta.1", next("1.4.2", Bump.MAJOR, "beta"));
        assertEquals("1.5.0-beta.1", next("1.4.2", Bump.MINOR, "beta"));
        // On the channel already: the next pre-release, unless the bump of the highest version goes further.
        assertEquals("2.0.0-beta.2", next("2.0.0-beta.1", Bump.PATCH, "beta", "1.4.2", "2.0.0-beta.1"));
        assertEquals("2.0.0-beta.2", next("2.0.0-beta.1", Bump.MAJOR, "beta", "1.4.2", "2.0.0-beta.1"),
                "inc(2.0.0-beta.1, major) is 2.0.0, so 2.0.0-beta.1 < 2.0.0-beta.2");
        assertEquals("1.1.0-beta.2", next("1.1.0-beta.1", Bump.MINOR, "beta", "1.0.0", "1.1.0-beta.1"));
        assertEquals("2.0.0-beta.1", next("1.1.0-beta.1", Bump.MAJOR, "beta", "1.0.0", "1.1.0-beta.1"));
        // A pre-release of another channel counts as leaving it: alpha's 2.0.0-alpha.3 on beta starts beta.1.
        assertEquals("2.0.1-beta.1", next("2.0.0-alpha.3", Bump.PATCH, "beta", "2.0.0-alpha.3"));
    }

    @Test
    void tagsAreReadAsVersionsWithTheirPrefix() {
        TagVersion v = TagVersion.parse("v1.2.3").orElseThrow();
        assertEquals("v", v.prefix());
        assertEquals("v1.3.0", v.tagFor(Version.parse("1.3.0")));
        TagVersion hub4j = TagVersion.parse("github-api-1.95").orElseThrow();
        assertEquals(Version.parse("1.95.0"), hub4j.version(), "a missing patch reads as 0, as semver.coerce does");
        assertEquals("github-api-1.96.0", hub4j.tagFor(Version.parse("1.96.0")));
        assertEquals(Version.parse("2.0.0-beta.2"), TagVersion.parse("release/2.0.0-beta.2").orElseThrow().version());
        assertEquals(Version.parse("3.0.0"), TagVersion.parse("v3.0").orElseThrow().version());
        assertEquals(Optional.empty(), TagVersion.parse("latest"));
        assertEquals(Optional.empty(), TagVersion.parse("nightly-2024"));
    }
}
