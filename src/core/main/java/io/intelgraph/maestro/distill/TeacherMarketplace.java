package io.intelgraph.maestro.distill;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.intelgraph.maestro.config.LockedFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
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

    /** null is refused wherever a value belongs (a field, a list entry, a map value): it is a problem, never a default. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setDefaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL));

    /** teachers.json, shared with the {@code teachers} command and other HUD windows: every change is made under its lock. */
    private final LockedFile file;
    /** The content as this marketplace last read or wrote it: different content is another writer's change. */
    private String seen;
    private final Map<String, TeacherProfile> inForce = new LinkedHashMap<>();
    private final List<Consumer<List<TeacherProfile>>> subscribers = new CopyOnWriteArrayList<>();
    /**
     * Taken by a change or a reload from its reading of the file to its announcement, so that
     * subscribers hear the versions in the order they were written; readers of the set in force
     * never wait for it.
     */
    private final ReentrantLock changing = new ReentrantLock();

    /** Loads {@code teachers.json} from {@code configDir}, or starts with the built-in teachers. */
    public TeacherMarketplace(Path configDir) throws IOException, RefusedException {
        this.file = new LockedFile(configDir.resolve("teachers.json"));
        Optional<String> stored = file.read();
        List<TeacherProfile> start = stored.isPresent() ? parse(stored.get()) : BuiltInTeachers.all();
        start.forEach(p -> inForce.put(p.name(), p));
        seen = stored.orElse(null);
    }

    /**
     * Takes in changes another process made to {@code teachers.json} (the {@code teachers} command
     * while the HUD runs). Returns the problem when the file cannot be used — the set in force then
     * stays — or empty.
     */
    public Optional<String> reloadIfChanged() throws IOException {
        changing.lock();
        try {
            return reload();
        } finally {
            changing.unlock();
        }
    }

    private Optional<String> reload() throws IOException {
        Optional<String> stored = file.read();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            if (stored.get().equals(seen)) {
                return Optional.empty();
            }
            seen = stored.get();
        }
        try {
            List<TeacherProfile> loaded = parse(stored.get());
            List<TeacherProfile> announced;
            synchronized (this) {
                inForce.clear();
                loaded.forEach(p -> inForce.put(p.name(), p));
                announced = List.copyOf(inForce.values());
            }
            subscribers.forEach(s -> s.accept(announced));
            return Optional.empty();
        } catch (RefusedException e) {
            return Optional.of(e.getMessage());
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
        return readProfile(Files.readString(file), file.toString());
    }

    /** One profile from JSON text (a file's, a request's); {@code source} names where it came from in the refusal. */
    public static TeacherProfile readProfile(String json, String source) throws RefusedException {
        TeacherProfile profile;
        try {
            profile = JSON.readValue(json, TeacherProfile.class);
        } catch (JsonProcessingException e) {
            throw new RefusedException(source + ": not a teacher profile: " + JsonFieldProblem.describe(e));
        }
        if (profile == null) {
            throw new RefusedException(source + ": not a teacher profile: it holds null");
        }
        return profile;
    }

    public static String toJson(List<TeacherProfile> profiles) throws JsonProcessingException {
        return JSON.writeValueAsString(new Document(profiles));
    }

    private interface Change {
        void apply(Map<String, TeacherProfile> next) throws RefusedException;
    }

    /**
     * Applies {@code change} to the teachers as they are in the file now — another process may have
     * changed them since this marketplace read it — and saves the result, all under the file's lock,
     * so two changes at once both count.
     */
    private void change(Change change) throws RefusedException, IOException {
        changing.lock();
        try {
            changeInOrder(change);
        } finally {
            changing.unlock();
        }
    }

    private void changeInOrder(Change change) throws RefusedException, IOException {
        String written = file.update(current -> {
            Map<String, TeacherProfile> next = new LinkedHashMap<>();
            (current.isPresent() ? parse(current.get()) : BuiltInTeachers.all()).forEach(p -> next.put(p.name(), p));
            change.apply(next); // throws before anything is written
            return toJson(List.copyOf(next.values()));
        });
        List<TeacherProfile> now = parse(written);
        synchronized (this) {
            seen = written;
            inForce.clear();
            now.forEach(p -> inForce.put(p.name(), p));
        }
        subscribers.forEach(s -> s.accept(now));
    }

    private static void check(TeacherProfile profile) throws RefusedException {
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            // A name that is itself a problem is not repeated here: its problem shows it, escaped.
            String who = profile.name() != null && TeacherProfile.NAME.matcher(profile.name()).matches() ? profile.name() : "profile";
            throw new RefusedException("teacher " + who + " refused: " + String.join("; ", problems));
        }
    }

    private List<TeacherProfile> parse(String json) throws RefusedException {
        return parse(json, file.path().toString());
    }

    private static List<TeacherProfile> parse(String json, String source) throws RefusedException {
        Document document;
        try {
            document = JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new RefusedException(source + ": not a teachers document: " + JsonFieldProblem.describe(e));
        }
        if (document == null) {
            throw new RefusedException(source + ": not a teachers document: it holds null");
        }
        if (document.teachers() == null || document.teachers().isEmpty()) {
            throw new RefusedException(source + ": no teachers in it");
        }
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < document.teachers().size(); i++) {
            TeacherProfile p = document.teachers().get(i);
            String at = "teachers[" + i + "].";
            p.problems().forEach(problem -> problems.add(at + problem));
            if (p.problems().isEmpty() && !names.add(p.name())) {
                problems.add(at + "name " + p.name() + " is named twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(source + " refused: " + String.join("; ", problems));
        }
        return List.copyOf(document.teachers());
    }
}
