package io.intelgraph.maestro.testing;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The README's screenshots, taken by the headless UI tests that show each view: written only when
 * {@code -Dmaestro.screenshots=DIR} names a directory ({@code assets/screenshots}), nothing otherwise.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Writes {@code scene} as {@code DIR/name} after {@code settle} (animations and the last layout
     * pulse done).
     */
    public static void write(Scene scene, String name, Duration settle)
            throws IOException, InterruptedException, TimeoutException {
        String dir = System.getProperty("maestro.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Thread.sleep(settle.toMillis());
        OnFx.await(() -> true);
        WritableImage image = OnFx.read(() -> scene.snapshot(null));
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir, name).toFile());
    }
}
