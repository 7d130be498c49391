package io.intelgraph.maestro.preview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intelgraph.maestro.config.LockedFile;
import io.intelgraph.maestro.text.TerminalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who did what, when, to which preview: one JSON line per action in {@code audit.log}, and the log.
 * The HUD and {@code preview} commands append to the same file at once: each line is appended
 * under the file's lock and forced to disk, so none is lost or interleaved.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    /** The lines are read with cat and tail too: the bidi controls that reorder what a terminal shows are escaped as well. */
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().setCharacterEscapes(new BidiEscapes()));

    /** Jackson's standard escapes (every control character), plus U+202E and the other bidi controls. */
    private static final class BidiEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c <= Character.MAX_VALUE && TerminalText.isBidiControl((char) c)
                    ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }

    private final LockedFile file;
    private final Clock clock;

    public AuditLog(Path configDir, Clock clock) {
        this.file = new LockedFile(configDir.resolve("audit.log"));
        this.clock = clock;
    }

    public Path file() {
        return file.path();
    }

    /**
     * Who acts, for the log: {@code user@surface}. The user is {@code $USER} (or Windows'
     * {@code %USERNAME%}), else the name the OS gives the process's user — a cron job or a service
     * has no {@code USER}, and "unknown" says nothing in an audit — else the host.
     */
    public static String actor(Map<String, String> env, String osUserName, String surface) {
        String user = Stream.of(env.get("USER"), env.get("USERNAME"), osUserName)
                .filter(name -> name != null && !name.isBlank()).findFirst()
                .orElseGet(() -> "someone on " + Stream.of(env.get("HOSTNAME"), env.get("COMPUTERNAME"))
                        .filter(name -> name != null && !name.isBlank()).findFirst().orElse("an unnamed host"));
        return user + "@" + surface;
    }

    /** As above, with the OS user name of this process. */
    public static String actor(Map<String, String> env, String surface) {
        return actor(env, System.getProperty("user.name"), surface);
    }

    public void record(String actor, String action, String target, String outcome) {
        String line = line(actor, action, target, outcome);
        // The file's line, not the fields as they are: a target from the command line cannot forge a log line.
        LOG.info("audit: {}", line);
        try {
            file.append(line + "\n");
        } catch (IOException e) {
            LOG.warn("Cannot write the audit log {}: {}", file.path(), e.getMessage());
        }
    }

    /** One entry as JSON, its control and bidi characters escaped. */
    String line(String actor, String action, String target, String outcome) {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", clock.instant().toString());
        line.put("actor", actor);
        line.put("action", action);
        line.put("target", target);
        line.put("outcome", outcome);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings always serialises
        }
    }
}
