package io.intelgraph.maestro.supplychain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public-good Sigstore trusted root shipped with the HUD (a snapshot, see {@code sigstore/SOURCE.md}), copied once
 * per process to a file, the form sigstore-java reads.
 */
final class BundledTrustedRoot {

    private BundledTrustedRoot() {
    }

    static Path file() {
        return Copy.FILE;
    }

    /** Made on first use (the JVM initialises the holder then). */
    private static final class Copy {
        static final Path FILE = copy();

        private static Path copy() {
            try (InputStream in = BundledTrustedRoot.class.getResourceAsStream("/sigstore/trusted_root.json")) {
                if (in == null) {
                    throw new IllegalStateException("the bundled Sigstore trusted root is missing");
                }
                Path copy = Files.createTempFile("sigstore-trusted-root", ".json");
                copy.toFile().deleteOnExit();
                Files.write(copy, in.readAllBytes());
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
