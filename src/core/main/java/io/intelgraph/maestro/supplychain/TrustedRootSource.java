package io.intelgraph.maestro.supplychain;

import dev.sigstore.tuf.FileSystemTufStore;
import dev.sigstore.tuf.MetaFetcher;
import dev.sigstore.tuf.PassthroughCacheMetaStore;
import dev.sigstore.tuf.RootProvider;
import dev.sigstore.tuf.SigstoreTufClient;
import dev.sigstore.tuf.TrustedMetaStore;
import dev.sigstore.tuf.Updater;
import io.intelgraph.maestro.config.LockedFile;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.supplychain.TrustedRootChoice.Origin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Sigstore trusted root to verify bundles against, kept fresh through TUF as Sigstore's own clients keep it:
 * sigstore-java's updater walks the root's rotations from the root it was given, and checks every file's signatures,
 * versions, expiry and hashes. Refreshed at most once per {@code validity}; when the mirror cannot be reached or what it
 * serves fails TUF's checks, the last root TUF verified is used (and said so), and where TUF has never succeeded, the
 * snapshot bundled with the HUD. One cache directory per mirror; a refresh holds that directory's file lock, so two
 * processes refreshing at once take turns instead of mixing their writes.
 */
public final class TrustedRootSource {

    /** Sigstore's public-good TUF repository, the one {@code cosign} and the other clients refresh from. */
    public static final URI PUBLIC_GOOD_MIRROR = URI.create("https://tuf-repo-cdn.sigstore.dev/");
    /** The target holding the trusted root (Fulcio CAs, Rekor, CT logs and TSAs with their validity periods). */
    static final String TRUSTED_ROOT_TARGET = "trusted_root.json";
    /** As long as sigstore-java's own client trusts a refresh. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(1);
    /** For each of the mirror's files; a refresh reads five or six. */
    static final Duration FILE_DEADLINE = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI mirror;
    private final RootProvider initialRoot;
    private final Path cacheDir;
    private final Supplier<HttpClient> http;
    private final Duration fileDeadline;
    private final Clock clock;
    private final Duration validity;
    private final String target;

    /**
     * @param initialRoot the TUF root trusted before any refresh (shipped with the client, never fetched)
     * @param cacheDir    this mirror's directory: TUF's trusted metadata, the target, the time of the last refresh
     * @param fileDeadline for each file the mirror sends, body included
     * @param target      the target to keep ({@value #TRUSTED_ROOT_TARGET} for Sigstore)
     */
    TrustedRootSource(URI mirror, RootProvider initialRoot, Path cacheDir, Supplier<HttpClient> http, Duration fileDeadline,
            Clock clock, Duration validity, String target) {
        this.mirror = mirror.toString().endsWith("/") ? mirror : URI.create(mirror + "/");
        this.initialRoot = initialRoot;
        this.cacheDir = cacheDir;
        this.http = http;
        this.fileDeadline = fileDeadline;
        this.clock = clock;
        this.validity = validity;
        this.target = target;
    }

    /**
     * Sigstore's public-good instance, starting from the TUF root sigstore-java ships, cached under
     * {@code configDir/sigstore-tuf/}. A client of {@code network} (its proxy and CAs) is built only when a refresh is due.
     */
    public static TrustedRootSource publicGood(Path configDir, Network network) {
        return forMirror(PUBLIC_GOOD_MIRROR, RootProvider.fromResource(SigstoreTufClient.PUBLIC_GOOD_ROOT_RESOURCE),
                configDir, network);
    }

    /** Another Sigstore instance's TUF repository (a private deployment's), trusted from {@code initialRoot}. */
    public static TrustedRootSource forMirror(URI mirror, RootProvider initialRoot, Path configDir, Network network) {
        return new TrustedRootSource(mirror, initialRoot, configDir.resolve("sigstore-tuf").resolve(mirror.getHost()),
                () -> network.client().connectTimeout(CONNECT_TIMEOUT).build(), FILE_DEADLINE, Clock.systemUTC(),
                DEFAULT_VALIDITY, TRUSTED_ROOT_TARGET);
    }

    /**
     * The root to verify with now. Unless {@code offline}, refreshed through TUF first when the last refresh is older
     * than the validity. Never throws: every failure is a fallback with its reason in the choice's detail.
     */
    public TrustedRootChoice current(boolean offline) {
        Optional<Instant> last = lastRefresh();
        if (offline) {
            return cached(last, "offline");
        }
        if (last.filter(this::fresh).isPresent()) {
            return new TrustedRootChoice(targetFile(), Origin.TUF, refreshedText(last.get()));
        }
        try {
            ownerOnlyDirectory(cacheDir);
            Instant refreshed = Instant.parse(new LockedFile(refreshedAtFile()).update(previous -> refresh(previous)));
            return new TrustedRootChoice(targetFile(), Origin.TUF, refreshedText(refreshed));
        } catch (Exception e) {
            // The refresh held the lock: a refresh by another process ran before it, and was seen as fresh there.
            return cached(last, "TUF refresh failed: " + reason(e));
        }
    }

    /**
     * Runs TUF's update from the cached trusted metadata (or the initial root) and downloads the target, under the
     * cache's file lock; returns the time to record. Another process that refreshed meanwhile has left its time:
     * then nothing is fetched.
     */
    private String refresh(Optional<String> previous) throws Exception {
        Optional<Instant> theirs = previous.flatMap(TrustedRootSource::instant).filter(this::fresh);
        if (theirs.isPresent()) {
            return theirs.get().toString();
        }
        FileSystemTufStore store = FileSystemTufStore.newFileSystemStore(cacheDir);
        HttpClient client = http.get();
        Updater updater = Updater.builder()
                .setClock(clock)
                .setTrustedRootPath(initialRoot)
                .setTrustedMetaStore(TrustedMetaStore.newTrustedMetaStore(
                        PassthroughCacheMetaStore.newPassthroughMetaCache(store)))
                .setTargetStore(store)
                .setMetaFetcher(MetaFetcher.newFetcher(new TufMirrorFetcher(mirror, client, fileDeadline)))
                .setTargetFetcher(new TufMirrorFetcher(mirror.resolve("targets/"), client, fileDeadline))
                .build();
        updater.updateMeta();
        updater.downloadTarget(target);
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private TrustedRootChoice cached(Optional<Instant> last, String why) {
        if (last.isPresent() && Files.isRegularFile(targetFile())) {
            return new TrustedRootChoice(targetFile(), Origin.TUF_CACHED, why + "; " + refreshedText(last.get()));
        }
        return new TrustedRootChoice(BundledTrustedRoot.file(), Origin.BUNDLED, why + "; TUF has not refreshed it here yet");
    }

    /** Refreshed at {@code at} and still within the validity, its target in place. */
    private boolean fresh(Instant at) {
        return at.plus(validity).isAfter(clock.instant()) && Files.isRegularFile(targetFile());
    }

    /**
     * The cache holds public, signed data, but like the rest of the config directory it is its owner's alone: no other
     * user may swap the root a verification trusts.
     */
    private static void ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private String refreshedText(Instant at) {
        return "from " + mirror.getHost() + ", refreshed " + at;
    }

    private Optional<Instant> lastRefresh() {
        try {
            return new LockedFile(refreshedAtFile()).read().flatMap(TrustedRootSource::instant);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Where FileSystemTufStore keeps a target (it URL-encodes the name; Sigstore's has nothing to encode). */
    Path targetFile() {
        return cacheDir.resolve("targets").resolve(target);
    }

    private Path refreshedAtFile() {
        return cacheDir.resolve("refreshed-at");
    }

    /** sigstore-java's exceptions are named for what TUF refused (RoleExpiredException, InvalidHashesException…). */
    private static String reason(Exception e) {
        String message = e.getMessage();
        // Some span lines (RoleExpiredException's); the choice's detail is one line.
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
