package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The last ETag and body per URL, so polls can be conditional: GitHub answers an unchanged
 * resource with 304, which does not count against the rate limit. Bounded (least recently used
 * goes first) and in memory only.
 */
final class EtagCache {

    record Cached(String etag, JsonNode body, Optional<URI> next) {
    }

    private final Map<URI, Cached> entries;

    EtagCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Cached> get(URI uri) {
        return Optional.ofNullable(entries.get(uri));
    }

    synchronized void put(URI uri, Cached entry) {
        entries.put(uri, entry);
    }

    synchronized void removeIf(Predicate<URI> which) {
        entries.keySet().removeIf(which);
    }
}
