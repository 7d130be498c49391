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
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Policy verdicts kept between runs: a commit's verdict under one set of policies, data and chart does not change, so a
 * branch whose head has not moved is not checked again (on GitHub each check costs a tree and a few contents
 * requests). The set is named by a digest of every file of the policy directory, the data and the chart; verdicts made
 * under another set are dropped. A verdict that could not check everything (errors) is never kept, so the next run
 * tries again. Writes merge with what another process wrote meanwhile ({@link LockedFile}).
 */
public final class VerdictCache {

    /** The newest verdicts kept; an organisation's branches many times over. */
    static final int MAX_VERDICTS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LockedFile file;
    private final String policySet;

    /** @param policySet the {@linkplain #digest(List) digest} of the policies, data and chart the verdicts are made under */
    public VerdictCache(Path file, String policySet) {
        this.file = new LockedFile(file);
        this.policySet = policySet;
    }

    /** {@code configDir/cache/policy-verdicts.json}. */
    public static VerdictCache in(Path configDir, String policySet) throws IOException {
        Files.createDirectories(configDir.resolve("cache"));
        return new VerdictCache(configDir.resolve("cache").resolve("policy-verdicts.json"), policySet);
    }

    /** The verdicts kept under this policy set, by {@link PolicyVerdict#key()}; empty when none or unreadable. */
    public Map<String, PolicyVerdict> load() {
        try {
            return file.read().map(this::verdicts).orElseGet(Map::of);
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
            Map<String, PolicyVerdict> all = new LinkedHashMap<>(current.map(this::verdicts).orElseGet(Map::of));
            complete.forEach(v -> all.put(v.key(), v));
            ObjectNode root = JSON.createObjectNode().put("policySet", policySet);
            ArrayNode list = root.putArray("verdicts");
            all.values().stream().sorted(Comparator.comparing(PolicyVerdict::checkedAt).reversed()).limit(MAX_VERDICTS)
                    .forEach(v -> list.addObject().put("repo", v.repo().fullName()).put("sha", v.sha())
                            .put("denies", v.denies()).put("warnings", v.warnings()).put("errors", v.errors())
                            .put("checkedAt", v.checkedAt().toString()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        });
    }

    /** The file's verdicts when it was written under this policy set; a file that is not the cache's shape holds none. */
    private Map<String, PolicyVerdict> verdicts(String text) {
        Map<String, PolicyVerdict> found = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(text);
            if (!policySet.equals(root.path("policySet").asText())) {
                return found;
            }
            for (JsonNode v : root.path("verdicts")) {
                PolicyVerdict verdict = new PolicyVerdict(RepoId.parse(v.path("repo").asText()), v.path("sha").asText(),
                        v.path("denies").asLong(), v.path("warnings").asLong(), v.path("errors").asInt(),
                        Instant.parse(v.path("checkedAt").asText()));
                found.put(verdict.key(), verdict);
            }
        } catch (IOException | RuntimeException e) {
            found.clear(); // damaged: checked afresh, and rewritten whole by the next keep
        }
        return found;
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
            sha256.update((root.toString() + "\0").getBytes(StandardCharsets.UTF_8));
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
