package io.intelgraph.maestro.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.config.LockedFile;
import io.intelgraph.maestro.model.policy.PolicyVerdict;
import io.intelgraph.maestro.model.repo.RepoId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Policy verdicts kept between runs: a commit's verdict under one set of policies, data and chart does not change, so a
 * branch whose head has not moved is not checked again (on GitHub each check costs a tree and a few contents
 * requests). The set is named by a digest of the content of every file of the policy directory, the data and the
 * chart (not of their paths: the same policies named another way are the same set); each verdict is kept under its
 * set, so going back to an earlier set finds its verdicts again. A verdict that could not check everything (errors) is
 * never kept, so the next run tries again; an entry that is not whole and sound — a count missing, negative or not a
 * number, errors, a time after tomorrow — is not taken, so its commit is checked again (never a pass). The file is a
 * cache ({@link LockedFile#cache}): one that cannot be read as one is made again. Writes merge with what another
 * process wrote meanwhile.
 */
public final class VerdictCache {

    /** The newest verdicts kept; an organisation's branches many times over. */
    static final int MAX_VERDICTS = 5_000;
    /** Five thousand verdicts take ~1 MB; a file far larger is not this cache's. */
    private static final long MAX_BYTES = 16L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private final LockedFile file;
    private final String policySet;
    private final Clock clock;

    /** @param policySet the {@linkplain #digest(List) digest} of the policies, data and chart the verdicts are made under */
    public VerdictCache(Path file, String policySet) {
        this(file, policySet, Clock.systemUTC());
    }

    VerdictCache(Path file, String policySet, Clock clock) {
        this.file = LockedFile.cache(file, MAX_BYTES);
        this.policySet = policySet;
        this.clock = clock;
    }

    /** Where the verdicts are kept. */
    public Path path() {
        return file.path();
    }

    /** {@code configDir/cache/policy-verdicts.json}. */
    public static VerdictCache in(Path configDir, String policySet) throws IOException {
        Files.createDirectories(configDir.resolve("cache"));
        return new VerdictCache(configDir.resolve("cache").resolve("policy-verdicts.json"), policySet);
    }

    /** The verdicts kept under this policy set, by {@link PolicyVerdict#key()}; empty when none or unreadable. */
    public Map<String, PolicyVerdict> load() {
        try {
            Map<String, PolicyVerdict> mine = new LinkedHashMap<>();
            file.read().map(this::entries).orElseGet(List::of).stream().filter(e -> e.policySet().equals(policySet))
                    .forEach(e -> mine.put(e.verdict().key(), e.verdict()));
            return mine;
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** Adds {@code verdicts} (those without errors) to what is kept now, keeping the newest {@value #MAX_VERDICTS}. */
    public void keep(Collection<PolicyVerdict> verdicts) throws IOException {
        List<PolicyVerdict> complete = verdicts.stream().filter(v -> v.errors() == 0).toList();
        if (complete.isEmpty()) {
            return;
        }
        file.update(current -> {
            Map<String, Entry> all = new LinkedHashMap<>();
            current.map(this::entries).orElseGet(List::of).forEach(e -> all.put(e.id(), e));
            complete.forEach(v -> {
                Entry entry = new Entry(policySet, v);
                all.put(entry.id(), entry);
            });
            ObjectNode root = JSON.createObjectNode();
            ArrayNode list = root.putArray("verdicts");
            all.values().stream().sorted(Comparator.comparing((Entry e) -> e.verdict().checkedAt()).reversed())
                    .limit(MAX_VERDICTS)
                    .forEach(e -> list.addObject().put("policySet", e.policySet()).put("repo", e.verdict().repo().fullName())
                            .put("sha", e.verdict().sha()).put("denies", e.verdict().denies())
                            .put("warnings", e.verdict().warnings()).put("errors", e.verdict().errors())
                            .put("checkedAt", e.verdict().checkedAt().toString()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        });
    }

    /** A verdict and the policy set it was made under. */
    private record Entry(String policySet, PolicyVerdict verdict) {
        String id() {
            return policySet + " " + verdict.key();
        }
    }

    /** The file's sound entries; a file that is not the cache's shape holds none. */
    private List<Entry> entries(String text) {
        List<Entry> found = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            return found; // damaged: checked afresh, and rewritten whole by the next keep
        }
        Instant latest = clock.instant().plus(Duration.ofDays(1));
        for (JsonNode v : root.path("verdicts")) {
            sound(v, latest).ifPresent(found::add);
        }
        return found;
    }

    /**
     * An entry as this cache writes it: a policy set, a repository and a full commit SHA, two counts that are whole
     * numbers from zero, no errors, and a time no later than tomorrow (a clock once ahead would otherwise keep its
     * entries the newest, and evict every run's own).
     */
    private static Optional<Entry> sound(JsonNode v, Instant latest) {
        JsonNode denies = v.path("denies");
        JsonNode warnings = v.path("warnings");
        JsonNode errors = v.path("errors");
        if (!v.path("policySet").isTextual() || !COMMIT.matcher(v.path("sha").asText()).matches() || !isCount(denies)
                || !isCount(warnings) || !isCount(errors) || errors.asLong() != 0) {
            return Optional.empty();
        }
        try {
            Instant checkedAt = Instant.parse(v.path("checkedAt").asText());
            if (checkedAt.isAfter(latest)) {
                return Optional.empty();
            }
            return Optional.of(new Entry(v.path("policySet").asText(), new PolicyVerdict(
                    RepoId.parse(v.path("repo").asText()), v.path("sha").asText(), denies.asLong(), warnings.asLong(), 0,
                    checkedAt)));
        } catch (RuntimeException e) {
            return Optional.empty(); // a time or a repository that does not parse
        }
    }

    private static boolean isCount(JsonNode n) {
        return n.isIntegralNumber() && n.canConvertToLong() && n.asLong() >= 0;
    }

    /**
     * A digest of every regular file under {@code roots} (a root may be a file), by path relative to its root and
     * content, in a stable order; a root that does not exist counts as such.
     */
    public static String digest(List<Path> roots) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        for (Path root : roots) {
            // Each root by its place in the list, not its path: ./policy, policy and a copy elsewhere are one set.
            sha256.update("root\0".getBytes(StandardCharsets.UTF_8));
            if (!Files.exists(root)) {
                sha256.update("missing\0".getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    sha256.update((root.relativize(f) + "\0").getBytes(StandardCharsets.UTF_8));
                    sha256.update(Files.readAllBytes(f));
                    sha256.update((byte) 0);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }
}
