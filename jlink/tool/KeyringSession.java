import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A private desktop session for the AOT training run: its own D-Bus session bus (dbus-run-session) with GNOME Keyring's
 * Secret Service on it, an empty keyring unlocked with a throwaway password, and a home of its own, so a start that
 * looks for a signed-in token (plain {@code maestro}) asks a real credential store, as on a Linux desktop, and finds
 * none: the cache then holds dbus-java's and the Secret Service client's classes, which every signed-in start loads.
 * Nothing of the build machine's own bus, keyring, gh login or token is reachable from it.
 */
final class KeyringSession {

    private static final String BUS = "dbus-run-session";
    private static final String KEYRING = "gnome-keyring-daemon";
    /** Starts the keyring on the private bus, then becomes the launcher ($0, with its arguments). */
    private static final String START_KEYRING = "printf training | " + KEYRING
            + " --unlock --components=secrets >/dev/null && exec \"$0\" \"$@\"";

    private final Path home;

    private KeyringSession(Path home) {
        this.home = home;
    }

    /** The session, when this machine has both programs on its PATH; else empty (the training then uses --sim). */
    static Optional<KeyringSession> available(Path work) throws IOException {
        if (!onPath(BUS) || !onPath(KEYRING)) {
            return Optional.empty();
        }
        Path home = work.resolve("aot-training-home");
        Tree.delete(home);
        Files.createDirectories(home.resolve(".local/share/keyrings"));
        Files.createDirectories(home.resolve("gh"));
        // The keyring's control socket goes under XDG_RUNTIME_DIR, which must be private to the user.
        Files.createDirectories(home.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        return Optional.of(new KeyringSession(home));
    }

    static String missing() {
        return BUS + " and " + KEYRING + " (apt-get install dbus gnome-keyring)";
    }

    /** The command that runs {@code launcher args…} inside the session. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of(BUS, "--", "sh", "-c", START_KEYRING));
        wrapped.addAll(command);
        return wrapped;
    }

    /** A home, data and runtime directory of the session's own, and a gh that is signed in nowhere. */
    void configure(Map<String, String> environment) {
        environment.put("HOME", home.toString());
        environment.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        environment.put("XDG_RUNTIME_DIR", home.resolve("run").toString());
        environment.put("GH_CONFIG_DIR", home.resolve("gh").toString());
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
