package io.intelgraph.maestro.userstate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.config.LockedFile;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.store.TileSort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Persists what the user set on screen (filters, sort, theme, reduced motion, sound muted) in {@code ui-state.json} in the
 * config directory, so the HUD opens as it was left. A damaged file is reported and ignored,
 * never fatal.
 */
public final class UserStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(UserStateStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What is remembered between launches.
     *
     * @param reducedMotion nothing spins or pulses (for people whom motion bothers, and walls where it distracts)
     * @param soundMuted the wall's break and fix sounds are off
     * @param highContrast the high-contrast theme (black, white, the state colours) instead of dark or light
     */
    public record UserState(TileQuery query, boolean darkTheme, boolean reducedMotion, boolean soundMuted,
            boolean highContrast) {
        public static final UserState DEFAULT = new UserState(TileQuery.ALL, true, false, false, false);

        public UserState(TileQuery query, boolean darkTheme, boolean reducedMotion) {
            this(query, darkTheme, reducedMotion, false, false);
        }

        public UserState(TileQuery query, boolean darkTheme) {
            this(query, darkTheme, false);
        }
    }

    private final LockedFile file;

    public UserStateStore(Path configDir) {
        this.file = LockedFile.unforced(configDir.resolve("ui-state.json"));
    }

    /** The directory the user's files live in (ui-state.json, teachers.json, runners.json). */
    public Path configDir() {
        return file.path().getParent();
    }

    public UserState load() {
        if (!Files.isRegularFile(file.path())) {
            return UserState.DEFAULT;
        }
        try {
            JsonNode root = JSON.readTree(file.path().toFile());
            JsonNode q = root.path("query");
            Set<BuildState> states = EnumSet.noneOf(BuildState.class);
            q.path("states").forEach(s -> states.add(BuildState.valueOf(s.asText())));
            TileQuery query = new TileQuery(q.path("text").asText(""), states, q.path("repo").asText(""),
                    q.path("branch").asText(""), q.path("author").asText(""),
                    TileSort.valueOf(q.path("sort").asText(TileSort.FAILING_FIRST.name())));
            return new UserState(query, root.path("darkTheme").asBoolean(true), root.path("reducedMotion").asBoolean(false),
                    root.path("soundMuted").asBoolean(false), root.path("highContrast").asBoolean(false));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable {}: {}", file.path(), e.getMessage());
            return UserState.DEFAULT;
        }
    }

    /** Saves {@code state}; false (and a warning in the log) when it could not be written. */
    public boolean save(UserState state) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode q = root.putObject("query");
        q.put("text", state.query().text());
        state.query().states().stream().sorted().forEach(s -> q.withArray("states").add(s.name()));
        q.put("repo", state.query().repo());
        q.put("branch", state.query().branch());
        q.put("author", state.query().author());
        q.put("sort", state.query().sort().name());
        root.put("darkTheme", state.darkTheme());
        root.put("reducedMotion", state.reducedMotion());
        root.put("soundMuted", state.soundMuted());
        root.put("highContrast", state.highContrast());
        try {
            // The last save wins, but whole: two HUD windows saving at once never leave half of each.
            String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            file.update(current -> json);
            return true;
        } catch (IOException e) {
            LOG.warn("Cannot save {}: {}", file.path(), e.getMessage());
            return false;
        }
    }
}
