package io.intelgraph.maestro.rego;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's {@code # METADATA} blocks (OPA's annotations, ast/annotations.go): the YAML in the comment lines after a
 * {@code # METADATA} line, attached to the package clause or rule that follows, and given back as OPA writes them
 * ({@code rego.metadata.rule()}, {@code rego.metadata.chain()}): only the fields set, authors and related resources as
 * objects, a default scope of {@code package} or {@code rule}. Fields OPA does not know are ignored, as its YAML
 * reading ignores them.
 */
final class Annotations {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s*<([^<>]+)>\\s*$");
    private static final Set<String> SCOPES = Set.of("package", "subpackages", "rule", "document");

    private Annotations() {
    }

    /**
     * One block: its YAML as read, where it stands, and the line of the first statement after it (what it annotates).
     */
    record Block(Map<String, Object> yaml, String where, int targetLine) {
    }

    /** Every {@code # METADATA} block of a source text, in order. */
    static List<Block> scan(String source, String file) {
        if (!source.contains("METADATA")) {
            return List.of();
        }
        String[] lines = source.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!comment(lines[i]) || !text(lines[i]).strip().equals("METADATA")) {
                continue;
            }
            int start = i;
            StringBuilder yaml = new StringBuilder();
            while (i + 1 < lines.length && comment(lines[i + 1])) {
                i++;
                yaml.append(text(lines[i])).append('\n');
            }
            int target = i + 1;
            while (target < lines.length && (lines[target].isBlank() || comment(lines[target]))) {
                target++;
            }
            String where = file + ":" + (start + 1);
            blocks.add(new Block(parse(yaml.toString(), where), where, target + 1));
        }
        return List.copyOf(blocks);
    }

    private static boolean comment(String line) {
        return line.stripLeading().startsWith("#");
    }

    /** The comment's text after its '#', as OPA hands it to the YAML parser. */
    private static String text(String line) {
        return line.stripLeading().substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String yaml, String where) {
        if (yaml.isBlank()) {
            return Map.of();
        }
        Object read;
        try {
            read = YAML.readValue(yaml, Object.class);
        } catch (JsonProcessingException e) {
            throw new RegoException(where + ": rego_parse_error: yaml: " + e.getOriginalMessage());
        }
        if (read == null) {
            return Map.of();
        }
        if (!(read instanceof Map<?, ?> map)) {
            throw new RegoException(where + ": rego_parse_error: the METADATA block is not a YAML mapping");
        }
        return (Map<String, Object>) map;
    }

    /**
     * A block's annotations as OPA gives them to a policy, with {@code defaultScope} when it names none; a scope that
     * does not fit what it annotates is an error, as OPA's parser makes it.
     */
    static Map<Object, Object> value(Block block, String defaultScope, boolean onPackage) {
        Map<String, Object> yaml = block.yaml();
        String scope = yaml.containsKey("scope") ? String.valueOf(yaml.get("scope")) : defaultScope;
        if (!SCOPES.contains(scope)) {
            throw new RegoException(block.where() + ": rego_parse_error: invalid annotation scope '" + scope + "'");
        }
        boolean packageScope = scope.equals("package") || scope.equals("subpackages");
        if (packageScope != onPackage) {
            throw new RegoException(block.where() + ": rego_parse_error: annotation scope '" + scope + "' must be applied to "
                    + (packageScope ? "package" : "rule"));
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        out.put("scope", scope);
        copy(yaml, "title", out);
        if (Boolean.TRUE.equals(yaml.get("entrypoint"))) {
            out.put("entrypoint", true);
        }
        copy(yaml, "description", out);
        copy(yaml, "organizations", out);
        if (yaml.get("related_resources") instanceof List<?> resources) {
            out.put("related_resources", resources.stream().map(r -> r instanceof Map<?, ?> m ? Values.of(m)
                    : Values.of(Map.of("ref", String.valueOf(r)))).toList());
        }
        if (yaml.get("authors") instanceof List<?> authors) {
            out.put("authors", authors.stream().map(Annotations::author).toList());
        }
        copy(yaml, "schemas", out);
        copy(yaml, "custom", out);
        copy(yaml, "labels", out);
        return out;
    }

    /** "Name <email>", "Name" or "<email>" as OPA splits it; a mapping as given. */
    private static Object author(Object author) {
        if (author instanceof Map<?, ?> map) {
            return Values.of(map);
        }
        String text = String.valueOf(author).strip();
        Map<String, Object> out = new LinkedHashMap<>();
        Matcher m = AUTHOR.matcher(text);
        if (m.matches()) {
            if (!m.group(1).isBlank()) {
                out.put("name", m.group(1).strip());
            }
            out.put("email", m.group(2).strip());
        } else {
            out.put("name", text);
        }
        return Values.of(out);
    }

    private static void copy(Map<String, Object> yaml, String field, Map<Object, Object> out) {
        if (yaml.get(field) != null) {
            out.put(field, Values.of(yaml.get(field)));
        }
    }
}
