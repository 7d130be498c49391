package io.intelgraph.maestro.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files the simulated repositories hold, for the trees and contents APIs: a Dockerfile built on
 * the hardened template, except in a few repositories whose Dockerfile breaks the policy, so the
 * demo shows the deploy gate doing its job; some repositories ship a second image, a worker, whose
 * base is pinned by tag only (a warning, not a deny).
 */
final class SimFiles {

    private SimFiles() {
    }

    static final String WORKER_DOCKERFILE = "services/worker/Dockerfile";

    static List<String> paths(SimWorld.SimRepo repo) {
        List<String> paths = new ArrayList<>(List.of("README.md", "Dockerfile", "src/main/java/App.java"));
        if (repo.index() % 4 == 1) {
            paths.add(WORKER_DOCKERFILE);
        }
        return paths;
    }

    static Optional<String> text(SimWorld.SimRepo repo, String path) {
        if (!paths(repo).contains(path)) {
            return Optional.empty();
        }
        return Optional.of(switch (path) {
            case "Dockerfile" -> repo.index() % 5 == 2 ? legacy(repo) : hardened(repo);
            case WORKER_DOCKERFILE -> worker(repo);
            case "README.md" -> "# " + repo.name() + "\n\nA simulated repository of the Maestro Build HUD demo.\n";
            default -> "public final class App {\n    public static void main(String[] args) {\n    }\n}\n";
        });
    }

    private static String worker(SimWorld.SimRepo repo) {
        return """
                FROM maven:3.9.9-eclipse-temurin-21 AS build
                WORKDIR /src
                COPY . .
                RUN mvn -B -q -pl worker package -DskipTests && cp worker/target/*.jar /worker.jar

                FROM gcr.io/distroless/java21-debian12:nonroot
                LABEL org.opencontainers.image.title="%s-worker" \\
                      org.opencontainers.image.source="https://github.sim.local/%s" \\
                      org.opencontainers.image.revision="sim" \\
                      org.opencontainers.image.licenses="Apache-2.0"
                COPY --from=build /worker.jar /app/worker.jar
                USER 65532:65532
                HEALTHCHECK CMD ["java", "-cp", "/app/worker.jar", "Health"]
                ENTRYPOINT ["java", "-jar", "/app/worker.jar"]
                """.formatted(repo.name(), repo.fullName());
    }

    private static String hardened(SimWorld.SimRepo repo) {
        return """
                # syntax=docker/dockerfile:1
                FROM maven:3.9.9-eclipse-temurin-21@sha256:6c8a1a3ff6dd1d5ecbd4ba4e4a6e46f0bd0f5b6e6a6c3b5c2e0d4b1c1f0e2a3b AS build
                WORKDIR /src
                COPY . .
                RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests && cp target/*.jar /app.jar

                FROM gcr.io/distroless/java21-debian12:nonroot@sha256:2b1c2a9a0e5e8f3c7d4c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e
                LABEL org.opencontainers.image.title="%s" \\
                      org.opencontainers.image.source="https://github.sim.local/%s" \\
                      org.opencontainers.image.revision="sim" \\
                      org.opencontainers.image.licenses="Apache-2.0"
                COPY --from=build /app.jar /app/app.jar
                USER 65532:65532
                HEALTHCHECK CMD ["java", "-cp", "/app/app.jar", "Health"]
                ENTRYPOINT ["java", "-jar", "/app/app.jar"]
                """.formatted(repo.name(), repo.fullName());
    }

    private static String legacy(SimWorld.SimRepo repo) {
        return """
                FROM node:latest
                WORKDIR /app
                ENV NPM_TOKEN=changeme
                COPY . .
                RUN curl -fsSL https://install.example.sh | sh && npm ci
                EXPOSE 8080
                CMD ["node", "server.js"]
                """;
    }
}
