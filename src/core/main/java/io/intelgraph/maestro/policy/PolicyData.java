package io.intelgraph.maestro.policy;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code data} document from {@code --data} paths, loaded as conftest (OPA's loader) loads them: a
 * JSON or YAML file's document at the root of {@code data}; below a directory, each file's document at
 * the path of its subdirectories; documents merged, and a value given twice an error naming both files.
 */
public final class PolicyData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyData() {
    }

    public static Map<String, Object> load(List<Path> paths) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Path> origins = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(PolicyData::isDataFile).sorted().toList()) {
                        List<String> at = new ArrayList<>();
                        Path parent = path.relativize(file).getParent();
                        if (parent != null) {
                            parent.forEach(part -> at.add(part.toString()));
                        }
                        merge(data, at, read(file), file, origins);
                    }
                }
            } else if (Files.isRegularFile(path)) {
                merge(data, List.of(), read(path), path, origins);
            } else {
                throw new IOException("No data file or directory at " + path);
            }
        }
        return data;
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static Object read(Path file) throws IOException {
        try {
            if (file.toString().endsWith(".json")) {
                return JSON.readValue(file.toFile(), Object.class);
            }
            // As the inputs: anchors and aliases resolved, alias bombs refused; the first document is the data.
            List<Object> documents = YamlDocuments.read(Files.readString(file));
            return documents.isEmpty() ? null : documents.get(0);
        } catch (IOException e) {
            throw new IOException("Cannot read data file " + file + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> data, List<String> at, Object document, Path file,
            Map<String, Path> origins) throws IOException {
        if (!(document instanceof Map<?, ?>) && at.isEmpty()) {
            throw new IOException("Data file " + file + " must hold an object at its top level");
        }
        // Below a directory any value is placed at the folder's path (OPA's loader: a list of fixtures, say).
        List<String> parents = document instanceof Map<?, ?> ? at : at.subList(0, at.size() - 1);
        Map<String, Object> target = data;
        for (String key : parents) {
            Object next = target.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
            if (!(next instanceof Map<?, ?>)) {
                throw conflict(String.join(".", at), file, origins);
            }
            target = (Map<String, Object>) next;
        }
        if (!(document instanceof Map<?, ?> object)) {
            String last = at.get(at.size() - 1);
            if (target.containsKey(last)) {
                throw conflict(String.join(".", at), file, origins);
            }
            target.put(last, document);
            origins.put(String.join(".", at), file);
            return;
        }
        mergeInto(target, (Map<String, Object>) object, at, file, origins);
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> target, Map<String, Object> source, List<String> at, Path file,
            Map<String, Path> origins) throws IOException {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            List<String> path = new ArrayList<>(at);
            path.add(entry.getKey());
            Object existing = target.get(entry.getKey());
            if (existing == null) {
                target.put(entry.getKey(), entry.getValue());
                origins.put(String.join(".", path), file);
            } else if (existing instanceof Map<?, ?> mine && entry.getValue() instanceof Map<?, ?> theirs) {
                mergeInto((Map<String, Object>) mine, (Map<String, Object>) theirs, path, file, origins);
            } else {
                throw conflict(String.join(".", path), file, origins);
            }
        }
    }

    private static IOException conflict(String path, Path file, Map<String, Path> origins) {
        Path first = origins.entrySet().stream().filter(e -> path.startsWith(e.getKey()) || e.getKey().startsWith(path))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return new IOException("data." + path + " is given twice: in " + file + (first == null ? "" : " and " + first));
    }
}
