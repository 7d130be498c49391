package io.intelgraph.maestro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test data under src/core/test/resources (sources and licences in the SOURCE files beside it). */
public final class Fixtures {

    private Fixtures() {
    }

    /** The tests run from the repository root (surefire's working directory), the HUD module's too. */
    private static final Path ROOT = Path.of("src", "core", "test", "resources");

    /** A file on disk, not a class path resource: the HUD module sees these through a test jar. */
    public static Path path(String resource) {
        Path file = ROOT.resolve(resource);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no test resource " + resource + " under " + ROOT.toAbsolutePath());
        }
        return file;
    }

    public static byte[] bytes(String resource) {
        try {
            return Files.readAllBytes(path(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every octokit webhook example (file names are EVENT.ACTION....json). */
    public static List<Path> webhookPayloads() {
        try (Stream<Path> files = Files.list(path("github/webhooks"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
