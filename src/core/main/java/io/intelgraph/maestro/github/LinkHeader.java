package io.intelgraph.maestro.github;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of GitHub's RFC 8288 {@code Link} header. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"");

    /** A {@code rel="next"} target that is not a URI reference. */
    public static final class InvalidTarget extends Exception {
        InvalidTarget(String target, URISyntaxException cause) {
            super("its Link rel=\"next\" target <" + target + "> is not a URI (" + cause.getReason() + ")", cause);
        }
    }

    private LinkHeader() {
    }

    /**
     * The next page's URI, or empty on the last page. As RFC 8288 §3.2 says, the target is a URI
     * reference resolved against the request's URI: {@code <?page=2>} stays on the same path, and
     * a scheme is recognised in any case ({@code HTTP://}).
     *
     * @throws InvalidTarget when the target is not a URI reference: the page cannot be followed,
     *                       and silently stopping there would show part of a listing as all of it
     */
    public static Optional<URI> next(String header, URI request) throws InvalidTarget {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            for (String rel : m.group(2).split("\\s+")) {
                if (rel.equalsIgnoreCase("next")) {
                    return Optional.of(resolve(request, m.group(1).strip()));
                }
            }
        }
        return Optional.empty();
    }

    private static URI resolve(URI base, String target) throws InvalidTarget {
        try {
            URI reference = new URI(target);
            if (reference.isAbsolute() || !target.startsWith("?")) {
                return base.resolve(reference);
            }
            // java.net.URI follows RFC 2396 here and drops the base's last segment; RFC 3986 keeps the path.
            return new URI(base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath() + target);
        } catch (URISyntaxException e) {
            throw new InvalidTarget(target, e);
        }
    }
}
