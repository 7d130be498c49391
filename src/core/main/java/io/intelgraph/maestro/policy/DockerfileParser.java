package io.intelgraph.maestro.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Dockerfile into conftest's input: the instructions as BuildKit's parser splits them
 * (line continuations, parser directives, comments as "comment" entries, leading flags, JSON/exec
 * form, per-instruction argument splitting) with the build stage of each. Heredocs are not
 * supported and are reported as such.
 */
public final class DockerfileParser {

    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Dockerfile that cannot be parsed; the message names the line. */
    public static final class DockerfileException extends RuntimeException {
        public DockerfileException(String message) {
            super(message);
        }
    }

    public List<DockerInstruction> parse(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        char escape = '\\';
        int i = 0;
        // Parser directives: only at the very top, before any comment, blank line or instruction.
        for (; i < lines.length; i++) {
            Matcher m = DIRECTIVE.matcher(lines[i].strip());
            if (!m.matches()) {
                break;
            }
            if (m.group(1).equalsIgnoreCase("escape")) {
                String value = m.group(2);
                if (!value.equals("\\") && !value.equals("`")) {
                    throw new DockerfileException("line " + (i + 1) + ": invalid escape token '" + value + "'");
                }
                escape = value.charAt(0);
            }
        }
        List<DockerInstruction> out = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        int stage = -1;
        while (i < lines.length) {
            String trimmed = lines[i].strip();
            if (trimmed.isEmpty()) {
                i++;
                continue;
            }
            if (trimmed.startsWith("#")) {
                comments.add(trimmed.substring(1).strip());
                i++;
                continue;
            }
            int startLine = i + 1;
            StringBuilder logical = new StringBuilder();
            while (true) {
                String line = lines[i];
                String right = stripTrailing(line);
                boolean continues = !right.isEmpty() && right.charAt(right.length() - 1) == escape;
                logical.append(continues ? right.substring(0, right.length() - 1) : line);
                i++;
                if (!continues) {
                    break;
                }
                // Inside a continuation, comment lines and empty lines are skipped.
                while (i < lines.length && (lines[i].strip().isEmpty() || lines[i].strip().startsWith("#"))) {
                    i++;
                }
                if (i >= lines.length) {
                    break;
                }
            }
            String instruction = logical.toString().strip();
            int space = firstWhitespace(instruction);
            String cmd = (space < 0 ? instruction : instruction.substring(0, space)).toLowerCase(Locale.ROOT);
            String rest = space < 0 ? "" : instruction.substring(space).strip();
            if (cmd.equals("from")) {
                stage++;
            }
            int stageIndex = Math.max(0, stage);
            for (String comment : comments) {
                out.add(new DockerInstruction("comment", "", false, List.of(), List.of(comment), stageIndex, startLine));
            }
            comments.clear();
            out.add(instruction(cmd, rest, stageIndex, startLine));
        }
        return out;
    }

    private DockerInstruction instruction(String cmd, String rest, int stage, int line) {
        if (rest.startsWith("<<") || rest.matches("(?s).*\\s<<-?[A-Za-z\"'].*") && (cmd.equals("run") || cmd.equals("copy"))) {
            throw new DockerfileException("line " + line + ": heredocs are not supported (unsupported: heredoc)");
        }
        List<String> flags = new ArrayList<>();
        rest = extractFlags(rest, flags);
        if (cmd.equals("onbuild")) {
            int space = firstWhitespace(rest);
            String sub = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
            DockerInstruction inner = instruction(sub, space < 0 ? "" : rest.substring(space).strip(), stage, line);
            return new DockerInstruction(cmd, sub, inner.json(), flags, inner.value(), stage, line);
        }
        Arguments args = switch (cmd) {
            case "run", "cmd", "entrypoint", "shell" -> maybeJson(rest);
            case "add", "copy", "volume" -> maybeJsonToList(rest);
            case "env", "label" -> new Arguments(nameValues(rest, line, cmd), false);
            case "arg" -> new Arguments(words(rest), false);
            case "healthcheck" -> healthcheck(rest);
            case "from", "expose" -> new Arguments(whitespaceDelimited(rest), false);
            default -> new Arguments(rest.isEmpty() ? List.of() : List.of(rest), false);
        };
        return new DockerInstruction(cmd, "", args.json(), flags, args.values(), stage, line);
    }

    private record Arguments(List<String> values, boolean json) {
    }

    /** Leading {@code --flag[=value]} words, as written. */
    private static String extractFlags(String rest, List<String> flags) {
        String remaining = rest;
        while (remaining.startsWith("--")) {
            int space = firstWhitespace(remaining);
            flags.add(space < 0 ? remaining : remaining.substring(0, space));
            remaining = space < 0 ? "" : remaining.substring(space).strip();
        }
        return remaining;
    }

    private static Arguments maybeJson(String rest) {
        List<String> json = jsonArray(rest);
        if (json != null) {
            return new Arguments(json, true);
        }
        return new Arguments(rest.isEmpty() ? List.of() : List.of(rest), false);
    }

    private static Arguments maybeJsonToList(String rest) {
        List<String> json = jsonArray(rest);
        return json != null ? new Arguments(json, true) : new Arguments(whitespaceDelimited(rest), false);
    }

    private static Arguments healthcheck(String rest) {
        int space = firstWhitespace(rest);
        String type = (space < 0 ? rest : rest.substring(0, space)).toUpperCase(Locale.ROOT);
        if (space < 0) {
            return new Arguments(rest.isEmpty() ? List.of() : List.of(type), false);
        }
        Arguments command = maybeJson(rest.substring(space).strip());
        List<String> values = new ArrayList<>();
        values.add(type);
        values.addAll(command.values());
        return new Arguments(values, command.json());
    }

    private static List<String> jsonArray(String rest) {
        if (!rest.startsWith("[")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(rest);
            if (node == null || !node.isArray()) {
                return null;
            }
            List<String> values = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    return null;
                }
                values.add(element.asText());
            }
            return values;
        } catch (JsonProcessingException e) {
            return null; // not JSON: shell form, as BuildKit treats it
        }
    }

    /** ENV/LABEL: {@code key=value ...} pairs, or the legacy {@code key value with spaces}; quotes kept. */
    private static List<String> nameValues(String rest, int line, String cmd) {
        List<String> words = words(rest);
        if (words.isEmpty()) {
            throw new DockerfileException("line " + line + ": " + cmd.toUpperCase(Locale.ROOT) + " requires at least one argument");
        }
        List<String> values = new ArrayList<>();
        if (!words.get(0).contains("=")) {
            int space = firstWhitespace(rest);
            values.add(words.get(0));
            values.add(space < 0 ? "" : rest.substring(space).strip());
            return values;
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new DockerfileException("line " + line + ": " + cmd.toUpperCase(Locale.ROOT)
                        + " names must be followed by '=': '" + word + "'");
            }
            values.add(word.substring(0, eq));
            values.add(word.substring(eq + 1));
        }
        return values;
    }

    /** Words separated by whitespace outside quotes; quotes and escapes stay in the word. */
    private static List<String> words(String rest) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            if (c == '\\' && k + 1 < rest.length()) {
                word.append(c).append(rest.charAt(++k));
                continue;
            }
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<String> whitespaceDelimited(String rest) {
        return rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
    }

    private static int firstWhitespace(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isWhitespace(s.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
