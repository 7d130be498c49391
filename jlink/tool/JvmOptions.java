import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** jlink/jvm.options without its comments: what the launcher passes as an @argfile and jpackage as --java-options. */
record JvmOptions(List<String> options) {

    static JvmOptions read(Path file) throws IOException {
        return new JvmOptions(Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList());
    }

    /** The argfile the launcher script reads: one option a line, which the java launcher splits on white space. */
    String argFile() {
        return String.join("\n", options) + "\n";
    }
}
