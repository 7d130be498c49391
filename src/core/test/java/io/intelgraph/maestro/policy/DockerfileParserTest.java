package io.intelgraph.maestro.policy;

import io.intelgraph.maestro.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** conftest's Dockerfile input shape, checked on conftest's own examples (Apache-2.0, see SOURCE.md). */
class DockerfileParserTest {

    private final DockerfileParser parser = new DockerfileParser();

    private List<DockerInstruction> parse(String resource) {
        return parser.parse(new String(Fixtures.bytes(resource), StandardCharsets.UTF_8));
    }

    @Test
    void conftestsDockerExampleSplitsAsConftestDoes() {
        List<DockerInstruction> in = parse("conftest/docker/Dockerfile");
        assertEquals(List.of("from", "volume", "arg", "copy", "copy", "copy", "run", "entrypoint"),
                in.stream().map(DockerInstruction::cmd).toList());
        // The values conftest's acceptance test prints for this file.
        assertEquals(List.of("openjdk:8-jdk-alpine"), in.get(0).value());
        assertEquals(List.of("apk add --no-cache python3 python3-dev build-base && pip3 install awscli==1.18.1"),
                in.get(6).value());
        assertEquals(List.of("/tmp"), in.get(1).value());
        assertEquals(List.of("DEPENDENCY=target/dependency"), in.get(2).value());
        assertEquals(List.of("${DEPENDENCY}/BOOT-INF/lib", "/app/lib"), in.get(3).value());
        assertTrue(in.get(7).json());
        assertEquals(List.of("java", "-cp", "app:app/lib/*", "hello.Application"), in.get(7).value());
        assertFalse(in.get(6).json());
        assertTrue(in.stream().allMatch(i -> i.stage() == 0));
        assertEquals(13, in.get(7).line());
    }

    @Test
    void theInputObjectHasConftestsFieldNames() {
        Map<String, Object> from = parse("conftest/docker/Dockerfile").get(0).toInput();
        assertEquals(List.of("Cmd", "SubCmd", "JSON", "Flags", "Value", "Stage"), List.copyOf(from.keySet()));
        assertEquals("from", from.get("Cmd"));
        assertEquals(null, from.get("Flags"));
    }

    @Test
    void conftestsOwnMultiStageDockerfile() {
        List<DockerInstruction> in = parse("conftest/docker/conftest-own.Dockerfile");
        List<DockerInstruction> froms = in.stream().filter(i -> i.cmd().equals("from")).toList();
        assertEquals(List.of("golang:1.26.6-alpine", "AS", "base"), froms.get(0).value());
        assertEquals(List.of(0, 1, 2, 3, 4), froms.stream().map(DockerInstruction::stage).toList().subList(0, 5));
        DockerInstruction copyFrom = in.stream().filter(i -> i.cmd().equals("copy") && !i.flags().isEmpty()).findFirst()
                .orElseThrow();
        assertEquals(List.of("--from=builder"), copyFrom.flags());
        assertEquals(List.of("/app/conftest", "/app/conftest"), copyFrom.value());
        DockerInstruction comment = in.stream().filter(i -> i.cmd().equals("comment")).findFirst().orElseThrow();
        assertEquals(List.of("# BUILDER STAGE ##"), comment.value());
        assertEquals(1, comment.stage(), "a comment belongs to the stage of the instruction it precedes");
        DockerInstruction env = in.stream().filter(i -> i.cmd().equals("env")).findFirst().orElseThrow();
        assertEquals(List.of("TERRAFORM_VERSION", "0.12.31", "KUSTOMIZE_VERSION", "4.5.7"), env.value(),
                "a continued ENV line is one instruction of key/value pairs");
    }

    @Test
    void buildKitSplittingRules() {
        List<DockerInstruction> in = parser.parse("""
                # syntax=docker/dockerfile:1
                # escape=`
                FROM gcr.io/distroless/java21-debian12@sha256:abc AS runtime
                LABEL org.opencontainers.image.title="Maestro HUD" org.opencontainers.image.licenses=Apache-2.0
                ENV JAVA_OPTS -Xmx512m -Xss1m
                HEALTHCHECK --interval=30s --timeout=3s CMD ["/bin/health", "--quick"]
                HEALTHCHECK NONE
                ONBUILD RUN echo building
                RUN apt-get update && `
                    # a comment inside the continuation
                    apt-get install -y curl
                USER 10001:10001
                EXPOSE 8080/tcp 9090
                """);
        assertEquals(List.of("gcr.io/distroless/java21-debian12@sha256:abc", "AS", "runtime"), in.get(0).value());
        assertEquals(List.of("org.opencontainers.image.title", "\"Maestro HUD\"", "org.opencontainers.image.licenses",
                "Apache-2.0"), in.get(1).value(), "BuildKit keeps the quotes in LABEL values");
        assertEquals(List.of("JAVA_OPTS", "-Xmx512m -Xss1m"), in.get(2).value(), "legacy ENV form");
        assertEquals(List.of("--interval=30s", "--timeout=3s"), in.get(3).flags());
        assertEquals(List.of("CMD", "/bin/health", "--quick"), in.get(3).value());
        assertTrue(in.get(3).json());
        assertEquals(List.of("NONE"), in.get(4).value());
        assertEquals("run", in.get(5).subCmd());
        assertEquals(List.of("echo building"), in.get(5).value());
        assertEquals(List.of("apt-get update &&     apt-get install -y curl"), in.get(6).value());
        assertEquals(List.of("10001:10001"), in.get(7).value());
        assertEquals(List.of("8080/tcp", "9090"), in.get(8).value());
    }

    @Test
    void clearErrors() {
        var heredoc = assertThrows(DockerfileParser.DockerfileException.class,
                () -> parser.parse("FROM alpine\nRUN <<EOF\necho hi\nEOF\n"));
        assertEquals("line 2: heredocs are not supported (unsupported: heredoc)", heredoc.getMessage());
        var env = assertThrows(DockerfileParser.DockerfileException.class, () -> parser.parse("FROM a\nENV A=1 B\n"));
        assertEquals("line 2: ENV names must be followed by '=': 'B'", env.getMessage());
    }
}
