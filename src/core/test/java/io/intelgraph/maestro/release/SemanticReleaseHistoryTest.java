package io.intelgraph.maestro.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.zafarkhaja.semver.Version;
import io.intelgraph.maestro.model.repo.GitCommit;
import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real history: the commits semantic-release itself released as v24.2.0, v25.0.0 and v25.0.1
 * (resources release/semantic-release-history.json, see SOURCE.md there). The planner, given the
 * previous tag and the commits, must reach the version semantic-release published.
 */
class SemanticReleaseHistoryTest {

    record Range(String previousTag, String releasedTag, List<ReleaseCommit> commits) {
    }

    static List<Range> ranges() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Fixtures.bytes("release/semantic-release-history.json"));
        List<Range> out = new ArrayList<>();
        for (JsonNode range : root) {
            List<ReleaseCommit> commits = new ArrayList<>();
            for (JsonNode c : range.get("commits")) {
                commits.add(ReleaseCommit.of(new GitCommit(c.get("sha").asText(), c.get("message").asText(), "",
                        c.get("author").asText(), OffsetDateTime.parse(c.get("date").asText()).toInstant(), "https://github.com/semantic-release/semantic-release/commit/"
                        + c.get("sha").asText())));
            }
            Collections.reverse(commits); // git log is newest first; the compare API lists oldest first
            out.add(new Range(range.get("previousTag").asText(), range.get("releasedTag").asText(), commits));
        }
        return out;
    }

    private static String nextTag(Range range) {
        TagVersion previous = TagVersion.parse(range.previousTag()).orElseThrow();
        Changelog changelog = Changelog.of(range.commits());
        return NextVersion.of(Optional.of(previous.version()), changelog.bump(), Optional.empty(), List.of())
                .map(previous::tagFor).orElse("none");
    }

    @Test
    void theVersionsSemanticReleasePublished() throws IOException {
        List<Range> ranges = ranges();
        assertEquals(3, ranges.size());
        for (Range range : ranges) {
            assertEquals(range.releasedTag(), nextTag(range), range.previousTag() + ".." + range.releasedTag());
        }
        assertEquals(72, ranges.stream().mapToInt(r -> r.commits().size()).sum(), "a few dozen real messages");
    }

    @Test
    void aMajorReleaseFromBreakingChangeFooters() throws IOException {
        Range major = ranges().get(1);
        Changelog changelog = Changelog.of(major.commits());
        assertEquals(Bump.MAJOR, changelog.bump());
        List<String> breaking = changelog.section(ChangelogSection.BREAKING).stream()
                .map(c -> c.commit().shortSha()).toList();
        assertEquals(List.of("56d16f4", "116a188"), breaking);
        assertEquals("a minimum of node v22.14 is now required",
                changelog.section(ChangelogSection.BREAKING).get(0).message().breakingNote());
        // Merges are listed, not dropped.
        List<String> unconventional = changelog.section(ChangelogSection.UNCONVENTIONAL).stream()
                .map(c -> c.message().header()).toList();
        assertTrue(unconventional.contains("Merge pull request #3902 from semantic-release/beta"), unconventional.toString());
        assertEquals(6, unconventional.size(), unconventional.toString());
        int listed = changelog.sections().values().stream().mapToInt(List::size).sum()
                - changelog.section(ChangelogSection.BREAKING).size();
        assertEquals(major.commits().size(), listed, "every commit appears once outside Breaking");
        // Renovate's PR numbers become links.
        ReleaseCommit ci = major.commits().stream().filter(c -> c.commit().sha().startsWith("ae7484d3")).findFirst().orElseThrow();
        assertEquals(Optional.of(3904), ci.pullRequest());
        assertEquals(Optional.of("https://github.com/semantic-release/semantic-release/pull/3904"), ci.pullRequestUrl());
    }

    @Test
    void aRevertAndWhatItRevertsCancelOut() throws IOException {
        Range patch = ranges().get(2);
        Changelog changelog = Changelog.of(patch.commits());
        List<String> reverted = changelog.section(ChangelogSection.REVERTED).stream()
                .map(c -> c.commit().shortSha()).toList();
        assertEquals(List.of("c60a6c2", "96b7a02"), reverted);
        assertTrue(changelog.section(ChangelogSection.REVERTS).isEmpty(), "the pair is left out of the groups");
        assertEquals(Bump.PATCH, changelog.bump());
        assertFalse(changelog.section(ChangelogSection.FIXES).isEmpty());
    }

    @Test
    void theNotesReadAsAChangelog() throws IOException {
        Range minor = ranges().get(0);
        Changelog changelog = Changelog.of(minor.commits());
        assertEquals(Bump.MINOR, changelog.bump());
        String notes = ChangelogText.markdown("v24.2.0", changelog);
        assertTrue(notes.startsWith("## v24.2.0\n\n### Features\n\n- clarify branch existence requirement in error messages"
                + " ([#3462](https://github.com/semantic-release/semantic-release/pull/3462)) (05a2ea9) — Luca Becker\n"), notes);
        assertTrue(notes.contains("### Other changes\n\n- **action:** update github/codeql-action action to v3.26.13"), notes);
        assertTrue(notes.contains("\n- **plugins:** community plugin `semantic-release-kaniko`"), notes);
        assertFalse(notes.contains("(#3462) ([#3462]"), "the PR number is not said twice");
        assertEquals(Version.parse("24.2.0"), NextVersion.of(Optional.of(Version.parse("24.1.3")), changelog.bump(),
                Optional.empty(), List.of()).orElseThrow());
    }
}
