package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.distill.TeacherProfile;
import io.intelgraph.maestro.text.TerminalText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The teacher marketplace at run time: {@code GET/POST /api/distillation/teachers} and
 * {@code DELETE /api/distillation/teachers/{name}}. Changes need the hub token and are validated as
 * {@code teachers register} validates them: a refused profile changes nothing, and says why.
 */
final class TeachersApi {

    /** A teacher profile is a few hundred bytes; this leaves room and no more. */
    private static final long MAX_PROFILE_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<TeacherMarketplace> market;
    private final String whyOff;
    private final HubToken token;

    /** @param whyOff why the marketplace is missing, when it is */
    TeachersApi(Optional<TeacherMarketplace> market, String whyOff, HubToken token) {
        this.market = market;
        this.whyOff = whyOff;
        this.token = token;
    }

    HubResponse list() throws IOException {
        if (market.isEmpty()) {
            return off();
        }
        return HubResponse.json(200, TeacherMarketplace.toJson(market.get().profiles()).getBytes(StandardCharsets.UTF_8));
    }

    HubResponse register(HubRequest request) throws IOException {
        Optional<HubResponse> refused = token.refusal(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (market.isEmpty()) {
            return off();
        }
        try {
            TeacherProfile profile = TeacherMarketplace.readProfile(
                    new String(request.body(MAX_PROFILE_BYTES), StandardCharsets.UTF_8), "the request body");
            market.get().register(profile);
            return HubResponse.json(201, JSON.<ObjectNode>valueToTree(profile),
                    "registered teacher " + profile.name() + " " + TerminalText.escape(profile.version()))
                    .withHeader("Location", "/api/distillation/teachers/" + profile.name());
        } catch (HttpHead.Refused e) {
            return HubResponse.error(e.status(), e.getMessage());
        } catch (TeacherMarketplace.RefusedException e) {
            return HubResponse.error(400, "refused: " + e.getMessage());
        }
    }

    HubResponse retire(HubRequest request, String name) throws IOException {
        Optional<HubResponse> refused = token.refusal(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (market.isEmpty()) {
            return off();
        }
        if (!TeacherProfile.NAME.matcher(name).matches()) {
            return HubResponse.error(400, "\"" + TerminalText.escape(name) + "\" is not a teacher name");
        }
        if (market.get().profiles().stream().noneMatch(p -> p.name().equals(name))) {
            return HubResponse.error(404, "no teacher named " + name);
        }
        try {
            market.get().retire(name);
            return HubResponse.noContent("retired teacher " + name);
        } catch (TeacherMarketplace.RefusedException e) {
            return HubResponse.error(400, "refused: " + e.getMessage());
        }
    }

    /** The teachers in force, by name, for the distillation snapshot. */
    List<String> names() {
        return market.map(m -> m.profiles().stream().map(TeacherProfile::name).toList()).orElse(List.of());
    }

    private HubResponse off() {
        return HubResponse.error(503, "build intelligence is off: " + whyOff);
    }
}
