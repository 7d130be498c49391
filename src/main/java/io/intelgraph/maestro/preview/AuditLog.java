package io.intelgraph.maestro.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/** Who did what, when, to which preview: one JSON line per action in {@code audit.log}, and the log. */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    public AuditLog(Path configDir, Clock clock) {
        this.file = configDir.resolve("audit.log");
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public void record(String actor, String action, String target, String outcome) {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", clock.instant().toString());
        line.put("actor", actor);
        line.put("action", action);
        line.put("target", target);
        line.put("outcome", outcome);
        LOG.info("audit: {} {} {}: {}", actor, action, target, outcome);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot write the audit log {}: {}", file, e.getMessage());
        }
    }
}
