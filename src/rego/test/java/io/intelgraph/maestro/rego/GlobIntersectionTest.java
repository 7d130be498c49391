package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * regex.globs_match against the test cases of the library OPA calls for it (test resources
 * {@code glob-intersection/cases.tsv}, with their source), and hostile globs that library's greedy search cannot take.
 */
class GlobIntersectionTest {

    @Test
    void theLibrarysOwnCasesGetItsAnswers() throws IOException {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String line : Files.readAllLines(Path.of("src/rego/test/resources/glob-intersection/cases.tsv"))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            cases++;
            switch (columns[0]) {
                case "non-empty", "empty" -> {
                    boolean want = columns[0].equals("non-empty");
                    if (GlobIntersection.nonEmpty(columns[1], columns[2]) != want
                            || GlobIntersection.nonEmpty(columns[2], columns[1]) != want) {
                        wrong.add(line);
                    }
                }
                case "invalid" -> {
                    try {
                        GlobIntersection.nonEmpty(columns[1], "a");
                        wrong.add(line + " (no error)");
                    } catch (RegoException expected) {
                        if (!expected.getMessage().startsWith("regex.globs_match: the input provided is invalid")) {
                            wrong.add(line + " (" + expected.getMessage() + ")");
                        }
                    }
                }
                default -> throw new IllegalStateException(line);
            }
        }
        assertEquals(71, cases, "the file's cases");
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyNonEmptyStringsCountAndClassesMayBeEmpty() {
        assertFalse(GlobIntersection.nonEmpty("a*", "b*"), "both match only the empty string in common");
        assertTrue(GlobIntersection.nonEmpty("a*", "a+"));
        assertFalse(GlobIntersection.nonEmpty("[]", "."), "an empty class matches nothing");
        assertTrue(GlobIntersection.nonEmpty("[]*x", "x"));
        assertTrue(GlobIntersection.nonEmpty("\\+\\*", "[*+][*+]"), "escaped flags are characters");
        assertTrue(GlobIntersection.nonEmpty("é+", "[à-ê]"), "code points, not UTF-16 units");
    }

    @Test
    void hostileGlobsAreAnsweredInLinearTimeOrRefused() {
        // Two globs of 1,500 ".*" each, differing in their last character: the library's search backtracks between the
        // stars (its own benchmark stops at 15); the product walk visits each pair of positions once.
        String stars = ".*".repeat(1_500);
        assertFalse(GlobIntersection.nonEmpty(stars + "c", stars + "d"));
        assertTrue(GlobIntersection.nonEmpty(stars + "c", stars + "c"));
        RegoException tooLong = assertThrows(RegoException.class,
                () -> GlobIntersection.nonEmpty("a".repeat(3_000), "a".repeat(3_000)));
        assertTrue(tooLong.getMessage().startsWith("regex.globs_match: globs of 3000 and 3000 tokens are too long"),
                tooLong.getMessage());
    }

    @Test
    void aPolicyGetsTheAnswerAndAnInvalidGlobIsAnErrorNamingIt() {
        RegoPolicy policy = RegoPolicy.compile(Map.of("p.rego", """
                package p
                overlap := regex.globs_match(input.a, input.b)
                """));
        assertEquals(List.of(Map.of("x", true)), policy.query("data.p.overlap = x",
                Map.of("a", "registry.example.com/team-[a-z]+/.*", "b", "registry.example.com/team-ops/api:v.*"), null,
                true));
        assertEquals(List.of(Map.of("x", false)), policy.query("data.p.overlap = x",
                Map.of("a", "ghcr.io/.*", "b", "docker.io/.*"), null, true));
        RegoException invalid = assertThrows(RegoException.class, () -> policy.query("data.p.overlap = x",
                Map.of("a", "[z-a]", "b", "x"), null, true));
        assertTrue(invalid.getMessage().contains("regex.globs_match: the input provided is invalid"),
                invalid.getMessage());
        assertTrue(invalid.getMessage().contains("range is out of order"), invalid.getMessage());
    }
}
