package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verdicts kept between runs, under the policy set they were made with. */
class VerdictCacheTest {

    private static final RepoId REPO = RepoId.parse("octo-org/api");
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private static PolicyVerdict verdict(String sha, long denies, int errors, Instant at) {
        return new PolicyVerdict(REPO, sha, denies, 1, errors, at);
    }

    @Test
    void aVerdictKeptIsFoundByTheNextRunUnderTheSamePolicies() throws Exception {
        PolicyVerdict denied = verdict(SHA, 2, 0, Instant.parse("2026-12-05T10:00:00Z"));
        VerdictCache.in(dir, "sha256:aaa").keep(List.of(denied));

        assertEquals(Map.of(denied.key(), denied), VerdictCache.in(dir, "sha256:aaa").load());
        assertEquals(Map.of(), VerdictCache.in(dir, "sha256:bbb").load(), "made under other policies: not used");
    }

    @Test
    void aVerdictThatCouldNotCheckEverythingIsNotKept() throws Exception {
        VerdictCache cache = VerdictCache.in(dir, "sha256:aaa");
        cache.keep(List.of(verdict(SHA, 0, 1, Instant.parse("2026-12-05T10:00:00Z"))));

        assertEquals(Map.of(), cache.load());
    }

    @Test
    void aDamagedFileHoldsNothingAndTheNextKeepRewritesIt() throws Exception {
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache/policy-verdicts.json"), "{\"policySet\": \"sha256:aaa\", \"verdicts\": [{\"repo\": ");
        VerdictCache cache = VerdictCache.in(dir, "sha256:aaa");
        assertEquals(Map.of(), cache.load());

        PolicyVerdict kept = verdict(SHA, 0, 0, Instant.parse("2026-12-05T10:00:00Z"));
        cache.keep(List.of(kept));
        assertEquals(Map.of(kept.key(), kept), cache.load());
    }

    @Test
    void onlyTheNewestAreKept() throws Exception {
        VerdictCache cache = VerdictCache.in(dir, "sha256:aaa");
        Instant start = Instant.parse("2026-12-05T10:00:00Z");
        cache.keep(IntStream.range(0, VerdictCache.MAX_VERDICTS + 10)
                .mapToObj(i -> verdict(String.format("%040x", i), 0, 0, start.plusSeconds(i))).toList());

        Map<String, PolicyVerdict> kept = cache.load();
        assertEquals(VerdictCache.MAX_VERDICTS, kept.size());
        assertTrue(kept.values().stream().allMatch(v -> !v.checkedAt().isBefore(start.plusSeconds(10))), "the oldest go");
    }

    @Test
    void twoRunsKeepingAtOnceLoseNothing() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writes = IntStream.range(0, 2).<Future<?>>mapToObj(w -> two.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    VerdictCache.in(dir, "sha256:aaa").keep(List.of(verdict(String.format("%039x%d", i, w), 0, 0,
                            Instant.parse("2026-12-05T10:00:00Z"))));
                }
                return null;
            })).toList();
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            two.shutdownNow();
        }
        assertEquals(40, VerdictCache.in(dir, "sha256:aaa").load().size());
    }

    /**
     * Entries edited by hand or written by something else: any that is not whole and sound is not taken, so its
     * commit is checked again — a count missing, null, text or negative, errors, a short SHA, a time after tomorrow.
     */
    @Test
    void anEntryThatIsNotWholeAndSoundIsNotTakenSoItsCommitIsCheckedAgain() throws Exception {
        Files.createDirectories(dir.resolve("cache"));
        String good = entry(SHA, "\"denies\": 7", "\"errors\": 0", "2026-12-05T10:00:00Z");
        List<String> bad = List.of(
                entry(sha(1), "\"warnings2\": 0", "\"errors\": 0", "2026-12-05T10:00:00Z"),
                entry(sha(2), "\"denies\": null", "\"errors\": 0", "2026-12-05T10:00:00Z"),
                entry(sha(3), "\"denies\": \"lots\"", "\"errors\": 0", "2026-12-05T10:00:00Z"),
                entry(sha(4), "\"denies\": -5", "\"errors\": 0", "2026-12-05T10:00:00Z"),
                entry(sha(5), "\"denies\": 1.5", "\"errors\": 0", "2026-12-05T10:00:00Z"),
                entry(sha(6), "\"denies\": 7", "\"errors\": 2", "2026-12-05T10:00:00Z"),
                entry("0123456", "\"denies\": 7", "\"errors\": 0", "2026-12-05T10:00:00Z"),
                entry(sha(8), "\"denies\": 7", "\"errors\": 0", "2030-01-01T00:00:00Z"),
                entry(sha(9), "\"denies\": 7", "\"errors\": 0", "yesterday"));
        Files.writeString(dir.resolve("cache/policy-verdicts.json"),
                "{\"verdicts\": [" + good + ", " + String.join(", ", bad) + "]}");

        Map<String, PolicyVerdict> kept = VerdictCache.in(dir, "sha256:aaa").load();

        assertEquals(List.of(PolicyVerdict.key(REPO, SHA)), List.copyOf(kept.keySet()));
        assertEquals(7, kept.get(PolicyVerdict.key(REPO, SHA)).denies());
    }

    /** A clock that was once ahead wrote entries dated 2030: they are not the newest, so a run's own are kept. */
    @Test
    void entriesFromAClockOnceAheadDoNotEvictARunsOwn() throws Exception {
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache/policy-verdicts.json"), "{\"verdicts\": [" + String.join(", ",
                IntStream.range(0, VerdictCache.MAX_VERDICTS).mapToObj(i -> entry(sha(100 + i), "\"denies\": 0",
                        "\"errors\": 0", "2030-01-01T00:00:00Z")).toList()) + "]}");
        PolicyVerdict mine = verdict(SHA, 0, 0, Instant.parse("2026-12-05T10:00:00Z"));

        VerdictCache.in(dir, "sha256:aaa").keep(List.of(mine));

        assertEquals(Map.of(mine.key(), mine), VerdictCache.in(dir, "sha256:aaa").load());
    }

    /** Switching between two sets of policies (or charts) and back finds the first set's verdicts again. */
    @Test
    void theVerdictsOfAnEarlierPolicySetAreFoundWhenItComesBack() throws Exception {
        PolicyVerdict underA = verdict(SHA, 2, 0, Instant.parse("2026-12-05T10:00:00Z"));
        PolicyVerdict underB = verdict(SHA, 0, 0, Instant.parse("2026-12-05T11:00:00Z"));
        VerdictCache.in(dir, "sha256:aaa").keep(List.of(underA));
        VerdictCache.in(dir, "sha256:bbb").keep(List.of(underB));

        assertEquals(Map.of(underA.key(), underA), VerdictCache.in(dir, "sha256:aaa").load());
        assertEquals(Map.of(underB.key(), underB), VerdictCache.in(dir, "sha256:bbb").load());
    }

    /** Bytes that are not UTF-8, or a file far too large: the cache is made again, and the run goes on. */
    @Test
    void aFileThatIsNotTheCachesIsMadeAgain() throws Exception {
        Files.createDirectories(dir.resolve("cache"));
        Path file = dir.resolve("cache/policy-verdicts.json");
        PolicyVerdict kept = verdict(SHA, 0, 0, Instant.parse("2026-12-05T10:00:00Z"));
        for (byte[] damaged : List.of(new byte[] {'{', (byte) 0xff, '}'}, new byte[17 << 20])) {
            Files.write(file, damaged);
            VerdictCache cache = VerdictCache.in(dir, "sha256:aaa");
            assertEquals(Map.of(), cache.load());

            cache.keep(List.of(kept));

            assertEquals(Map.of(kept.key(), kept), cache.load());
        }
    }

    @Test
    void theDigestIsOfWhatTheFilesHoldNotOfHowTheirPathIsWritten() throws Exception {
        Path policies = Files.createDirectories(dir.resolve("policy"));
        Files.writeString(policies.resolve("deny.rego"), "package main\n");
        Path copy = Files.createDirectories(dir.resolve("elsewhere/policy"));
        Files.writeString(copy.resolve("deny.rego"), "package main\n");

        String digest = VerdictCache.digest(List.of(policies));
        assertEquals(digest, VerdictCache.digest(List.of(dir.resolve("./policy"))));
        assertEquals(digest, VerdictCache.digest(List.of(dir.resolve("elsewhere/../policy"))));
        assertEquals(digest, VerdictCache.digest(List.of(copy)), "the same policies elsewhere are the same set");
    }

    private static String sha(int i) {
        return String.format("%040x", i);
    }

    private static String entry(String sha, String denies, String errors, String at) {
        return "{\"policySet\": \"sha256:aaa\", \"repo\": \"octo-org/api\", \"sha\": \"" + sha + "\", " + denies
                + ", \"warnings\": 1, " + errors + ", \"checkedAt\": \"" + at + "\"}";
    }

    @Test
    void theDigestFollowsEveryFileOfThePolicySet() throws Exception {
        Path policies = Files.createDirectories(dir.resolve("policy"));
        Files.writeString(policies.resolve("deny.rego"), "package main\n");
        Path data = Files.writeString(dir.resolve("data.yaml"), "allowed: [a]\n");
        String before = VerdictCache.digest(List.of(policies, data));

        assertEquals(before, VerdictCache.digest(List.of(policies, data)), "stable");
        Files.writeString(policies.resolve("deny.rego"), "package main\n\ndeny contains \"x\"\n");
        String edited = VerdictCache.digest(List.of(policies, data));
        assertNotEquals(before, edited);
        Files.writeString(data, "allowed: [a, b]\n");
        assertNotEquals(edited, VerdictCache.digest(List.of(policies, data)));
        assertNotEquals(VerdictCache.digest(List.of(policies)), VerdictCache.digest(List.of(policies, dir.resolve("none"))),
                "a root that is not there counts");
    }
}
