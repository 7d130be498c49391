package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.hub.FrameEncoder;
import io.intelgraph.maestro.hub.HubMirror;
import io.intelgraph.maestro.model.preview.ClusterStatus;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.text.ShortDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last live picture of the builds (tiles and repositories), kept in the config directory so the
 * next start shows it at once — STALE, "from 14:03, updating…", never as live — while the first poll
 * runs; the poll's result replaces it ({@link BuildPlane#showCached}). One file per source (its name
 * and what it watches), in the hub's snapshot format (docs/HUB.md), written whole and moved into place.
 */
public final class PictureCache {

    private static final Logger LOG = LoggerFactory.getLogger(PictureCache.class);
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A picture read back: its tiles and repositories, and when its source last synced. */
    public record Saved(BuildSnapshot picture, Instant savedAt) {
    }

    /** How often a changing picture is written again: a crash loses at most this much. */
    private static final Duration SAVE_EVERY = Duration.ofSeconds(30);

    private final Path file;
    private final ZoneId zone;
    private long savedVersion = -1;
    private Instant savedAt = Instant.MIN;

    public PictureCache(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /** The cache of the source named {@code sourceKey} (its name and what it watches) under {@code configDir}. */
    public static PictureCache in(Path configDir, String sourceKey) {
        return new PictureCache(configDir.resolve("cache").resolve("picture-" + digest(sourceKey) + ".json"),
                ZoneId.systemDefault());
    }

    public Path file() {
        return file;
    }

    /**
     * Writes {@code snapshot}'s tiles and repositories when the source is live and the picture is
     * newer than the one written last; a cached picture is never written back as if fresh.
     */
    public synchronized void save(BuildSnapshot snapshot, BuildPlane plane) {
        if (snapshot.health().freshness() != Freshness.LIVE || plane.isCachedPicture(snapshot)
                || snapshot.version() == savedVersion || snapshot.tiles().isEmpty()) {
            return;
        }
        BuildSnapshot picture = new BuildSnapshot(snapshot.version(), snapshot.takenAt(), snapshot.tiles(),
                snapshot.repos(), Map.of(), snapshot.health(), 0, List.of(), ClusterStatus.none(""), Map.of(), Map.of(),
                Map.of());
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.write(part, new FrameEncoder().snapshot(picture, 0).jsonBytes());
            ownerOnly(part);
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            savedVersion = snapshot.version();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot save the picture for the next start to {}: {}", file, e.getMessage());
        }
    }

    /**
     * Saves what {@code plane} shows as it changes: the first live picture at once, then at most
     * every 30 s (on the plane's subscriber thread, never the writer's). Returns the unsubscribe action.
     */
    public Runnable follow(BuildPlane plane) {
        return plane.subscribe("picture-cache", snapshot -> {
            Instant now = Instant.now();
            if (savedVersion < 0 || Duration.between(savedAt, now).compareTo(SAVE_EVERY) >= 0) {
                save(snapshot, plane);
                savedAt = now;
            }
        });
    }

    /** The picture saved last, if there is a readable one; an unreadable one is ignored (and said in the log). */
    public Optional<Saved> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (new HubMirror().apply(text) instanceof HubMirror.Outcome.Applied applied
                    && applied.snapshot().health().lastSuccess() != null) {
                return Optional.of(new Saved(applied.snapshot(), applied.snapshot().health().lastSuccess()));
            }
            LOG.info("The cached picture {} is not a snapshot; starting without it", file);
        } catch (IOException | RuntimeException e) {
            LOG.info("The cached picture {} cannot be read ({}); starting without it", file, e.getMessage());
        }
        return Optional.empty();
    }

    /** Shows the saved picture on {@code plane} until its source syncs; whether there was one to show. */
    public boolean showIn(BuildPlane plane) {
        return load().map(saved -> plane.showCached(saved.picture().tiles(), saved.picture().repos(), saved.savedAt(),
                note(saved.savedAt()))).orElse(false);
    }

    /** What every cached tile says: where the picture is from, and that the live one is on its way. */
    String note(Instant savedAt) {
        ZonedDateTime at = savedAt.atZone(zone);
        boolean today = at.toLocalDate().equals(LocalDate.now(zone));
        return "Cached picture from " + (today ? TODAY : OTHER_DAY).format(at) + ", not live: updating…";
    }

    private static void ownerOnly(Path path) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String digest(String key) {
        return ShortDigest.of(key, 8);
    }
}
