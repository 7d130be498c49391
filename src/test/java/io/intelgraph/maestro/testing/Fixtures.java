package io.intelgraph.maestro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test data under src/test/resources (sources and licences in the SOURCE files beside it). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + resource, e);
        }
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
