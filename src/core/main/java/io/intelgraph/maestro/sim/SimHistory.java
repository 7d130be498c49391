package io.intelgraph.maestro.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated repositories' release history, older than their runs: twelve commits on main with
 * tags on some of them, then the pushes SimWorld makes. Repositories differ by their index: some
 * are before 1.0, one never released, one has beta pre-releases past its last release, one a
 * breaking change since it, one a commit and its revert, and every one some commits that do not
 * follow the convention. Deterministic by repository, whatever the seed.
 */
final class SimHistory {

    static final int COMMITS = 12;
    private static final Duration SPACING = Duration.ofHours(9);

    /** A commit of main: message, author, files changed. */
    record Commit(String sha, String message, String author, Instant at, List<String> files) {
    }

    private SimHistory() {
    }

    /** Tags of the repository, newest first (as GitHub lists them by name): tag → commit index. */
    static Map<String, Integer> tags(SimWorld.SimRepo repo) {
        Map<String, Integer> tags = new LinkedHashMap<>();
        switch (repo.index() % 6) {
            case 0 -> { tags.put("v1.4.1", 5); tags.put("v1.4.0", 3); tags.put("v1.3.0", 1); }
            case 1 -> { tags.put("v0.9.3", 5); tags.put("v0.9.0", 3); tags.put("v0.8.0", 1); }
            case 2 -> { } // never released
            case 3 -> { tags.put("v3.0.0-beta.2", 9); tags.put("v3.0.0-beta.1", 7); tags.put("v2.1.0", 5); tags.put("v2.0.0", 2); }
            case 4 -> { tags.put("v4.3.0", 5); tags.put("v4.2.0", 2); }
            default -> { tags.put("v1.1.0", 5); tags.put("v1.0.1", 3); tags.put("v1.0.0", 1); tags.put("nightly", 11); }
        }
        return tags;
    }

    /** The latest published release's tag: the highest tag that is a version and no pre-release. */
    static Optional<String> latestRelease(SimWorld.SimRepo repo) {
        return tags(repo).keySet().stream().filter(t -> t.matches("v\\d+\\.\\d+\\.\\d+")).findFirst();
    }

    static List<Commit> commits(SimWorld.SimRepo repo, Instant worldOrigin) {
        Instant start = worldOrigin.minus(SimWorld.HISTORY).minus(SPACING.multipliedBy(COMMITS));
        List<Commit> out = new ArrayList<>();
        for (int i = 0; i < COMMITS; i++) {
            String message = message(repo, i, out);
            String author = SimCatalog.PEOPLE.get((repo.index() * 7 + i * 3) % SimCatalog.PEOPLE.size());
            out.add(new Commit(sha(repo.fullName() + "#" + i), message, author, start.plus(SPACING.multipliedBy(i)),
                    message.contains("(deps)") ? List.of("pom.xml") : List.of("src/main/java/App.java")));
        }
        return out;
    }

    private static String message(SimWorld.SimRepo repo, int i, List<Commit> before) {
        int r = repo.index();
        int pr = 180 + r % 9 * 7 + i;
        String topic = SimCatalog.TOPICS.get((r + i) % SimCatalog.TOPICS.size()).replace('-', ' ');
        if (i == 7 && r % 6 == 4) {
            return "feat(api)!: remove the v1 search endpoint (#" + pr + ")\n\nClients must call /v2/search.";
        }
        if (i == 8 && r % 6 == 0) {
            return "feat: stream large exports (#" + pr + ")";
        }
        if (i == 9 && r % 6 == 0) {
            return "Revert \"feat: stream large exports (#" + (pr - 1) + ")\"\n\nThis reverts commit " + before.get(8).sha() + ".";
        }
        if (i == 10 && r % 6 == 1) {
            return "fix(auth): reject tokens without an audience (#" + pr + ")\n\n"
                    + "BREAKING CHANGE: tokens minted before 0.9 lack the aud claim and are refused.";
        }
        return switch ((r + i) % 8) {
            case 0 -> "feat: " + topic + " (#" + pr + ")";
            case 1 -> "fix: " + topic + " (#" + pr + ")";
            case 2 -> "Merge pull request #" + pr + " from " + SimCatalog.ORG + "/" + topic.replace(' ', '-');
            case 3 -> "chore(deps): bump slf4j-api from 2.0.13 to 2.0.16 (#" + pr + ")";
            case 4 -> "perf: cache " + topic + " lookups (#" + pr + ")";
            case 5 -> "docs: explain " + topic;
            case 6 -> "Update README.md";
            default -> "refactor: split " + topic + " into smaller steps";
        };
    }

    static String sha(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
