package io.intelgraph.maestro.github;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of GitHub's RFC 8288 {@code Link} header. */
final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"([^\"]+)\"");

    private LinkHeader() {
    }

    static Optional<URI> next(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            for (String rel : m.group(2).split("\\s+")) {
                if (rel.equals("next")) {
                    return Optional.of(URI.create(m.group(1)));
                }
            }
        }
        return Optional.empty();
    }
}
