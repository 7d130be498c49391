import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Class files older than Java 6 (major version below 50) cannot be in the AOT cache: the JVM leaves them out of it
 * ("Old class has been linked" in the training log) and, at every start, loads them from their jar and checks them with
 * the old inferencing verifier. picocli 4.7 is built for Java 5 and is on the path of every start: ~170 classes before
 * the command line is read (README "Startup and memory": with them in the cache it is read ~150 ms sooner). A jar with
 * such classes goes into the image with them re-emitted as Java 8 class files with stack maps (the JDK's
 * java.lang.classfile; the instructions are the same), each checked by the JDK's verifier; a jar this cannot do whole
 * goes in as it was. What was re-emitted, with both jars' SHA-256, is listed in lib/app/class-file-upgrades.txt, so
 * the SBOM's hash of the original still says where the jar came from.
 */
final class ClassFileUpgrade {

    private static final String RECORD = "class-file-upgrades.txt";
    private static final int JAVA_6 = 50;
    private static final int JAVA_8 = 52;

    /** One jar re-emitted: its name, how many of its classes, and its SHA-256 before and after. */
    record Upgraded(String jar, int classes, String originalSha256, String shippedSha256) {
        String line() {
            return jar + ": " + classes + " class files re-emitted as Java 8 (stack maps added), original SHA-256 "
                    + originalSha256 + ", shipped " + shippedSha256;
        }
    }

    private ClassFileUpgrade() {
    }

    /** Copies {@code jars} into {@code dir}, re-emitting old class files; writes the record when any were. */
    static List<Upgraded> copy(List<Path> jars, Path dir) throws IOException {
        List<Upgraded> upgraded = new ArrayList<>();
        for (Path jar : jars) {
            Path target = dir.resolve(jar.getFileName());
            int classes = oldClasses(jar);
            if (classes > 0 && reemit(jar, target)) {
                upgraded.add(new Upgraded(jar.getFileName().toString(), classes, sha256(jar), sha256(target)));
            } else {
                Files.copy(jar, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!upgraded.isEmpty()) {
            Files.write(dir.resolve(RECORD), upgraded.stream().map(Upgraded::line).toList());
        }
        return upgraded;
    }

    private static int oldClasses(Path jar) throws IOException {
        int old = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (isClass(entry)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] header = in.readNBytes(8);
                        old += header.length == 8 && ((header[6] & 0xff) << 8 | header[7] & 0xff) < JAVA_6 ? 1 : 0;
                    }
                }
            }
        }
        return old;
    }

    /** Writes {@code jar} to {@code target} with its old classes re-emitted; false (and nothing written) if one fails. */
    private static boolean reemit(Path jar, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (URLClassLoader resources = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipFile zip = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(partial);
                ZipOutputStream out = new ZipOutputStream(file)) {
            // Stack maps need the class hierarchy: the JDK's own classes, and the jar's.
            ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver
                    .defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(resources))));
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (isClass(entry)) {
                    ClassModel model = classFile.parse(bytes);
                    if (model.majorVersion() < JAVA_6) {
                        bytes = classFile.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                                .andThen((builder, element) -> {
                                    if (element instanceof ClassFileVersion) {
                                        builder.withVersion(JAVA_8, 0);
                                    } else {
                                        builder.with(element);
                                    }
                                }));
                        List<VerifyError> errors = classFile.verify(bytes);
                        if (!errors.isEmpty()) {
                            throw new IllegalStateException(entry.getName() + ": " + errors.getFirst().getMessage());
                        }
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                // The entry's time as in the jar, whatever this machine's time zone: the same bytes on every build.
                copy.setTimeLocal(entry.getTimeLocal());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (RuntimeException e) {
            Files.deleteIfExists(partial);
            Log.step("class files of " + jar.getFileName() + " left as they are (" + e.getMessage() + ")");
            return false;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    private static boolean isClass(ZipEntry entry) {
        // module-info is Java 9+ by definition; multi-release versions/ entries are newer already.
        return entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
