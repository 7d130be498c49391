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
import io.intelgraph.maestro.text.ShortDigest;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Sigstore trusted root to verify bundles against, kept fresh through TUF as Sigstore's own clients keep it:
 * sigstore-java's updater walks the root's rotations from the root it was given, and checks every file's signatures,
 * versions, expiry and hashes. Refreshed at most once per {@code validity}; when the mirror cannot be reached or what it
 * serves fails TUF's checks, the last root TUF verified is used (and said so), and where TUF has never succeeded, the
 * snapshot bundled with the HUD — for the public-good instance only: another instance's root has nothing to stand in
 * for it, so there the answer is no root at all. One cache directory per mirror address and initial root (a different
 * {@code --tuf-root} for the same mirror starts afresh rather than being overruled by the cache); a refresh holds that
 * directory's file lock, so two processes refreshing at once take turns instead of mixing their writes, waiting for it
 * no longer than three files' deadlines; and a refresh that failed is not tried again by any process for
 * {@value #RETRY_AFTER_FAILURE_MINUTES} minutes, so scripts run side by side against a mirror that does not answer
 * do not each wait for it.
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
    static final int RETRY_AFTER_FAILURE_MINUTES = 5;
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(RETRY_AFTER_FAILURE_MINUTES);

    private final URI mirror;
    private final RootProvider initialRoot;
    private final Path cacheDir;
    private final Supplier<HttpClient> http;
    private final Duration fileDeadline;
    private final Clock clock;
    private final Duration validity;
    private final String target;
    private final boolean publicGood;

    /**
     * @param initialRoot the TUF root trusted before any refresh (shipped with the client, never fetched)
     * @param cacheDir    this mirror's directory: TUF's trusted metadata, the target, the time of the last refresh
     * @param fileDeadline for each file the mirror sends, body included
     * @param target      the target to keep ({@value #TRUSTED_ROOT_TARGET} for Sigstore)
     * @param publicGood  whether the mirror serves the public-good instance's root (whose snapshot may stand in for it)
     */
    TrustedRootSource(URI mirror, RootProvider initialRoot, Path cacheDir, Supplier<HttpClient> http, Duration fileDeadline,
            Clock clock, Duration validity, String target, boolean publicGood) {
        this.mirror = withSlash(mirror);
        this.initialRoot = initialRoot;
        this.cacheDir = cacheDir;
        this.http = http;
        this.fileDeadline = fileDeadline;
        this.clock = clock;
        this.validity = validity;
        this.target = target;
        this.publicGood = publicGood;
    }

    /**
     * Sigstore's public-good instance, starting from the TUF root sigstore-java ships, cached under
     * {@code configDir/sigstore-tuf/}. A client of {@code network} (its proxy and CAs) is built only when a refresh is due.
     */
    public static TrustedRootSource publicGood(Path configDir, Network network) {
        try {
            return of(PUBLIC_GOOD_MIRROR, RootProvider.fromResource(SigstoreTufClient.PUBLIC_GOOD_ROOT_RESOURCE), configDir,
                    network, true);
        } catch (IOException e) {
            throw new UncheckedIOException("sigstore-java's public-good TUF root cannot be read", e);
        }
    }

    /**
     * Another Sigstore instance's TUF repository (a private deployment's), trusted from {@code initialRoot}.
     *
     * @throws IllegalArgumentException when {@code mirror} is not an http(s) address with a host, or carries credentials
     *                                  (none are ever sent to a mirror)
     * @throws IOException              when {@code initialRoot} cannot be read
     */
    public static TrustedRootSource forMirror(URI mirror, RootProvider initialRoot, Path configDir, Network network)
            throws IOException {
        return of(mirror, initialRoot, configDir, network, false);
    }

    private static TrustedRootSource of(URI mirror, RootProvider initialRoot, Path configDir, Network network,
            boolean publicGood) throws IOException {
        checkMirror(mirror);
        return new TrustedRootSource(mirror, initialRoot, cacheDirectory(configDir, mirror, initialRoot.get()),
                () -> network.client().connectTimeout(CONNECT_TIMEOUT).build(), FILE_DEADLINE, Clock.systemUTC(),
                DEFAULT_VALIDITY, TRUSTED_ROOT_TARGET, publicGood);
    }

    /** A mirror is an http(s) address with a host and no credentials in it. */
    public static void checkMirror(URI mirror) {
        String scheme = mirror.getScheme() == null ? "" : mirror.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || mirror.getHost() == null) {
            throw new IllegalArgumentException("a TUF mirror is an http(s) address with a host, not " + mirror);
        }
        if (mirror.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a TUF mirror's address may not carry credentials: none are sent to it");
        }
    }

    /**
     * {@code sigstore-tuf/HOST[_PORT]-DIGEST}: the digest is over the mirror's whole address and the initial root, so
     * two repositories on one host, or one trusted from another root, never share what TUF verified.
     */
    static Path cacheDirectory(Path configDir, URI mirror, String initialRoot) {
        String digest = ShortDigest.of(withSlash(mirror) + "\n" + initialRoot, 6);
        String host = mirror.getHost().replaceAll("[^A-Za-z0-9.-]", "_");
        return configDir.resolve("sigstore-tuf").resolve(host + (mirror.getPort() < 0 ? "" : "_" + mirror.getPort())
                + "-" + digest);
    }

    private static URI withSlash(URI mirror) {
        return mirror.toString().endsWith("/") ? mirror : URI.create(mirror + "/");
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
            return choice(targetFile(), Origin.TUF, refreshedText(last.get()));
        }
        try {
            ownerOnlyDirectory(cacheDir);
            Instant refreshed = Instant.parse(new LockedFile(refreshedAtFile()).update(this::refresh,
                    fileDeadline.multipliedBy(3)));
            return choice(targetFile(), Origin.TUF, refreshedText(refreshed));
        } catch (RecentFailure e) {
            return cached(lastRefresh(), e.getMessage());
        } catch (Exception e) {
            // The refresh held the lock: a refresh by another process ran before it, and was seen as fresh there.
            return cached(lastRefresh(), "TUF refresh failed: " + reason(e));
        }
    }

    /** A refresh that failed a moment ago, in this process or another: not tried again yet. */
    private static final class RecentFailure extends Exception {
        RecentFailure(String message) {
            super(message);
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
        Optional<String> failed = recentFailure();
        if (failed.isPresent()) {
            throw new RecentFailure(failed.get());
        }
        try {
            String refreshed = fetch();
            Files.deleteIfExists(failedAtFile());
            return refreshed;
        } catch (Exception e) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Files.writeString(failedAtFile(), now + "\n" + reason(e) + "\n");
            throw e;
        }
    }

    /** The last failure's words, while it is recent: "TUF refresh failed at T (…); tried again after T'". */
    private Optional<String> recentFailure() throws IOException {
        if (!Files.isRegularFile(failedAtFile())) {
            return Optional.empty();
        }
        String[] lines = Files.readString(failedAtFile()).split("\n", 2);
        Optional<Instant> at = instant(lines[0]).filter(t -> t.plus(RETRY_AFTER_FAILURE).isAfter(clock.instant()));
        return at.map(t -> "TUF refresh failed at " + t + " (" + (lines.length > 1 ? lines[1].strip() : "") + "); tried again after "
                + t.plus(RETRY_AFTER_FAILURE));
    }

    /** TUF's update and the target's download: the network part of a refresh. */
    private String fetch() throws Exception {
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
            return choice(targetFile(), Origin.TUF_CACHED, why + "; " + refreshedText(last.get()));
        }
        if (!publicGood) {
            return TrustedRootChoice.none(why + "; TUF has never verified " + mirror.getHost() + "'s root here, and no"
                    + " snapshot stands in for another instance's");
        }
        return choice(BundledTrustedRoot.file(), Origin.BUNDLED, why + "; TUF has not refreshed it here yet");
    }

    private TrustedRootChoice choice(Path file, Origin origin, String detail) {
        return new TrustedRootChoice(file, origin, detail, publicGood);
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
        if (Files.isSymbolicLink(dir)) {
            throw new IOException(dir + " is a symbolic link: the TUF cache is kept in a directory of its own, and a link"
                    + " to elsewhere is not followed");
        }
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

    /** When the last refresh failed, and why; written and read under the refresh's lock, removed by a success. */
    private Path failedAtFile() {
        return cacheDir.resolve("failed-at");
    }

    /** sigstore-java's exceptions are named for what TUF refused (RoleExpiredException, InvalidHashesException…). */
    private static String reason(Exception e) {
        String message = e.getMessage();
        // Some span lines (RoleExpiredException's); the choice's detail is one line.
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
