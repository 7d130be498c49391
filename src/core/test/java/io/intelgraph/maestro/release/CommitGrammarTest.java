package io.intelgraph.maestro.release;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grammar against Conventional Commits 1.0.0 (conventionalcommits.org/en/v1.0.0, CC BY 3.0):
 * each test quotes the rule or the example of the specification it holds the parser to.
 */
class CommitGrammarTest {

    @Test
    void typeScopeAndDescription() {
        // "Commits MUST be prefixed with a type, which consists of a noun, feat, fix, etc., followed by the
        //  OPTIONAL scope, OPTIONAL !, and REQUIRED terminal colon and space."
        // Example: "feat(lang): add Polish language"
        CommitMessage m = CommitGrammar.read("feat(lang): add Polish language");
        assertTrue(m.conventional());
        assertEquals("feat", m.type());
        assertEquals("lang", m.scope());
        assertEquals("add Polish language", m.description());
        assertFalse(m.breaking());
        assertEquals(Bump.MINOR, Bump.of(m));
        // Example: "docs: correct spelling of CHANGELOG"
        CommitMessage docs = CommitGrammar.read("docs: correct spelling of CHANGELOG");
        assertEquals("", docs.scope());
        assertEquals(Bump.NONE, Bump.of(docs));
    }

    @Test
    void bangMarksABreakingChangeAndTheDescriptionSaysWhat() {
        // "If included in the type/scope prefix, breaking changes MUST be indicated by a ! immediately before the :.
        //  If ! is used, BREAKING CHANGE: MAY be omitted from the footer section, and the commit description SHALL be
        //  used to describe the breaking change."
        // Example: "feat!: send an email to the customer when a product is shipped"
        CommitMessage m = CommitGrammar.read("feat!: send an email to the customer when a product is shipped");
        assertTrue(m.bang());
        assertTrue(m.breaking());
        assertEquals("send an email to the customer when a product is shipped", m.breakingNote());
        assertEquals(Bump.MAJOR, Bump.of(m));
        // Example: "feat(api)!: send an email to the customer when a product is shipped"
        CommitMessage scoped = CommitGrammar.read("feat(api)!: send an email to the customer when a product is shipped");
        assertEquals("api", scoped.scope());
        assertTrue(scoped.breaking());
        // "chore!: drop support for Node 6" with a footer too: "BREAKING CHANGE: use JavaScript features not available in Node 6."
        CommitMessage both = CommitGrammar.read("chore!: drop support for Node 6\n\n"
                + "BREAKING CHANGE: use JavaScript features not available in Node 6.");
        assertEquals(Bump.MAJOR, Bump.of(both), "a chore is no release, unless it breaks something");
        assertEquals("use JavaScript features not available in Node 6.", both.breakingNote());
    }

    @Test
    void breakingChangeFooterAndItsSynonym() {
        // Example: "feat: allow provided config object to extend other configs
        //           BREAKING CHANGE: `extends` key in config file is now used for extending other config files"
        CommitMessage m = CommitGrammar.read("feat: allow provided config object to extend other configs\n\n"
                + "BREAKING CHANGE: `extends` key in config file is now used for extending other config files");
        assertTrue(m.breaking());
        assertFalse(m.bang());
        assertEquals("`extends` key in config file is now used for extending other config files", m.breakingNote());
        assertEquals("", m.body(), "a body that starts with a footer is all footer");
        // "BREAKING-CHANGE MUST be synonymous with BREAKING CHANGE, when used as a token in a footer."
        assertTrue(CommitGrammar.read("fix: x\n\nBREAKING-CHANGE: y").breaking());
        // "... with the exception of BREAKING CHANGE which MUST be uppercase."
        CommitMessage lower = CommitGrammar.read("fix: x\n\nbreaking change: y");
        assertFalse(lower.breaking(), "lowercase is not the breaking-change token");
        assertEquals(Bump.PATCH, Bump.of(lower));
    }

    @Test
    void footersRunUntilTheNextTokenAndTakeBothSeparators() {
        // Example with multi-paragraph body and multiple footers:
        String message = """
                fix: prevent racing of requests

                Introduce a request id and a reference to latest request. Dismiss
                incoming responses other than from latest request.

                Remove timeouts which were used to mitigate the racing issue but are
                obsolete now.

                Reviewed-by: Z
                Refs: #123""";
        CommitMessage m = CommitGrammar.read(message);
        assertTrue(m.conventional());
        assertEquals(List.of(new Footer("Reviewed-by", "Z"), new Footer("Refs", "123")), m.footers().stream()
                .map(f -> new Footer(f.token(), f.value().replace("#", ""))).toList());
        assertTrue(m.body().startsWith("Introduce a request id"));
        assertTrue(m.body().endsWith("obsolete now."));
        // "A footer's value MAY contain spaces and newlines, and parsing MUST terminate when the next valid footer
        //  token/separator pair is observed."
        CommitMessage multi = CommitGrammar.read("feat: a\n\nBREAKING CHANGE: first line\nsecond line\nFixes #12");
        assertEquals("first line\nsecond line", multi.breakingNote());
        assertEquals(new Footer("Fixes", "#12"), multi.footers().get(1));
    }

    @Test
    void typesAreCaseInsensitive() {
        // "The units of information that make up Conventional Commits MUST NOT be treated as case-sensitive by
        //  implementors" — hub4j/github-api's dependabot commits read "Chore(deps): Bump …".
        CommitMessage m = CommitGrammar.read("Chore(deps): Bump spotbugs.version from 4.1.4 to 4.2.0");
        assertEquals("chore", m.type());
        assertEquals(Bump.PATCH, Bump.of(CommitGrammar.read("FIX: crash on start")));
        assertEquals(Bump.MINOR, Bump.of(CommitGrammar.read("Feat: a thing")));
    }

    @Test
    void messagesThatDoNotFollowTheConventionSayWhy() {
        assertEquals("no type prefix such as \"feat:\" or \"fix(parser):\"",
                CommitGrammar.read("Merge pull request #533 from sullis/jackson-databind-2.9.9.3").problem());
        assertEquals("no type prefix such as \"feat:\" or \"fix(parser):\"", CommitGrammar.read("Update maven.yml").problem());
        assertTrue(CommitGrammar.read("Fix bug: crash on start").problem().startsWith("the words before the colon are not a type"));
        assertEquals("no space after the colon", CommitGrammar.read("feat:add").problem());
        assertEquals("no description after the colon", CommitGrammar.read("feat: ").problem());
        assertEquals("an empty scope in the parentheses", CommitGrammar.read("feat(): x").problem());
        // "The body MUST begin one blank line after the description."
        assertEquals("the body does not start one blank line below the description",
                CommitGrammar.read("fix: x\nno blank line").problem());
        assertEquals("an empty message", CommitGrammar.read("  \n").problem());
        CommitMessage merge = CommitGrammar.read("Merge branch 'master' into beta");
        assertFalse(merge.conventional());
        assertEquals(Bump.NONE, Bump.of(merge));
        assertEquals("Merge branch 'master' into beta", merge.summary(), "listed by its header");
    }

    @Test
    void revertsAsGitWritesThemAndAsTheSpecRecommends() {
        // git's own: not conventional, a revert all the same (semantic-release's parser takes it as one).
        CommitMessage git = CommitGrammar.read("Revert \"fix(deps): temporarily force semantic-release v25 across plugin"
                + " peer requirements\"\n\nThis reverts commit c60a6c286900843734b55f365e652be1ba9c9267.");
        assertFalse(git.conventional());
        assertTrue(git.isRevert());
        assertEquals(Bump.PATCH, Bump.of(git));
        assertTrue(git.revert().orElseThrow().undoes("c60a6c286900843734b55f365e652be1ba9c9267"));
        assertEquals("fix(deps): temporarily force semantic-release v25 across plugin peer requirements",
                git.revert().orElseThrow().revertedHeader());
        // The FAQ: "One recommendation is to use the revert type, and a footer that references the commit SHAs
        //  that are being reverted:  revert: let us never again speak of the noodle incident  Refs: 676104e, a215868"
        CommitMessage spec = CommitGrammar.read("revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868");
        assertTrue(spec.conventional());
        assertEquals(List.of("676104e", "a215868"), spec.revert().orElseThrow().shas());
        assertTrue(spec.revert().orElseThrow().undoes("a215868f00d"));
        assertFalse(spec.revert().orElseThrow().undoes("b215868"));
        // A revert message without the commit it reverts is not taken for one (nothing says what it undoes).
        assertFalse(CommitGrammar.read("Revert \"feat: x\"").isRevert());
        // "fix: Revert …" is a fix whose words mention a revert: semantic-release's pattern wants Revert first.
        CommitMessage fix = CommitGrammar.read("fix: Revert \"fix(deps): update dependency cosmiconfig to v9\" (#3104)\n\n"
                + "This reverts commit b38cd2e44e95c9fb16b29285833ee2f3460b7265.");
        assertFalse(fix.isRevert());
        assertEquals(Bump.PATCH, Bump.of(fix));
    }

    @Test
    void aHeadlineSaysBreakingChangesInsideAQuotedChangelogIsNoFooter() {
        // renovate's body of semantic-release 3575bb8c quotes c8's notes: "##### ⚠ BREAKING CHANGES" is not a footer.
        CommitMessage m = CommitGrammar.read("chore(deps): update dependency c8 to v12 (#4255)\n\n##### ⚠ BREAKING CHANGES\n\n"
                + "- yargs enforces a stricter range of Node versions");
        assertFalse(m.breaking());
        assertEquals(Bump.NONE, Bump.of(m));
    }
}
