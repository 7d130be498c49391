import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The application image jpackage lays out (bin/, lib/app, lib/runtime), which the installers package as it is,
 * with the script launcher, the chart, the policies and the kiosk files added on Linux.
 */
final class AppImage {

    static final String NAME = "maestro";
    static final String MAIN_CLASS = "io.intelgraph.maestro.cli.Main";

    private AppImage() {
    }

    static Path create(BuildOptions options, AppJars jars, JvmOptions jvm, Path runtime) throws IOException {
        // jpackage copies every file of --input into lib/app: only the class path goes there.
        Path input = options.out().resolve("app-input");
        Tree.delete(input);
        Files.createDirectories(input);
        ClassFileUpgrade.copy(jars.classpath(), input).forEach(upgraded -> Log.step(upgraded.line()));
        Path dest = options.out().resolve("image");
        Tree.delete(dest);
        List<String> args = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", NAME,
                "--dest", dest.toString(),
                "--runtime-image", runtime.toString(),
                "--input", input.toString(),
                "--main-jar", jars.mainJar().getFileName().toString(),
                "--main-class", MAIN_CLASS,
                "--app-version", options.appVersion(),
                "--vendor", "IntelGraph",
                "--description", "Maestro Build HUD: live build tiles, previews, policy gates and supply-chain panels",
                "--icon", icon(options.root()).toString()));
        for (String option : jvm.options()) {
            args.add("--java-options");
            args.add(option);
        }
        switch (Platform.current()) {
            case WINDOWS -> {
                // The window's launcher has no console; maestro-cli.exe is the same program with one, for the CLI.
                Path cli = options.out().resolve("maestro-cli.properties");
                Files.writeString(cli, "win-console=true\n");
                args.addAll(List.of("--add-launcher", "maestro-cli=" + cli));
            }
            case MAC -> args.addAll(List.of("--mac-package-identifier", "io.intelgraph.maestro"));
            case LINUX -> { }
        }
        Commands.tool("jpackage", args);
        Path image = dest.resolve(Platform.current() == Platform.MAC ? NAME + ".app" : NAME);
        if (!Files.isDirectory(image)) {
            throw new IllegalStateException("jpackage made no " + image);
        }
        return image;
    }

    /** bin/maestro becomes the script: it checks for GTK before Java starts and uses the AOT cache. */
    static void installScriptLauncher(Path image, Path script, AppJars jars, JvmOptions jvm) throws IOException {
        Path app = image.resolve("lib/app");
        Files.writeString(app.resolve("jvm.args"), jvm.argFile());
        Files.writeString(app.resolve("classpath"), String.join("\n", jars.classpathNames()) + "\n");
        Path launcher = image.resolve("bin/" + NAME);
        Files.copy(script, launcher, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /**
     * The chart and policies the Previews view deploys with, and the kiosk launcher and its session files; under lib/,
     * since jpackage's .deb and .rpm take only bin/ and lib/ of an application image.
     */
    static void addShared(Path image, Path root) throws IOException {
        Path share = image.resolve("lib/share");
        Tree.delete(share);
        Tree.copy(root.resolve("helm"), share.resolve("helm"));
        Tree.copy(root.resolve("policy"), share.resolve("policy"));
        Tree.copy(root.resolve("installers/kiosk"), share.resolve("kiosk"));
        Path kiosk = image.resolve("bin/maestro-kiosk");
        Files.move(share.resolve("kiosk/maestro-kiosk"), kiosk, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(kiosk, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path icon(Path root) {
        Path icons = root.resolve("assets/icon");
        return switch (Platform.current()) {
            case WINDOWS -> icons.resolve("maestro.ico");
            case MAC -> icons.resolve("maestro.icns");
            case LINUX -> icons.resolve("maestro-256.png");
        };
    }
}
