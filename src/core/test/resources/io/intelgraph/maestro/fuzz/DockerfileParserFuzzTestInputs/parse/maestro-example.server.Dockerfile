# syntax=docker/dockerfile:1
# Hardened template: IntelGraph server (JVM). Build stage with the JDK, distroless non-root runtime.
FROM maven:3.9.9-eclipse-temurin-21@sha256:6c8a1a3ff6dd1d5ecbd4ba4e4a6e46f0bd0f5b6e6a6c3b5c2e0d4b1c1f0e2a3b AS build
WORKDIR /src
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests && cp target/*.jar /app.jar

FROM gcr.io/distroless/java21-debian12:nonroot@sha256:2b1c2a9a0e5e8f3c7d4c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e
ARG REVISION=unknown
LABEL org.opencontainers.image.title="intelgraph-server" \
      org.opencontainers.image.source="https://github.com/intelgraph/intelgraph" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=build --chown=65532:65532 /app.jar /app/app.jar
USER 65532:65532
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["java", "-cp", "/app/app.jar", "io.intelgraph.Health"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
