package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Retention of tiles whose branch was deleted or whose repository is no longer watched (archived,
 * removed): such a tile stays for the retention window after the plane first saw it gone, then
 * leaves, and its key is remembered so that the branch's runs, which GitHub keeps listing, do not
 * bring it back. Not thread-safe: the plane calls it under its lock.
 */
final class GoneTiles {

    /** Remembered expired keys; a bound, as branches come and go all week. */
    private static final int MAX_EXPIRED = 10_000;

    private Duration retention;
    /** Null until the source says which repositories it watches: until then none is gone. */
    private Set<RepoId> watched;
    private final Map<RepoId, Set<String>> branches = new HashMap<>();
    private final Map<TileKey, Instant> goneSince = new HashMap<>();
    /** Which branches exist changed since the last {@link #expire}: every tile must be looked at again. */
    private boolean rescan = true;
    private final Map<TileKey, Boolean> expired = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TileKey, Boolean> eldest) {
            return size() > MAX_EXPIRED;
        }
    };

    GoneTiles(Duration retention) {
        setRetention(retention);
    }

    void setRetention(Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative: " + retention);
        }
        this.retention = retention;
        rescan = true;
    }

    void watchRepos(Collection<RepoId> repos) {
        watched = Set.copyOf(repos);
        rescan = true;
        branches.keySet().retainAll(watched);
        expired.keySet().removeIf(this::exists);
    }

    void putBranches(RepoId repo, Collection<String> names) {
        branches.put(repo, Set.copyOf(names));
        rescan = true;
        expired.keySet().removeIf(this::exists);
    }

    /** The tiles were replaced wholesale (a mirrored hub): the next {@link #expire} looks at every one. */
    void rescan() {
        rescan = true;
    }

    /** True for a tile that left and whose branch still does not exist. */
    boolean expired(TileKey key) {
        return expired.containsKey(key) && !exists(key);
    }

    /** The keys among {@code shown} whose retention ran out by {@code now}; they are remembered as expired. */
    List<TileKey> expire(Collection<TileKey> shown, Instant now) {
        rescan = true;
        return expire(shown, List.of(), now);
    }

    /**
     * As {@link #expire(Collection, Instant)}, looking only at what can have changed since the last
     * call: the tiles already gone (their time may be up) and {@code changed} (new or updated tiles),
     * unless which branches exist changed, when every tile is looked at. A write to one tile of 2,000
     * then costs that tile, not 2,000.
     */
    List<TileKey> expire(Collection<TileKey> shown, Collection<TileKey> changed, Instant now) {
        List<TileKey> out = new ArrayList<>();
        goneSince.keySet().retainAll(shown);
        Collection<TileKey> candidates = shown;
        if (!rescan) {
            Set<TileKey> some = new HashSet<>(goneSince.keySet());
            changed.stream().filter(shown::contains).forEach(some::add);
            candidates = some;
        }
        rescan = false;
        for (TileKey key : candidates) {
            if (exists(key)) {
                goneSince.remove(key);
                continue;
            }
            Instant since = goneSince.computeIfAbsent(key, k -> now);
            if (!now.isBefore(since.plus(retention))) {
                out.add(key);
            }
        }
        out.forEach(key -> {
            goneSince.remove(key);
            expired.put(key, Boolean.TRUE);
        });
        return out;
    }

    private boolean exists(TileKey key) {
        if (watched != null && !watched.contains(key.repo())) {
            return false;
        }
        Set<String> live = branches.get(key.repo());
        return live == null || live.contains(key.branch());
    }
}
