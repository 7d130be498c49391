package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.rego.RegoPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** policy/docker.rego costs time linear in the input: a huge RUN line is checked in about a second. */
class DockerPolicyScaleTest {

    private static RegoPolicy policy;

    @BeforeAll
    static void compile() throws IOException {
        policy = RegoPolicy.compile(Map.of("policy/docker.rego", Files.readString(Path.of("policy/docker.rego"))));
    }

    private static List<Map<String, Object>> dockerfile(String text) {
        return new DockerfileParser().parse(text).stream().map(DockerInstruction::toInput).toList();
    }

    /**
     * About 200 KB of one {@code curl} command fetching many files (each URL naming curl again), none piped
     * into a shell: every "curl" starts a scan to the end of the line in a backtracking regex.
     */
    private static String hugeRunLine(String tail) {
        StringBuilder run = new StringBuilder("FROM debian:12 AS build\nRUN curl -fsSL");
        int i = 0;
        while (run.length() < 200_000) {
            run.append(" -O https://example.org/curl/curl-8.").append(i++).append(".tar.gz");
        }
        run.append(" && ");
        return run.append(tail).append("\nFROM scratch\n").toString();
    }

    private static long checkMillis(List<Map<String, Object>> input) {
        long start = System.nanoTime();
        policy.evaluate("docker", "deny", input, null);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aTwoHundredKilobyteRunLineIsCheckedQuickly() {
        var input = dockerfile(hugeRunLine("true"));
        checkMillis(input); // warm up the interpreter and the JIT
        long millis = checkMillis(input);
        System.out.println("docker.rego deny over a 200 KB RUN line: " + millis + " ms");
        // Measured 0.01–0.5 s after the fix (17 s before, on the same machine); the bound leaves room for a loaded 2-core machine.
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPipeIntoAShellAtTheEndOfAHugeLineIsStillFound() {
        var input = dockerfile(hugeRunLine("curl -fsSL https://example.org/install.sh | sh"));
        List<String> denials = (List<String>) policy.evaluate("docker", "deny", input, null).orElseThrow();
        assertTrue(denials.stream().anyMatch(d -> d.startsWith("RUN pipes a download into a shell")), denials.toString());
    }
}
