package io.intelgraph.maestro.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");

    /**
     * Every timestamp in GitHub's own payloads kept as test data (github/rest and github/webhooks, sources in their
     * SOURCE files): the same instants as the JDK reads, through the fast path and the JDK's alike.
     */
    @Test
    void readsGitHubsOwnPayloadsAsTheJdkDoes() throws IOException, URISyntaxException {
        List<String> timestamps = new ArrayList<>();
        for (String folder : List.of("/github/rest", "/github/webhooks")) {
            Path dir = Path.of(IsoInstantTest.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    collectTimestamps(JSON.readTree(file.toFile()), timestamps);
                }
            }
        }
        long canonical = timestamps.stream().filter(t -> t.length() == 20 && t.endsWith("Z")).count();
        assertTrue(timestamps.size() > 500 && canonical > 300 && canonical < timestamps.size(),
                timestamps.size() + " timestamps, " + canonical + " in the canonical form");
        for (String text : timestamps) {
            assertEquals(Instant.parse(text), IsoInstant.parse(text), text);
        }
    }

    private static void collectTimestamps(JsonNode node, List<String> into) {
        if (node.isTextual() && TIMESTAMP.matcher(node.asText()).lookingAt()) {
            into.add(node.asText());
        }
        node.forEach(child -> collectTimestamps(child, into));
    }

    @Test
    void readsRandomSecondsAsTheJdkDoes() {
        // 10,000 random seconds from 1970 to 2100, and the edges of a leap year.
        for (String text : List.of("1970-01-01T00:00:00Z", "2099-12-31T23:59:59Z", "2024-02-29T00:00:00Z")) {
            assertEquals(Instant.parse(text), IsoInstant.parse(text), text);
        }
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));
            String text = instant.toString();
            assertEquals(instant, IsoInstant.parse(text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T12:34:56.789Z", "2024-05-01T12:34:56+02:00", "2024-05-01t12:34:56z",
            "2016-12-31T23:59:60Z", "+12024-05-01T12:34:56Z"})
    void leavesEveryOtherFormToTheJdk(String text) {
        assertEquals(Instant.parse(text), IsoInstant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T12:34:56Z", "2024-13-01T12:34:56Z", "2024-05-01T25:00:00Z", "2024-05-01 12:34:56Z",
            "2024-05-01T12:34:5xZ", "", "yesterday"})
    void refusesWhatTheJdkRefuses(String text) {
        DateTimeParseException jdk = assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        DateTimeParseException ours = assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text));
        assertEquals(jdk.getMessage(), ours.getMessage());
    }

}
