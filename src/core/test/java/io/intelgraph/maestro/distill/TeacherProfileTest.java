package io.intelgraph.maestro.distill;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every field of an uploaded profile is checked, and a problem names the field by its path. */
class TeacherProfileTest {

    @TempDir
    Path dir;

    private TeacherProfile read(String json) throws Exception {
        Path file = dir.resolve("profile.json");
        Files.writeString(file, json);
        return TeacherMarketplace.readProfile(file);
    }

    private static String profile(String name, String weight, String threshold, String mix) {
        return """
                {"name": "%s", "version": "1.0.0", "ensembleWeight": %s,
                 "weights": {"FAILURE_RATE": 1}, "thresholds": {"FAILURE_RATE": %s}, "badMix": %s}
                """.formatted(name, weight, threshold, mix);
    }

    @Test
    void aNaNShareInTheMixIsRefusedNamingTheField() throws Exception {
        TeacherProfile p = read(profile("nan-mix", "1", "0.2", "{\"HOLD\": \"NaN\"}"));
        assertEquals(List.of("badMix.HOLD must be a share from 0 to 1, not NaN",
                "badMix must add up to 1, not NaN"), p.problems());
    }

    @Test
    void aHugeWeightAndAnInfiniteThresholdAreRefusedNamingTheFields() throws Exception {
        TeacherProfile p = read(profile("huge", "1e308", "\"Infinity\"", "{\"BLOCK\": 1}"));
        assertEquals(List.of("ensembleWeight must be a number above 0 and at most 10, not 1.0E308",
                "thresholds.FAILURE_RATE must be a number above 0 and at most 1000000, not Infinity"), p.problems());
        TeacherProfile overflow = read(profile("overflow", "1", "1e400", "{\"BLOCK\": 1}"));
        assertEquals(List.of("thresholds.FAILURE_RATE must be a number above 0 and at most 1000000, not Infinity"),
                overflow.problems(), "1e400 reads as Infinity");
    }

    @Test
    void everyNumericFieldHasItsRange() throws Exception {
        TeacherProfile p = read("""
                {"name": "ranges", "version": "1.0.0", "ensembleWeight": 0,
                 "weights": {"FAILURE_RATE": -1, "FLIP_RATE": 1000, "QUEUE_MINUTES": 2},
                 "thresholds": {"FAILURE_RATE": 0.2, "FLIP_RATE": -0.1},
                 "badMix": {"BLOCK": 1.5, "HOLD": -0.5}}
                """);
        assertEquals(List.of("ensembleWeight must be a number above 0 and at most 10, not 0.0",
                "weights.FAILURE_RATE must be a number above 0 and at most 100, not -1.0",
                "weights.FLIP_RATE must be a number above 0 and at most 100, not 1000.0",
                "thresholds.FLIP_RATE must be a number above 0 and at most 1000000, not -0.1",
                "thresholds.QUEUE_MINUTES must be given: the value beyond which QUEUE_MINUTES counts as bad",
                "badMix.HOLD must be a share from 0 to 1, not -0.5",
                "badMix.BLOCK must be a share from 0 to 1, not 1.5"), p.problems());
    }

    @Test
    void namesAndVersionsAreShortPlainWords() throws Exception {
        assertEquals(List.of("name must be 1–64 of a–z, 0–9, '.', '_', '-', starting with a letter or digit, not \"Evil\\u001B[2J\\nx\""),
                read(profile("Evil\\u001b[2J\\nx", "1", "0.2", "{\"HOLD\": 1}")).problems());
        assertEquals(List.of("name must be 1–64 of a–z, 0–9, '.', '_', '-', starting with a letter or digit, not \"" + "a".repeat(65) + "\""),
                read(profile("a".repeat(65), "1", "0.2", "{\"HOLD\": 1}")).problems());
        assertTrue(read(profile("preview-health.v2_b", "1", "0.2", "{\"HOLD\": 1}")).problems().isEmpty());
        assertEquals(List.of("version must be 1–32 of letters, digits, '.', '+', '-', not \"1.0 \\n\""),
                read("""
                        {"name": "ok", "version": "1.0 \\n", "ensembleWeight": 1,
                         "weights": {"FAILURE_RATE": 1}, "thresholds": {"FAILURE_RATE": 0.2}, "badMix": {"HOLD": 1}}
                        """).problems());
    }

    @Test
    void missingPartsAreRefusedAsAProfileThatCannotBeRead() {
        var refused = assertThrows(TeacherMarketplace.RefusedException.class,
                () -> read("{\"name\": \"x\", \"version\": \"1\", \"ensembleWeight\": 1}"));
        assertTrue(refused.getMessage().contains("not a teacher profile"), refused.getMessage());
    }

    @Test
    void theBuiltInsPass() {
        BuiltInTeachers.all().forEach(p -> assertEquals(List.of(), p.problems(), p.name()));
    }
}
