package io.intelgraph.maestro.hub;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which web pages may open the feed. Browsers let any page open a WebSocket to any address, the
 * hub's loopback one included, and say which page asked in {@code Origin}; so a handshake from a
 * page of another origin than the hub's own is refused unless that origin is allowed by name.
 * Clients that are not browsers send no {@code Origin} and are not affected.
 */
public final class Origins {

    private final Set<String> allowed;

    private Origins(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** @param allowed origins as browsers write them, {@code https://dash.example.com[:port]} */
    public static Origins allowing(List<String> allowed) {
        return new Origins(allowed.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public static Origins sameOriginOnly() {
        return new Origins(Set.of());
    }

    /** Whether a handshake with this {@code Origin} (absent: not a browser) to this {@code Host} may open the feed. */
    boolean allows(Optional<String> origin, Optional<String> host) {
        if (origin.isEmpty()) {
            return true;
        }
        String page = origin.get().strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(page)) {
            return true;
        }
        try {
            URI uri = new URI(page);
            if (uri.getHost() == null || host.isEmpty()) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String target = host.get().strip().toLowerCase(Locale.ROOT);
            return authority.equals(target) || authority.equals(target.replaceFirst(":(80|443)$", ""));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
