package io.intelgraph.maestro.distill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The teachers in force, changed at run time: register a new profile, update one (same name, new
 * version), retire one. Every change is validated first — a bad profile is refused with its
 * problems and the set in force stays as it was — then persisted to {@code teachers.json} in the
 * user's config directory and announced to subscribers (the engine rebuilds its ensemble).
 */
public final class TeacherMarketplace {

    /** A profile (or a file of them) that cannot be used; the message lists every problem. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private record Document(List<TeacherProfile> teachers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path file;
    /** The file's time as this marketplace last wrote or read it: a different one is another writer's change. */
    private java.nio.file.attribute.FileTime seen;
    private final Map<String, TeacherProfile> inForce = new LinkedHashMap<>();
    private final List<Consumer<List<TeacherProfile>>> subscribers = new CopyOnWriteArrayList<>();

    /** Loads {@code teachers.json} from {@code configDir}, or starts with the built-in teachers. */
    public TeacherMarketplace(Path configDir) throws IOException, RefusedException {
        this.file = configDir.resolve("teachers.json");
        List<TeacherProfile> start = Files.exists(file) ? parse(Files.readString(file), file.toString())
                : BuiltInTeachers.all();
        start.forEach(p -> inForce.put(p.name(), p));
        seen = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
    }

    /**
     * Takes in changes another process made to {@code teachers.json} (the {@code teachers} command
     * while the HUD runs). Returns the problem when the file cannot be used — the set in force then
     * stays — or empty.
     */
    public java.util.Optional<String> reloadIfChanged() throws IOException {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        java.nio.file.attribute.FileTime now = Files.getLastModifiedTime(file);
        synchronized (this) {
            if (now.equals(seen)) {
                return java.util.Optional.empty();
            }
            seen = now;
        }
        try {
            List<TeacherProfile> loaded = parse(Files.readString(file), file.toString());
            List<TeacherProfile> announced;
            synchronized (this) {
                inForce.clear();
                loaded.forEach(p -> inForce.put(p.name(), p));
                announced = List.copyOf(inForce.values());
            }
            subscribers.forEach(s -> s.accept(announced));
            return java.util.Optional.empty();
        } catch (RefusedException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    public synchronized List<TeacherProfile> profiles() {
        return List.copyOf(inForce.values());
    }

    public void subscribe(Consumer<List<TeacherProfile>> subscriber) {
        subscribers.add(subscriber);
    }

    public void register(TeacherProfile profile) throws RefusedException, IOException {
        change(next -> {
            check(profile);
            if (next.containsKey(profile.name())) {
                throw new RefusedException("a teacher named " + profile.name() + " is registered already: update it instead");
            }
            next.put(profile.name(), profile);
        });
    }

    public void update(TeacherProfile profile) throws RefusedException, IOException {
        change(next -> {
            check(profile);
            TeacherProfile old = next.get(profile.name());
            if (old == null) {
                throw new RefusedException("no teacher named " + profile.name() + " to update");
            }
            if (old.version().equals(profile.version())) {
                throw new RefusedException(profile.name() + " is at version " + old.version() + " already: give the update a new version");
            }
            next.put(profile.name(), profile);
        });
    }

    public void retire(String name) throws RefusedException, IOException {
        change(next -> {
            if (next.remove(name) == null) {
                throw new RefusedException("no teacher named " + name + " to retire");
            }
            if (next.isEmpty()) {
                throw new RefusedException("the last teacher cannot be retired: the ensemble needs one");
            }
        });
    }

    /** Replaces the whole set with the profiles of a JSON document (all or nothing). */
    public void load(String json, String source) throws RefusedException, IOException {
        List<TeacherProfile> loaded = parse(json, source);
        change(next -> {
            next.clear();
            loaded.forEach(p -> next.put(p.name(), p));
        });
    }

    /** One profile from a JSON file (the marketplace's upload format); a file that is not one is refused. */
    public static TeacherProfile readProfile(Path file) throws RefusedException, IOException {
        try {
            return JSON.readValue(Files.readString(file), TeacherProfile.class);
        } catch (JsonProcessingException e) {
            throw new RefusedException(file + ": not a teacher profile: " + e.getOriginalMessage());
        }
    }

    public static String toJson(List<TeacherProfile> profiles) throws JsonProcessingException {
        return JSON.writeValueAsString(new Document(profiles));
    }

    private interface Change {
        void apply(Map<String, TeacherProfile> next) throws RefusedException;
    }

    private void change(Change change) throws RefusedException, IOException {
        List<TeacherProfile> now;
        synchronized (this) {
            Map<String, TeacherProfile> next = new LinkedHashMap<>(inForce);
            change.apply(next); // throws before anything in force changes
            Path temp = Files.createTempFile(file.getParent(), "teachers", ".json");
            Files.writeString(temp, toJson(List.copyOf(next.values())));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            seen = Files.getLastModifiedTime(file);
            inForce.clear();
            inForce.putAll(next);
            now = List.copyOf(inForce.values());
        }
        subscribers.forEach(s -> s.accept(now));
    }

    private static void check(TeacherProfile profile) throws RefusedException {
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException("teacher " + profile.name() + " refused: " + String.join("; ", problems));
        }
    }

    private static List<TeacherProfile> parse(String json, String source) throws RefusedException {
        Document document;
        try {
            document = JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new RefusedException(source + ": not a teachers document: " + e.getOriginalMessage());
        }
        if (document.teachers() == null || document.teachers().isEmpty()) {
            throw new RefusedException(source + ": no teachers in it");
        }
        List<String> problems = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (TeacherProfile p : document.teachers()) {
            p.problems().forEach(problem -> problems.add(p.name() + ": " + problem));
            if (!names.add(String.valueOf(p.name()))) {
                problems.add(p.name() + ": named twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(source + " refused: " + String.join("; ", problems));
        }
        return List.copyOf(document.teachers());
    }
}
