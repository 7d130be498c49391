package io.intelgraph.maestro.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The last ETag and body per URL, so polls can be conditional: GitHub answers an unchanged
 * resource with 304, which does not count against the rate limit. Bounded (least recently used
 * goes first) and in memory only. Bodies are kept {@link #slim slimmed} and compressed, and read
 * back when a 304 needs them: for an organisation of 400 repositories the bodies as JSON trees were
 * 140 MB of a 200 MB heap (GitHub repeats the whole repository object inside every run); compressed,
 * a few MB. A 304 then costs a parse again, as a changed answer does.
 */
final class EtagCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Nested objects that are a repository: only what names it is read (RestMapper.repoId). */
    private static final Set<String> REPOSITORIES = Set.of("repository", "head_repository", "repo");
    private static final Set<String> REPOSITORY_FIELDS = Set.of("id", "name", "full_name", "owner", "private",
            "default_branch", "html_url", "archived", "fork");
    /** Nested objects that are an account: only its login is read. */
    private static final Set<String> ACCOUNTS = Set.of("owner", "actor", "triggering_actor", "user", "author",
            "creator", "committer", "sender");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("login", "id", "type");

    /** An answer as kept: its ETag, its body slimmed and compressed, its next page. */
    record Cached(String etag, byte[] compressedBody, Optional<URI> next) {

        static Cached of(String etag, JsonNode body, Optional<URI> next) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                try (OutputStream out = new DeflaterOutputStream(bytes, deflater)) {
                    JSON.writeValue(out, slim(body));
                } finally {
                    // A stream given its deflater leaves it open: without end() its ~300 KB of zlib state stays
                    // in the C heap until a collection finds the Deflater, one per answer kept.
                    deflater.end();
                }
                return new Cached(etag, bytes.toByteArray(), next);
            } catch (IOException e) {
                throw new UncheckedIOException("compressing a JSON body in memory", e);
            }
        }

        /** The body again (what the mappers read of it, see {@link #slim}). */
        JsonNode body() {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(compressedBody))) {
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("reading back a JSON body kept in memory", e);
            }
        }
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

    /**
     * A copy of {@code body} in which nested repositories keep only the fields that name them and
     * nested accounts only their login (and id, type); everything else is kept. What the mappers
     * read of a body is the same in the copy.
     */
    static JsonNode slim(JsonNode body) {
        return copy(body, null);
    }

    private static JsonNode copy(JsonNode node, Set<String> keep) {
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(element -> out.add(copy(element, null)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (keep != null && !keep.contains(name)) {
                continue;
            }
            JsonNode value = field.getValue();
            Set<String> nested = !value.isObject() ? null
                    : REPOSITORIES.contains(name) ? REPOSITORY_FIELDS
                    : ACCOUNTS.contains(name) ? ACCOUNT_FIELDS : null;
            out.set(name, copy(value, nested));
        }
        return out;
    }
}
