import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the runtime image: {@code ./mvnw -Pdist package} runs it from jlink/pom.xml, after the app's jars and their
 * runtime dependencies were copied to {@code --deps}. A multi-file source program (JDK 22+), so it needs no build of
 * its own and runs the same on Linux, macOS and Windows.
 *
 * <ol>
 *   <li>the JDK modules the jars need (jdeps) plus the service providers jdeps cannot see (modules.txt), and JavaFX's
 *       modular jars, natives inside, are linked into one runtime (jlink), whose java.security then lists only the
 *       security providers it holds;</li>
 *   <li>jpackage lays out the application image around it: lib/runtime, lib/app (the jars), a native launcher;</li>
 *   <li>on Linux bin/maestro becomes the launcher script (GTK check, measured options, the AOT cache); macOS and Windows
 *       keep jpackage's native launcher, with the same options;</li>
 *   <li>the AOT cache is recorded by a training run of that launcher on the simulator (on Linux under Xvfb if there
 *       is no display) and the native launchers are pointed at it;</li>
 *   <li>the image is archived as {@code maestro-<version>-<os>-<arch>.tar.gz} for the release.</li>
 * </ol>
 */
public final class DistBuild {

    private DistBuild() {
    }

    public static void main(String[] args) throws Exception {
        BuildOptions options = BuildOptions.parse(args);
        Path jlinkDir = options.root().resolve("jlink");
        AppJars jars = AppJars.sort(options.deps(), options.version());
        JvmOptions jvm = JvmOptions.read(jlinkDir.resolve("jvm.options"));

        List<String> modules = RuntimeLinker.modules(jars, jlinkDir.resolve("modules.txt"));
        Log.step("modules: " + String.join(",", modules));
        Path runtime = RuntimeLinker.link(jars, modules, options.out().resolve("runtime"));
        Log.step("security providers: " + String.join(",", SecurityProviders.keepLinked(runtime)));
        RuntimeLinker.dumpDefaultArchiveFor(runtime, jvm);

        Path image = AppImage.create(options, jars, jvm, runtime);
        Log.step("image: " + image);
        Platform platform = Platform.current();
        if (platform.scriptLauncher()) {
            AppImage.installScriptLauncher(image, jlinkDir.resolve("launcher/maestro"), jars, jvm);
            AppImage.addShared(image, options.root());
            JarTimes.pin(image.resolve("lib/app"), options.timestamp());
        }
        if (!options.aot()) {
            Log.step("AOT cache skipped (-Ddist.aot=false): the image starts without it");
        } else if (platform == Platform.LINUX) {
            new AotTraining(TrainedLauncher.of(image, platform), options.out()).run();
        } else {
            trainUnchecked(TrainedLauncher.of(image, platform), image, options);
        }
        if (platform == Platform.LINUX) {
            Path archive = options.out().resolve("maestro-" + options.appVersion() + "-" + platform.classifier() + ".tar.gz");
            Files.deleteIfExists(archive);
            Commands.run(List.of("tar", "-C", image.getParent().toString(), "-czf", archive.toString(), image.getFileName().toString()));
            Log.step("archive: " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MB)");
        }
    }

    /**
     * macOS and Windows are trained only on the release workflow's runners, never on a machine this project tests on:
     * if it fails there, the installers still ship, as before, without the cache (slower to start, nothing else), and
     * the workflow run shows why.
     */
    private static void trainUnchecked(TrainedLauncher launcher, Path image, BuildOptions options)
            throws InterruptedException {
        try {
            new AotTraining(launcher, options.out()).run();
            if (launcher.platform() == Platform.MAC) {
                // The cache and the changed .cfg are new files in the bundle: seal it again, ad hoc as jpackage does
                // without --mac-sign, so its signature covers them.
                Commands.run(List.of("codesign", "--force", "--deep", "--sign", "-", image.toString()));
            }
        } catch (IOException | RuntimeException e) {
            try {
                launcher.unpoint();
                Files.deleteIfExists(launcher.cache());
            } catch (IOException ignored) {
                // nothing more to undo from here; the warning below says the cache is not shipped
            }
            String warning = "no AOT cache on " + launcher.platform() + ": " + e.getMessage();
            Log.step(System.getenv("GITHUB_ACTIONS") != null ? "::warning::" + warning : warning);
        }
    }
}
