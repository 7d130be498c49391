package io.intelgraph.maestro.release;

import com.github.zafarkhaja.semver.Version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag read as a version: {@code v1.2.3}, {@code 1.2.3-beta.1}, and the prefixed forms projects use
 * ({@code github-api-1.95}, {@code release/2.0.0}, {@code pkg@1.4.0}). A missing patch reads as 0, as
 * node-semver's coerce does. The prefix is kept so the next tag is written the same way.
 */
public record TagVersion(String tag, String prefix, Version version) {

    private static final Pattern TAG = Pattern.compile(
            "(.*?[-_/@])?([vV]?)(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?");

    public static Optional<TagVersion> parse(String tag) {
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Version version = Version.of(Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
                    m.group(5) == null ? 0 : Long.parseLong(m.group(5)), m.group(6), m.group(7));
            return Optional.of(new TagVersion(tag, (m.group(1) == null ? "" : m.group(1)) + m.group(2), version));
        } catch (RuntimeException e) {
            return Optional.empty(); // numbers too large, or a pre-release identifier semver does not allow
        }
    }

    /** The tag for {@code next} written with this tag's prefix ({@code v}, {@code github-api-}). */
    public String tagFor(Version next) {
        return prefix + next;
    }
}
