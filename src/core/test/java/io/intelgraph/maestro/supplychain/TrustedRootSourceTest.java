package io.intelgraph.maestro.supplychain;

import com.sun.net.httpserver.HttpExchange;
import dev.sigstore.tuf.RootProvider;
import dev.sigstore.tuf.SigstoreTufClient;
import io.intelgraph.maestro.config.LockedFile;
import io.intelgraph.maestro.model.evidence.Attestation;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.net.Network;
import io.intelgraph.maestro.supplychain.TrustedRootChoice.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sigstore-java's synthetic TUF repositories (test resources, {@code supplychain/SOURCE.md}) served over HTTP, refreshed
 * with the real updater at sigstore-java's own test time: the good one, and copies with an expired snapshot and a
 * tampered target; and mirrors that stall, send without end, or are not there.
 */
class TrustedRootSourceTest {

    /** sigstore-java's UpdaterTest time: every file of the good repository is valid then. */
    private static final Instant TEST_TIME = Instant.parse("2022-09-09T13:37:00Z");

    @TempDir
    Path configDir;

    private TufMirrorFixture fixture;
    private final HttpClient http = Network.DIRECT.client().build();

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theMirrorsRootRotationIsFollowedAndTheTargetKept() throws Exception {
        URI mirror = serve("test-template");

        TrustedRootChoice choice = source(mirror, TEST_TIME).current(false);

        assertEquals(Origin.TUF, choice.origin());
        assertEquals("test file\n", Files.readString(choice.file()));
        assertEquals("from 127.0.0.1, refreshed 2022-09-09T13:37:00Z", choice.detail());
        // Root version 1 (trusted-root.json) → 2 from the mirror; 3 does not exist. Then the chain down to the target.
        assertEquals(List.of("/2.root.json", "/3.root.json", "/timestamp.json", "/3.snapshot.json", "/3.targets.json",
                "/targets/860de8f9a858eea7190fcfa1b53fe55914d3c38f17f8f542273012d19cc9509bb423f37b7c13c577a56339ad7f45273b479b1d0df837cb6e20a550c27cce0885.test.txt"),
                fixture.requested());
        assertTrue(Files.readString(cacheDir().resolve("root.json")).contains("\"version\":2"));
        assertEquals(List.of(), fixture.authorizations());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir())),
                "no other user may swap the root a verification trusts");
    }

    /**
     * Sigstore's own public-good TUF repository as sigstore/root-signing published it on 2026-08-21 (test resources):
     * from the root sigstore-java ships (version 10), through five rotations to version 15, then the timestamp, the
     * snapshot and the targets down to trusted_root.json, which then verifies Sigstore's conformance bundles.
     */
    @Test
    void sigstoresOwnRepositoryGivesATrustedRootThatVerifiesRealBundles() throws Exception {
        URI mirror = serve("public-good");

        TrustedRootChoice choice = publicGoodAt(mirror, Instant.parse("2026-08-22T00:00:00Z")).current(false);

        assertEquals(Origin.TUF, choice.origin(), choice.detail());
        assertEquals(List.of("/11.root.json", "/12.root.json", "/13.root.json", "/14.root.json", "/15.root.json",
                "/16.root.json", "/timestamp.json", "/165.snapshot.json", "/14.targets.json",
                "/targets/6494e21ea73fa7ee769f85f57d5a3e6a08725eae1e38c755fc3517c9e6bc0b66.trusted_root.json"), fixture.requested());
        assertTrue(Files.readString(cacheDir().resolve("root.json")).matches("(?s).*\"version\":\\s*15\\b.*"));
        BundleVerifier verifier = BundleVerifier.using(choice);
        assertEquals(Origin.TUF, verifier.root().origin(), verifier.root().detail());
        for (String bundle : List.of("happy-path-v0.3", "happy-path-intoto-in-dsse-v3")) {
            Attestation read = new BundleReader(verifier).read(
                    Path.of("src/core/test/resources/supplychain/sigstore", bundle, "bundle.sigstore.json"));
            assertEquals(SignatureState.VERIFIED, read.state(), bundle + ": " + read.reason());
        }
    }

    /** The same repository a week later: its timestamp has expired, as a mirror frozen in time would serve it. */
    @Test
    void aFrozenMirrorIsRefused() throws Exception {
        URI mirror = serve("public-good");

        TrustedRootChoice choice = publicGoodAt(mirror, Instant.parse("2026-09-01T00:00:00Z")).current(false);

        assertEquals(Origin.BUNDLED, choice.origin());
        assertStarts("TUF refresh failed: RoleExpiredException", choice.detail());
        assertTrue(choice.detail().contains("expired time: "), choice.detail());
    }

    private TrustedRootSource publicGoodAt(URI mirror, Instant now) {
        return new TrustedRootSource(mirror, RootProvider.fromResource(SigstoreTufClient.PUBLIC_GOOD_ROOT_RESOURCE),
                cacheDir(), () -> http, Duration.ofSeconds(5), Clock.fixed(now, ZoneOffset.UTC),
                TrustedRootSource.DEFAULT_VALIDITY, TrustedRootSource.TRUSTED_ROOT_TARGET, true);
    }

    @Test
    void withinItsValidityARefreshIsNotRepeatedAndAfterItItIs() throws Exception {
        URI mirror = serve("test-template");
        source(mirror, TEST_TIME).current(false);
        int first = fixture.requested().size();

        TrustedRootChoice again = source(mirror, TEST_TIME.plus(Duration.ofHours(23))).current(false);
        assertEquals(Origin.TUF, again.origin());
        assertEquals(first, fixture.requested().size());

        TrustedRootChoice nextDay = source(mirror, TEST_TIME.plus(Duration.ofHours(25))).current(false);
        assertEquals(Origin.TUF, nextDay.origin());
        assertEquals("from 127.0.0.1, refreshed 2022-09-10T14:37:00Z", nextDay.detail());
        // The timestamp is asked again; the cached target still matches its hash, so it is not downloaded again.
        List<String> second = fixture.requested().subList(first, fixture.requested().size());
        assertTrue(second.contains("/timestamp.json"), second::toString);
        assertTrue(second.stream().noneMatch(path -> path.startsWith("/targets/")), second::toString);
    }

    @Test
    void offlineUsesTheLastRootTufVerifiedOrElseTheBundledSnapshot() throws Exception {
        URI mirror = serve("test-template");

        TrustedRootChoice never = source(mirror, TEST_TIME).current(true);
        assertEquals(Origin.BUNDLED, never.origin());
        assertEquals("offline; TUF has not refreshed it here yet", never.detail());
        assertTrue(Files.readString(never.file())
                .contains("\"mediaType\": \"application/vnd.dev.sigstore.trustedroot+json;version=0.1\""));
        assertEquals(List.of(), fixture.requested());

        source(mirror, TEST_TIME).current(false);
        int fetched = fixture.requested().size();
        TrustedRootChoice cached = source(mirror, TEST_TIME.plus(Duration.ofDays(3))).current(true);
        assertEquals(Origin.TUF_CACHED, cached.origin());
        assertEquals("offline; from 127.0.0.1, refreshed 2022-09-09T13:37:00Z", cached.detail());
        assertEquals("test file\n", Files.readString(cached.file()));
        assertEquals(fetched, fixture.requested().size());
    }

    @Test
    void aTamperedTargetIsRefusedAndNeverKept() throws Exception {
        URI mirror = serve("targets-download-invalid-hash");

        TrustedRootChoice choice = source(mirror, TEST_TIME).current(false);

        assertEquals(Origin.BUNDLED, choice.origin());
        assertStarts("TUF refresh failed: InvalidHashesException", choice.detail());
        assertTrue(choice.detail().endsWith("; TUF has not refreshed it here yet"), choice.detail());
        assertFalse(Files.exists(cacheDir().resolve("targets/test.txt")));
    }

    @Test
    void anExpiredSnapshotIsRefused() throws Exception {
        URI mirror = serve("snapshot-expired");

        // sigstore-java's own test time for this case: a day after the snapshot expired.
        TrustedRootChoice choice = source(mirror, Instant.parse("2022-11-20T18:07:27Z")).current(false);

        assertEquals(Origin.BUNDLED, choice.origin());
        assertStarts("TUF refresh failed: RoleExpiredException", choice.detail());
    }

    @Test
    void whenTheMirrorIsGoneTheLastVerifiedRootIsUsedAndSaysWhy() throws Exception {
        URI mirror = serve("test-template");
        source(mirror, TEST_TIME).current(false);
        fixture.close();

        TrustedRootChoice choice = source(mirror, TEST_TIME.plus(Duration.ofDays(2))).current(false);

        assertEquals(Origin.TUF_CACHED, choice.origin());
        assertStarts("TUF refresh failed: IOException: cannot fetch 3.root.json from the TUF mirror 127.0.0.1: ConnectException",
                choice.detail());
        assertTrue(choice.detail().endsWith("; from 127.0.0.1, refreshed 2022-09-09T13:37:00Z"), choice.detail());
        assertEquals("test file\n", Files.readString(choice.file()));
    }

    @Test
    void aMirrorWhoseNameDoesNotResolveSaysSo() {
        // .invalid never resolves (RFC 2606).
        TrustedRootChoice choice = source(URI.create("http://tuf.no-such-host.invalid/"), TEST_TIME).current(false);

        assertEquals(Origin.BUNDLED, choice.origin());
        assertStarts("TUF refresh failed: IOException: cannot fetch 2.root.json from the TUF mirror"
                + " tuf.no-such-host.invalid: its host name does not resolve", choice.detail());
    }

    @Test
    void aMirrorThatStallsIsGivenUpOnAtTheDeadline() throws Exception {
        URI mirror = serveWith(exchange -> {
            try {
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().write('{');
                exchange.getResponseBody().flush();
                Thread.sleep(10_000);
            } catch (IOException | InterruptedException e) {
                // the client hung up
            }
        });
        long started = System.nanoTime();

        TrustedRootChoice choice = new TrustedRootSource(mirror, initialRoot(), cacheDir(), () -> http, Duration.ofMillis(300),
                Clock.fixed(TEST_TIME, ZoneOffset.UTC), TrustedRootSource.DEFAULT_VALIDITY, "test.txt", true).current(false);

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
        assertEquals(Origin.BUNDLED, choice.origin());
        assertStarts("TUF refresh failed: IOException: the TUF mirror 127.0.0.1 did not send 2.root.json within 300 ms",
                choice.detail());
    }

    @Test
    void aMirrorThatSendsWithoutEndIsCutAtTheLengthTufAllows() throws Exception {
        URI mirror = serveWith(exchange -> {
            try (OutputStream body = exchange.getResponseBody()) {
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 10_000; i++) {
                    body.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });

        TrustedRootChoice choice = source(mirror, TEST_TIME).current(false);

        assertEquals(Origin.BUNDLED, choice.origin());
        assertStarts("TUF refresh failed: FileExceedsMaxLengthException", choice.detail());
    }

    @Test
    void twoProcessesRefreshingAtOnceTakeTurnsAndFetchOnce() throws Exception {
        URI mirror = serve("test-template");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<TrustedRootChoice> a = two.submit(() -> source(mirror, TEST_TIME).current(false));
            Future<TrustedRootChoice> b = two.submit(() -> source(mirror, TEST_TIME).current(false));

            for (TrustedRootChoice choice : List.of(a.get(), b.get())) {
                assertEquals(Origin.TUF, choice.origin());
                assertEquals("test file\n", Files.readString(choice.file()));
            }
            assertEquals(1, fixture.requested().stream().filter(path -> path.startsWith("/targets/")).count(),
                    fixture.requested()::toString);
        } finally {
            two.shutdownNow();
        }
    }

    /**
     * Another instance's mirror out of reach, never verified here: no root at all. The public-good snapshot standing in
     * would turn an outage into a pass for any bundle signed on the public-good instance.
     */
    @Test
    void anotherInstanceWithoutAVerifiedRootHasNoneRatherThanThePublicGoodSnapshot() throws Exception {
        URI mirror = serveWith(TrustedRootSourceTest::unavailable);

        TrustedRootChoice choice = source(mirror, TEST_TIME, false).current(false);

        assertEquals(Origin.NONE, choice.origin());
        assertStarts("TUF refresh failed: ", choice.detail());
        assertTrue(choice.detail().endsWith("; TUF has never verified 127.0.0.1's root here, and no snapshot stands in for"
                + " another instance's"), choice.detail());
        Attestation read = new BundleReader(BundleVerifier.using(choice)).read(
                Path.of("src/core/test/resources/supplychain/sigstore/happy-path-v0.3/bundle.sigstore.json"));
        assertEquals(SignatureState.COULD_NOT_VERIFY, read.state(), read.reason());
        assertTrue(choice.describe().startsWith("trusted root: none (TUF refresh failed: "), choice.describe());
    }

    /** A second repository on the same host, or the same one trusted from another root, never reads the first's cache. */
    @Test
    void eachMirrorAddressAndInitialRootHasACacheOfItsOwn() throws Exception {
        Path a = TrustedRootSource.cacheDirectory(configDir, URI.create("http://127.0.0.1:8126/a/"), "root");

        assertEquals(a, TrustedRootSource.cacheDirectory(configDir, URI.create("http://127.0.0.1:8126/a"), "root"));
        assertTrue(a.getFileName().toString().matches("127\\.0\\.0\\.1_8126-[0-9a-f]{12}"), a.toString());
        assertEquals(configDir.resolve("sigstore-tuf"), a.getParent());
        List<Path> others = List.of(
                TrustedRootSource.cacheDirectory(configDir, URI.create("http://127.0.0.1:8126/b/"), "root"),
                TrustedRootSource.cacheDirectory(configDir, URI.create("http://127.0.0.1:8127/a/"), "root"),
                TrustedRootSource.cacheDirectory(configDir, URI.create("https://127.0.0.1:8126/a/"), "root"),
                TrustedRootSource.cacheDirectory(configDir, URI.create("http://127.0.0.1:8126/a/"), "another root"));
        for (Path other : others) {
            assertFalse(other.equals(a), other.toString());
        }
        assertEquals(4, others.stream().distinct().count());
        Path mirrorA = TrustedRootSource.forMirror(URI.create("http://127.0.0.1:8126/a/"), () -> "root", configDir,
                Network.DIRECT).targetFile();
        Path mirrorB = TrustedRootSource.forMirror(URI.create("http://127.0.0.1:8126/b/"), () -> "root", configDir,
                Network.DIRECT).targetFile();
        assertFalse(mirrorA.equals(mirrorB), "the factory keys its cache the same way");
    }

    @Test
    void aMirrorIsAnHttpAddressWithAHostAndNoCredentials() {
        for (String bad : List.of("file:///etc/", "ftp://127.0.0.1/", "http:///x/", "mirror/",
                "http://alice:s3cret@127.0.0.1:8102/")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrustedRootSource.checkMirror(URI.create(bad)), bad);
            assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        }
        TrustedRootSource.checkMirror(URI.create("https://tuf.example.com:8443/repo/"));
    }

    /**
     * Scripts run side by side against a mirror that does not answer: the first waits for it, and for five minutes
     * no process asks it again — each takes the cached root or the snapshot at once, and says when it failed.
     */
    @Test
    void aFailedRefreshIsNotTriedAgainForFiveMinutesByAnyProcess() throws Exception {
        URI mirror = serveWith(TrustedRootSourceTest::unavailable);
        source(mirror, TEST_TIME).current(false);
        int asked = fixture.requested().size();
        assertTrue(asked > 0);

        TrustedRootChoice soon = source(mirror, TEST_TIME.plus(Duration.ofMinutes(4))).current(false);

        assertEquals(asked, fixture.requested().size(), "not asked again");
        assertEquals(Origin.BUNDLED, soon.origin());
        assertStarts("TUF refresh failed at 2022-09-09T13:37:00Z (TufException: the TUF mirror 127.0.0.1 answered HTTP 503", soon.detail());
        assertTrue(soon.detail().contains("); tried again after 2022-09-09T13:42:00Z; TUF has not refreshed it here yet"),
                soon.detail());

        source(mirror, TEST_TIME.plus(Duration.ofMinutes(6))).current(false);
        assertTrue(fixture.requested().size() > asked, "asked again after five minutes");
    }

    /** A process stopped while it refreshes (Ctrl-Z) holds the lock: another waits three files' deadlines, not forever. */
    @Test
    void aLockHeldTooLongIsNotWaitedForWithoutEnd() throws Exception {
        URI mirror = serve("test-template");
        TrustedRootSource source = new TrustedRootSource(mirror, initialRoot(), cacheDir(), () -> http,
                Duration.ofMillis(200), Clock.fixed(TEST_TIME, ZoneOffset.UTC), TrustedRootSource.DEFAULT_VALIDITY,
                "test.txt", true);
        Files.createDirectories(cacheDir());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> {
            try {
                new LockedFile(cacheDir().resolve("refreshed-at")).update(current -> {
                    held.countDown();
                    release.await();
                    return current.orElse("");
                });
            } catch (Exception e) {
                // the test ends it
            }
        });
        try {
            held.await();
            long started = System.nanoTime();

            TrustedRootChoice choice = source.current(false);

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(waited.compareTo(Duration.ofMillis(500)) > 0 && waited.compareTo(Duration.ofSeconds(5)) < 0,
                    waited.toString());
            assertEquals(Origin.BUNDLED, choice.origin());
            assertStarts("TUF refresh failed: IOException: refreshed-at has been locked for 600 ms by another process",
                    choice.detail());
            assertEquals(List.of(), fixture.requested());
        } finally {
            release.countDown();
            holder.join();
        }
    }

    /** A cache directory that is a link to elsewhere is not followed, nor its target's permissions changed. */
    @Test
    void aCacheDirectoryThatIsALinkIsNotFollowed(@TempDir Path elsewhere) throws Exception {
        URI mirror = serve("test-template");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(cacheDir().getParent());
        Files.createSymbolicLink(cacheDir(), elsewhere);

        TrustedRootChoice choice = source(mirror, TEST_TIME).current(false);

        assertEquals(Origin.BUNDLED, choice.origin());
        assertTrue(choice.detail().contains("is a symbolic link"), choice.detail());
        try (var listed = Files.list(elsewhere)) {
            assertEquals(0, listed.count());
        }
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere)));
    }

    private static void unavailable(HttpExchange exchange) {
        try (exchange) {
            exchange.sendResponseHeaders(503, -1);
        } catch (IOException e) {
            // the client hung up
        }
    }

    private static void assertStarts(String expected, String actual) {
        assertTrue(actual.startsWith(expected), actual);
    }

    private TrustedRootSource source(URI mirror, Instant now) {
        return source(mirror, now, true);
    }

    private TrustedRootSource source(URI mirror, Instant now, boolean publicGood) {
        return new TrustedRootSource(mirror, initialRoot(), cacheDir(), () -> http, Duration.ofSeconds(5),
                Clock.fixed(now, ZoneOffset.UTC), TrustedRootSource.DEFAULT_VALIDITY, "test.txt", publicGood);
    }

    private Path cacheDir() {
        return configDir.resolve("sigstore-tuf").resolve("127.0.0.1");
    }

    private static RootProvider initialRoot() {
        return () -> TufMirrorFixture.resource("trusted-root.json");
    }

    private URI serve(String repository) throws IOException {
        fixture = TufMirrorFixture.serving(repository);
        return fixture.uri();
    }

    private URI serveWith(Consumer<HttpExchange> handler) throws IOException {
        fixture = TufMirrorFixture.answering(handler);
        return fixture.uri();
    }
}
