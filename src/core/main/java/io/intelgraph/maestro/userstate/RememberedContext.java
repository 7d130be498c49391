package io.intelgraph.maestro.userstate;

import io.intelgraph.maestro.config.LockedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Kubernetes context last picked in the Previews view, kept in {@code kube-context} in the
 * config directory (a file of its own, so ui-state.json's writers and this one never overwrite
 * each other). Unreadable or missing: no choice.
 */
public final class RememberedContext {

    private static final Logger LOG = LoggerFactory.getLogger(RememberedContext.class);

    private final LockedFile file;

    public RememberedContext(Path configDir) {
        this.file = LockedFile.unforced(configDir.resolve("kube-context"));
    }

    public Optional<String> load() {
        try {
            return Files.isRegularFile(file.path()) ? Optional.of(Files.readString(file.path()).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable {}: {}", file.path(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers {@code context}; a failure to write is logged, never thrown (the switch itself happened). */
    public void save(String context) {
        try {
            Files.createDirectories(file.path().getParent());
            file.update(current -> context + "\n");
        } catch (IOException e) {
            LOG.warn("Cannot save {}: {}", file.path(), e.getMessage());
        }
    }
}
