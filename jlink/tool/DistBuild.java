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
 *       keep jpackage's native launcher, with the same options and no AOT cache;</li>
 *   <li>the AOT cache is recorded by a training run of that launcher on the simulator (Linux, under Xvfb if
 *       there is no display);</li>
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
        if (Platform.current().scriptLauncher()) {
            AppImage.installScriptLauncher(image, jlinkDir.resolve("launcher/maestro"), jars, jvm);
            AppImage.addShared(image, options.root());
            JarTimes.pin(image.resolve("lib/app"), options.timestamp());
            if (options.aot()) {
                new AotTraining(image, options.out()).run();
            } else {
                Log.step("AOT cache skipped (-Ddist.aot=false): the image starts without it");
            }
            Path archive = options.out().resolve("maestro-" + options.appVersion() + "-" + Platform.current().classifier() + ".tar.gz");
            Files.deleteIfExists(archive);
            Commands.run(List.of("tar", "-C", image.getParent().toString(), "-czf", archive.toString(), image.getFileName().toString()));
            Log.step("archive: " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MB)");
        }
    }
}
