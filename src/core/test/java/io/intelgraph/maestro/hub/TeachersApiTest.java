package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The teacher marketplace at run time: reads are open, changes need the hub token, and are validated first. */
class TeachersApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE = """
            {"name": "preview-health", "version": "1.0.0", "ensembleWeight": 0.5,
             "weights": {"PREVIEW_UNHEALTHY": 1.0}, "thresholds": {"PREVIEW_UNHEALTHY": 0.5},
             "badMix": {"HOLD": 0.6, "INVESTIGATE": 0.4}}""";

    @TempDir
    Path configDir;
    private TeacherMarketplace market;
    private HubHarness harness;

    @BeforeEach
    void start() throws Exception {
        market = new TeacherMarketplace(configDir);
        harness = new HubHarness(HubHarness.emptyPlane(), HubHarness.settings(),
                new Hub.Sources(Optional.of(market), "", pace -> { }, Hub.Sources.none().github()));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(harness.uri(HubRoutes.TEACHERS))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return harness.send(request);
    }

    private HttpResponse<String> delete(String name, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(harness.uri(HubRoutes.TEACHERS + "/" + name)).DELETE();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return harness.send(request);
    }

    private boolean inForce(String name) {
        return market.profiles().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void theTeachersInForceAreListed() throws Exception {
        HttpResponse<String> list = harness.get(HubRoutes.TEACHERS);
        assertEquals(200, list.statusCode());
        JsonNode teachers = JSON.readTree(list.body()).get("teachers");
        assertEquals(market.profiles().size(), teachers.size());
        assertEquals(market.profiles().get(0).name(), teachers.get(0).get("name").asText());
    }

    @Test
    void registeringNeedsTheTokenAndAnswers201() throws Exception {
        assertEquals(401, post(PROFILE, null).statusCode());
        assertEquals(403, post(PROFILE, "not-the-token-but-long-enough").statusCode());
        assertFalse(inForce("preview-health"), "refused requests changed nothing");

        HttpResponse<String> created = post(PROFILE, HubHarness.TOKEN);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(Optional.of("/api/distillation/teachers/preview-health"), created.headers().firstValue("location"));
        assertTrue(inForce("preview-health"));
        assertTrue(JSON.readTree(harness.get(HubRoutes.TEACHERS).body()).toString().contains("preview-health"));
    }

    @Test
    void anInvalidProfileIs400WithEveryProblemAndChangesNothing() throws Exception {
        int before = market.profiles().size();
        HttpResponse<String> refused = post(PROFILE.replace("0.5,", "-3,").replace("\"HOLD\": 0.6", "\"HOLD\": 0.9"),
                HubHarness.TOKEN);
        assertEquals(400, refused.statusCode());
        String error = JSON.readTree(refused.body()).get("error").asText();
        assertTrue(error.contains("ensembleWeight") && error.contains("badMix"), error);
        assertEquals(400, post("{\"name\": 3", HubHarness.TOKEN).statusCode(), "not JSON");
        assertEquals(400, post(PROFILE.replace("\"weights\"", "\"wieghts\""), HubHarness.TOKEN).statusCode(), "unknown field");
        assertEquals(before, market.profiles().size());
    }

    @Test
    void retiringNeedsTheTokenAndAnswers204Or404() throws Exception {
        String name = market.profiles().get(0).name();
        assertEquals(401, delete(name, null).statusCode());
        assertEquals(403, delete(name, "not-the-token-but-long-enough").statusCode());
        assertTrue(inForce(name));
        assertEquals(204, delete(name, HubHarness.TOKEN).statusCode());
        assertFalse(inForce(name));
        assertEquals(404, delete(name, HubHarness.TOKEN).statusCode());
        assertEquals(400, delete("Not%20A%20Name", HubHarness.TOKEN).statusCode());
    }

    @Test
    void withoutATokenConfiguredNothingMayChange() throws Exception {
        try (HubHarness open = new HubHarness(HubHarness.emptyPlane(), Hub.Settings.loopback(0),
                new Hub.Sources(Optional.of(market), "", pace -> { }, Hub.Sources.none().github()))) {
            HttpResponse<String> refused = open.send(HttpRequest.newBuilder(open.uri(HubRoutes.TEACHERS))
                    .header("Authorization", "Bearer anything-at-all-here")
                    .POST(HttpRequest.BodyPublishers.ofString(PROFILE)));
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("MAESTRO_HUB_TOKEN"), refused.body());
            assertEquals(200, open.get(HubRoutes.TEACHERS).statusCode(), "reading stays open");
        }
    }

    @Test
    void aTokenTooShortToBeSafeIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> HubToken.of("short"));
        assertTrue(e.getMessage().contains(Integer.toString(HubToken.MIN_LENGTH)));
    }
}
