import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime's {@code conf/security/java.security} lists the JDK's security providers whatever modules jlink linked.
 * A listed provider whose module is not in the image is looked for on the class path instead, the first time the JDK
 * walks the list (the HTTP client's TLS defaults do, at construction): that scan verified the signatures of
 * BouncyCastle's signed jars and set up two of its providers on the window's critical path, about half a second of CPU
 * on a 2-core machine (measured in README, "Startup and memory"). So the image lists only the providers it holds.
 */
final class SecurityProviders {

    /** The module of each provider the JDK's java.security names (JDK 22+: SunEC is in java.base). */
    private static final Map<String, String> MODULE_OF = Map.ofEntries(
            Map.entry("SUN", "java.base"),
            Map.entry("SunRsaSign", "java.base"),
            Map.entry("SunEC", "java.base"),
            Map.entry("SunJSSE", "java.base"),
            Map.entry("SunJCE", "java.base"),
            Map.entry("Apple", "java.base"),
            Map.entry("SunJGSS", "java.security.jgss"),
            Map.entry("SunSASL", "java.security.sasl"),
            Map.entry("XMLDSig", "java.xml.crypto"),
            Map.entry("SunPCSC", "java.smartcardio"),
            Map.entry("JdkLDAP", "java.naming"),
            Map.entry("JdkSASL", "jdk.security.jgss"),
            Map.entry("SunPKCS11", "jdk.crypto.cryptoki"),
            Map.entry("SunMSCAPI", "jdk.crypto.mscapi"));

    private static final Pattern ENTRY = Pattern.compile("security\\.provider\\.\\d+=(\\S+)(.*)");

    private SecurityProviders() {
    }

    /**
     * Rewrites the runtime's java.security without the providers of modules it lacks (renumbered; a provider this
     * class does not know is kept), then has the runtime's own java list the providers it loads and fails unless they
     * are exactly the listed ones.
     */
    static List<String> keepLinked(Path runtime) throws IOException, InterruptedException {
        Set<String> linked = linkedModules(runtime);
        Path file = runtime.resolve("conf/security/java.security");
        List<String> kept = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                lines.add(line);
                continue;
            }
            String name = entry.group(1);
            String module = MODULE_OF.get(name);
            if (module == null || linked.contains(module)) {
                kept.add(name);
                lines.add("security.provider." + kept.size() + "=" + name + entry.group(2));
            }
        }
        Files.write(file, lines);
        List<String> loaded = loadedBy(runtime);
        if (!loaded.equals(kept)) {
            throw new IllegalStateException("the image's java loads the security providers " + loaded
                    + ", not the ones its java.security lists: " + kept);
        }
        return kept;
    }

    /** The runtime's modules, from the {@code MODULES} line jlink writes to its {@code release} file. */
    private static Set<String> linkedModules(Path runtime) throws IOException {
        for (String line : Files.readAllLines(runtime.resolve("release"))) {
            if (line.startsWith("MODULES=")) {
                return Set.of(line.substring("MODULES=".length()).replace("\"", "").strip().split("\\s+"));
            }
        }
        throw new IllegalStateException("no MODULES line in " + runtime.resolve("release"));
    }

    private static List<String> loadedBy(Path runtime) throws IOException, InterruptedException {
        String settings = Commands.output(List.of(runtime.resolve("bin/java").toString(),
                "-XshowSettings:security:providers", "-version"));
        Matcher name = Pattern.compile("Provider name: (\\S+)").matcher(settings);
        List<String> names = new ArrayList<>();
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
