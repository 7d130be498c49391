package io.intelgraph.maestro.release;

import io.intelgraph.maestro.github.GitHubClient;
import io.intelgraph.maestro.github.GitHubException;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.Comparison;
import io.intelgraph.maestro.model.repo.Release;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.model.repo.Tag;
import io.intelgraph.maestro.slo.BuildKind;
import io.intelgraph.maestro.slo.ColdWarmRule;
import io.intelgraph.maestro.testing.Runs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client's release calls on api.github.com's recorded answers (hub4j/github-api's recordings, MIT). */
class RecordedReleaseResponsesTest {

    private static final RepoId HUB4J = RepoId.parse("hub4j-test-org/github-api");

    private final RecordedGitHub github = new RecordedGitHub();
    private final GitHubClient client = github.client();

    @AfterEach
    void close() {
        github.close();
    }

    @Test
    void aComparisonReadAcrossItsPagesOldestFirst() throws Exception {
        Comparison c = client.compare(HUB4J, "e46a9f3f2ac55db96de3c5c4706f2813b3a96465", "8051615eff597f4e49f4f47625e6fc2b49f26bfc", 10);
        assertEquals("ahead", c.status());
        assertEquals(9, c.totalCommits());
        assertEquals(9, c.commits().size(), "5 on the first page, 4 on the one its Link names");
        assertFalse(c.truncated());
        assertEquals("499d91f9", c.commits().get(0).sha().substring(0, 8));
        assertEquals("sullis", c.commits().get(0).authorLogin());
        assertEquals("jackson-databind 2.9.9.3", c.commits().get(0).message().lines().findFirst().orElseThrow());
        assertEquals(Instant.parse("2019-08-15T19:23:42Z"), c.commits().get(0).authoredAt(), "git's author date");
        assertEquals("8051615e", c.commits().get(8).sha().substring(0, 8));
        assertTrue(c.files().contains("pom.xml"), c.files().toString());
        assertTrue(github.requests().get(1).startsWith("GET /repositories/206888201/compare/"), github.requests().toString());
    }

    @Test
    void theRecordedCommitsFollowNoConventionSoNothingIsReleasedAndAllAreListed() throws Exception {
        Comparison c = client.compare(HUB4J, "e46a9f3f2ac55db96de3c5c4706f2813b3a96465", "8051615eff597f4e49f4f47625e6fc2b49f26bfc", 10);
        Changelog changelog = Changelog.of(c.commits().stream().map(ReleaseCommit::of).toList());
        assertEquals(Bump.NONE, changelog.bump());
        assertEquals(9, changelog.section(ChangelogSection.UNCONVENTIONAL).size());
        assertEquals(Optional.of(333), changelog.section(ChangelogSection.UNCONVENTIONAL).get(8).pullRequest(),
                "\"squashMerge (#333)\" names its PR");
    }

    @Test
    void aChangedPomMakesTheNextBuildCold() throws Exception {
        WorkflowRun before = Runs.run(1, HUB4J.fullName(), "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 0);
        WorkflowRun after = Runs.run(2, HUB4J.fullName(), "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 30);
        ColdWarmRule.Verdict verdict = ColdWarmRule.classify(after, Optional.of(before),
                (base, head) -> {
                    try {
                        return Optional.of(client.compare(HUB4J, base, head, 1).files());
                    } catch (GitHubException e) {
                        return Optional.empty();
                    }
                });
        assertEquals(BuildKind.COLD, verdict.kind());
        assertEquals("pom.xml changed since run #1", verdict.reason());
    }

    @Test
    void tagsAndTheLatestRelease() throws Exception {
        List<Tag> tags = client.listTags(HUB4J, 300).items();
        assertEquals(33, tags.size());
        assertEquals(new Tag("github-api-1.95", "c1bab63ebdd9c93e49a5879331234de488e91590"), tags.get(0));
        Release latest = client.latestRelease(RepoId.parse("kamontat/CheckIDNumber")).orElseThrow();
        assertEquals("v3.0", latest.tagName());
        assertEquals("kamontat", latest.author());
        assertFalse(latest.draft());
        assertEquals(Optional.empty(), client.latestRelease(HUB4J), "404: no release yet");
    }

    @Test
    void anAnswerThatIsNotADraftIsReportedNotTakenForOne() {
        // hub4j recorded the creation of a published release: a client that asked for a draft must say so.
        GitHubException e = assertThrows(GitHubException.class, () -> client.createDraftRelease(RepoId.parse(
                "hub4j-test-org/testCreateRelease"), new GitHubClient.DraftRelease("v1.0.0", "main", "v1.0.0", "notes", false)));
        assertTrue(e.getMessage().contains("with a published release (testCreateSimpleRelease"), e.getMessage());
        assertTrue(github.requests().contains("POST /repos/hub4j-test-org/testCreateRelease/releases"), github.requests().toString());
    }
}
