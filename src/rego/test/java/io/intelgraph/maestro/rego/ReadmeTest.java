package io.intelgraph.maestro.rego;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * src/rego/README.md against the code, so it cannot go stale: its table of builtins is the registry family by
 * family, and what it says is missing is OPA's list (src/rego/test/resources/opa-builtins) less the registry.
 */
class ReadmeTest {

    private static final Path README = Path.of("src/rego/README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final BuiltinRegistry registry = BuiltinRegistry.standard(Long.MAX_VALUE);

    @Test
    void theTableOfBuiltinsIsTheRegistryFamilyByFamily() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String row : rows(section("builtins"))) {
            List<String> cells = cells(row);
            documented.put(codes(cells.get(2)).iterator().next(), codes(cells.get(3)));
        }
        Map<String, Set<String>> registered = new TreeMap<>();
        for (BuiltinFamily family : BuiltinRegistry.families(Long.MAX_VALUE)) {
            BuiltinRegistry alone = new BuiltinRegistry();
            family.register(alone);
            registered.put(family.getClass().getSimpleName(), alone.names());
        }
        assertEquals(registered.keySet(), documented.keySet(), "the families");
        registered.forEach((family, names) -> assertEquals(names, documented.get(family), family));
    }

    @Test
    void whatIsMissingIsOpasListLessTheRegistry() throws IOException {
        Set<String> opa = new TreeSet<>(Files.readAllLines(Path.of("src/rego/test/resources/opa-builtins/names.txt")));
        Set<String> outside = codes(section("outside"));
        assertTrue(opa.containsAll(outside), "not OPA builtins: " + outside);
        Set<String> missing = new TreeSet<>(opa);
        missing.removeAll(registry.names());
        missing.removeAll(outside);
        assertEquals(missing, new TreeSet<>(codes(section("missing"))), "OPA builtins missing here");
        Set<String> extras = new TreeSet<>(registry.names());
        extras.removeAll(opa);
        assertEquals(extras, new TreeSet<>(codes(section("extras"))), "builtins here that OPA lacks");
    }

    /** The README's example, as it stands there. */
    @Test
    void theExampleGivesWhatTheReadmeSays() throws IOException {
        RegoPolicy policy = RegoPolicy.compile(Map.of("docker.rego", """
                package docker

                deny contains msg if {
                    input.user == "root"
                    msg := sprintf("%s runs as root", [input.image])
                }
                """)).withLimits(new RegoPolicy.Limits(Duration.ofSeconds(5), 100_000));
        Optional<Object> denies = policy.evaluate("docker", "deny", Map.of("image", "app:1.0", "user", "root"), Map.of());
        assertEquals(Optional.of(List.of("app:1.0 runs as root")), denies);
        assertTrue(Files.readString(README).contains("// Optional[[app:1.0 runs as root]]"));
    }

    /** The text between {@code <!-- name -->} and {@code <!-- /name -->}. */
    private static String section(String name) throws IOException {
        String text = Files.readString(README);
        int start = text.indexOf("<!-- " + name + " -->");
        int end = text.indexOf("<!-- /" + name + " -->");
        assertTrue(start >= 0 && end > start, "README has no section " + name);
        return text.substring(start, end);
    }

    /** A table's body rows (not its header or rule). */
    private static List<String> rows(String section) {
        List<String> rows = section.lines().filter(l -> l.startsWith("|")).toList();
        return rows.subList(2, rows.size());
    }

    private static List<String> cells(String row) {
        return Stream.of(row.substring(1, row.length() - 1).split("\\|", -1)).map(String::strip).toList();
    }

    private static Set<String> codes(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
