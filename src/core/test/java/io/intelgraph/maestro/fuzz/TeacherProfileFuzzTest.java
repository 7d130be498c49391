package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.distill.TeacherMarketplace.RefusedException;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any teachers.json document and any uploaded profile file: taken in, or RefusedException naming
 * every problem — never another exception, never a half-changed set.
 */
class TeacherProfileFuzzTest {

    /** One directory for every input of the run; JUnit makes and removes it. */
    @TempDir
    static Path configDir;

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void load(byte[] document) throws Exception {
        String json = new String(document, StandardCharsets.UTF_8);
        TeacherMarketplace marketplace = new TeacherMarketplace(configDir);
        Contract.holds(() -> {
            marketplace.load(json, "teachers.json");
            return marketplace.profiles();
        }, RefusedException.class);

        Path upload = configDir.resolve("profile.json");
        Files.writeString(upload, json);
        Contract.holds(() -> {
            marketplace.register(TeacherMarketplace.readProfile(upload));
            return marketplace.profiles();
        }, RefusedException.class);
    }
}
