package io.intelgraph.maestro.github;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of GitHub's RFC 8288 {@code Link} header. */
public final class LinkHeader {

    private static final Logger LOG = LoggerFactory.getLogger(LinkHeader.class);
    private static final Pattern LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"([^\"]+)\"");

    private LinkHeader() {
    }

    /**
     * The next page's URI, or empty on the last page. A next target that is not a URI cannot be
     * followed: it is logged and skipped (as a header without one), never thrown into the caller's
     * response handling.
     */
    public static Optional<URI> next(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            for (String rel : m.group(2).split("\\s+")) {
                if (rel.equals("next")) {
                    try {
                        return Optional.of(new URI(m.group(1)));
                    } catch (URISyntaxException e) {
                        LOG.warn("Link header: the rel=\"next\" target is not a URI, so no further page is read: {}",
                                e.getMessage());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
