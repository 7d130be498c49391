package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.testing.ChildWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeacherMarketplaceTest {

    @TempDir
    Path configDir;

    private static final TeacherProfile PREVIEWS = new TeacherProfile("preview-health", "1.0.0", 0.5,
            Map.of(Signal.PREVIEW_UNHEALTHY, 1.0), Map.of(Signal.PREVIEW_UNHEALTHY, 0.5),
            Map.of(Recommendation.HOLD, 0.6, Recommendation.INVESTIGATE, 0.4));

    private static List<String> names(TeacherMarketplace m) {
        return m.profiles().stream().map(TeacherProfile::name).toList();
    }

    @Test
    void registerUpdateRetireArePersistedAndAnnounced() throws Exception {
        TeacherMarketplace market = new TeacherMarketplace(configDir);
        assertEquals(List.of("reliability", "flakiness", "velocity", "security"), names(market), "the built-ins to start with");
        List<List<TeacherProfile>> announced = new ArrayList<>();
        market.subscribe(announced::add);

        market.register(PREVIEWS);
        market.update(new TeacherProfile("preview-health", "1.1.0", 0.8, PREVIEWS.weights(), PREVIEWS.thresholds(),
                PREVIEWS.badMix()));
        market.retire("velocity");
        assertEquals(List.of("reliability", "flakiness", "security", "preview-health"), names(market));
        assertEquals(3, announced.size());

        TeacherMarketplace reloaded = new TeacherMarketplace(configDir);
        assertEquals(names(market), names(reloaded), "persisted in teachers.json");
        assertEquals("1.1.0", reloaded.profiles().get(3).version());
        assertEquals(0.8, reloaded.profiles().get(3).ensembleWeight());
    }

    @Test
    void badProfilesAreRefusedWithReasonsAndTheSetStaysAsItWas() throws Exception {
        TeacherMarketplace market = new TeacherMarketplace(configDir);
        TeacherProfile bad = new TeacherProfile("broken", "1", -1, Map.of(Signal.FAILURE_RATE, 1.0), Map.of(),
                Map.of(Recommendation.BLOCK, 0.5));
        var refused = assertThrows(TeacherMarketplace.RefusedException.class, () -> market.register(bad));
        assertEquals("teacher broken refused: ensembleWeight must be a number above 0 and at most 10, not -1.0;"
                + " thresholds.FAILURE_RATE must be given: the value beyond which FAILURE_RATE counts as bad;"
                + " badMix must add up to 1, not 0.5", refused.getMessage());
        assertThrows(TeacherMarketplace.RefusedException.class, () -> market.register(BuiltInTeachers.SECURITY),
                "the name is taken");
        assertThrows(TeacherMarketplace.RefusedException.class, () -> market.update(BuiltInTeachers.SECURITY),
                "an update needs a new version");
        assertEquals(List.of("reliability", "flakiness", "velocity", "security"), names(market));

        var notJson = assertThrows(TeacherMarketplace.RefusedException.class,
                () -> market.load("{\"teachers\": [{\"name\": \"x\", \"weights\": {\"NO_SUCH_SIGNAL\": 1}}]}", "upload.json"));
        assertTrue(notJson.getMessage().startsWith("upload.json: not a teachers document: "), notJson.getMessage());
        assertEquals(List.of("reliability", "flakiness", "velocity", "security"), names(market), "the previous set is kept");

        market.retire("velocity");
        market.retire("security");
        market.retire("flakiness");
        assertThrows(TeacherMarketplace.RefusedException.class, () -> market.retire("reliability"));
    }

    @Test
    void aWholeDocumentLoadsAllOrNothing() throws Exception {
        TeacherMarketplace market = new TeacherMarketplace(configDir);
        String json = TeacherMarketplace.toJson(List.of(BuiltInTeachers.SECURITY, PREVIEWS));
        market.load(json, "teachers.json");
        assertEquals(List.of("security", "preview-health"), names(market));
        assertTrue(Files.readString(configDir.resolve("teachers.json")).contains("\"preview-health\""));
        var twice = assertThrows(TeacherMarketplace.RefusedException.class,
                () -> market.load(TeacherMarketplace.toJson(List.of(PREVIEWS, PREVIEWS)), "dup.json"));
        assertEquals("dup.json refused: teachers[1].name preview-health is named twice", twice.getMessage());
    }

    @Test
    void aRunningHudTakesInChangesMadeByAnotherProcess() throws Exception {
        TeacherMarketplace hud = new TeacherMarketplace(configDir);
        List<List<TeacherProfile>> announced = new ArrayList<>();
        hud.subscribe(announced::add);
        assertTrue(hud.reloadIfChanged().isEmpty());
        assertTrue(announced.isEmpty(), "nothing changed yet");

        TeacherMarketplace cli = new TeacherMarketplace(configDir);
        cli.register(PREVIEWS);
        Files.setLastModifiedTime(configDir.resolve("teachers.json"),
                FileTime.fromMillis(System.currentTimeMillis() + 2000));
        assertTrue(hud.reloadIfChanged().isEmpty());
        assertEquals(List.of("reliability", "flakiness", "velocity", "security", "preview-health"), names(hud));
        assertEquals(1, announced.size());

        Files.writeString(configDir.resolve("teachers.json"), "{\"teachers\": []}");
        Files.setLastModifiedTime(configDir.resolve("teachers.json"),
                FileTime.fromMillis(System.currentTimeMillis() + 4000));
        assertTrue(hud.reloadIfChanged().orElseThrow().endsWith("teachers.json: no teachers in it"));
        assertEquals(5, hud.profiles().size(), "a broken file changes nothing in force");
    }

    @Test
    void aChangeStartsFromTheFileAsItIsNowNotAsThisMarketplaceLastSawIt() throws Exception {
        TeacherMarketplace hud = new TeacherMarketplace(configDir);
        TeacherMarketplace cli = new TeacherMarketplace(configDir);
        cli.register(ChildWriters.teacher("from-the-cli"));
        hud.register(ChildWriters.teacher("from-the-hud"));
        assertEquals(List.of("reliability", "flakiness", "velocity", "security", "from-the-cli", "from-the-hud"),
                names(new TeacherMarketplace(configDir)), "the CLI's teacher is not lost");
        assertEquals(names(new TeacherMarketplace(configDir)), names(hud), "and the HUD has it in force too");
    }

    @Test
    void registrationsAtOnceFromThreadsAndProcessesAllSurvive() throws Exception {
        ChildWriters.race(ChildWriters.Kind.TEACHERS, configDir,
                2, 4, 5);
        List<String> names = names(new TeacherMarketplace(configDir));
        assertEquals(4 + 6 * 5, names.size(), names.toString());
        for (String writer : List.of("process0", "process1", "thread0", "thread1", "thread2", "thread3")) {
            for (int i = 0; i < 5; i++) {
                assertTrue(names.contains(writer + "-" + i), writer + "-" + i + " in " + names);
            }
        }
    }

    /** A teacher as JSON with one field replaced by {@code field} (a JSON member, e.g. "weights": {…}). */
    private static String teacher(String field) {
        String base = "\"name\": \"t\", \"version\": \"1\", \"ensembleWeight\": 1,"
                + " \"weights\": {\"FAILURE_RATE\": 1}, \"thresholds\": {\"FAILURE_RATE\": 0.2}, \"badMix\": {\"HOLD\": 1}";
        String name = field.substring(0, field.indexOf(':'));
        String kept = Arrays.stream(base.split(", (?=\")")).filter(f -> !f.startsWith(name))
                .collect(Collectors.joining(", "));
        return "{\"teachers\": [{" + kept + ", " + field + "}]}";
    }

    private String refusal(String document) {
        return assertThrows(TeacherMarketplace.RefusedException.class,
                () -> new TeacherMarketplace(configDir).load(document, "up.json")).getMessage();
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingItsFieldAndTheTypeExpected() {
        assertEquals("up.json: not a teachers document: teachers[0].weights.FAILURE_RATE must be a number, not true",
                refusal(teacher("\"weights\": {\"FAILURE_RATE\": true}")));
        assertEquals("up.json: not a teachers document: teachers[0].ensembleWeight must be a number, not an object",
                refusal(teacher("\"ensembleWeight\": {}")));
        assertEquals("up.json: not a teachers document: teachers[0].thresholds must be an object, not a list",
                refusal(teacher("\"thresholds\": [1]")));
        assertEquals("up.json: not a teachers document: teachers[0].name must be a text, not a list",
                refusal(teacher("\"name\": [\"x\"]")));
        assertEquals("up.json: not a teachers document: teachers[0].badMix.HOLD must be a number, not null",
                refusal(teacher("\"badMix\": {\"HOLD\": null}")));
        assertEquals("up.json: not a teachers document: teachers must be a list, not a text", refusal("{\"teachers\": \"all\"}"));
    }

    @Test
    void anUnknownKeyIsRefusedNamingItAndListingTheKnownOnes() {
        assertEquals("up.json: not a teachers document: teachers[0].weights.NO_SUCH_SIGNAL is not a signal;"
                + " the signals are FAILURE_RATE, FLIP_RATE, DURATION_RATIO, QUEUE_MINUTES, TEST_FAILURE_RATE, CRITICAL_FINDINGS, HIGH_FINDINGS, SIGNATURE_RISK,"
                + " POLICY_DENIES, PREVIEW_UNHEALTHY, LATEST_FAILED", refusal(teacher("\"weights\": {\"NO_SUCH_SIGNAL\": 1}")));
        assertEquals("up.json: not a teachers document: teachers[0].badMix.SHIP is not a recommendation; the recommendations are "
                + Arrays.stream(Recommendation.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")),
                refusal(teacher("\"badMix\": {\"SHIP\": 1}")));
        String field = refusal(teacher("\"wieghts\": {}"));
        assertTrue(field.startsWith("up.json: not a teachers document: teachers[0].wieghts is not a field of a teacher;"
                + " the fields are "), field);
        assertTrue(field.contains("weights"), field);
    }

    @Test
    void nullDocumentsAndNullTeachersAreRefusedNotThrown(@TempDir Path dir) throws Exception {
        assertEquals("up.json: not a teachers document: it holds null", refusal("null"));
        assertEquals("up.json: not a teachers document: teachers[0] must be a teacher (an object), not null",
                refusal("{\"teachers\": [null]}"));
        Path upload = dir.resolve("profile.json");
        Files.writeString(upload, "null");
        var refused = assertThrows(TeacherMarketplace.RefusedException.class, () -> TeacherMarketplace.readProfile(upload));
        assertEquals(upload + ": not a teacher profile: it holds null", refused.getMessage());
        Files.writeString(upload, "{\"name\": \"t\"}");
        refused = assertThrows(TeacherMarketplace.RefusedException.class, () -> TeacherMarketplace.readProfile(upload));
        assertEquals(upload + ": not a teacher profile: version is missing: it must be a text", refused.getMessage());
    }
}
