package io.intelgraph.maestro.bench;

import io.intelgraph.maestro.ui.HudComposition;
import io.intelgraph.maestro.ui.HudContext;
import io.intelgraph.maestro.userstate.UserStateStore;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's pictures of the wall at organisation size: the HUD headless (Monocle, software
 * rendering) on a screen of the given size, in wall mode on 2,192 simulated tiles, written as PNG.
 * {@code WallScreenshots 1920x1080 assets/screenshots/hud-wall-1080p.png [light]} — one screen size a
 * JVM, since the headless screen is fixed when the toolkit starts.
 */
public final class WallScreenshots {

    private WallScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String geometry = args[0];
        Path out = Path.of(args[1]);
        boolean light = args.length > 2 && args[2].equals("light");
        boolean desktop = args.length > 3 && args[3].equals("desktop");
        System.setProperty("headless.geometry", geometry + "-32");
        HeadlessFx.start();
        try (WallWorkload workload = WallWorkload.open(WallBenchmark.ORGANISATION, 100)) {
            Path userState = Files.createTempDirectory("wall-shot");
            if (light) {
                Files.writeString(userState.resolve("ui-state.json"), "{\"darkTheme\": false}");
            }
            HudComposition hud = HeadlessFx.onFx(() -> {
                HudComposition created = HudComposition.create(new HudContext(workload.plane(), workload.client(), () -> { },
                        new UserStateStore(userState), !desktop, true));
                created.window().show(new Stage());
                return created;
            });
            // Past the first snapshot and a few pulses: laid out, colours applied, spinners at rest or not.
            Thread.sleep(6_000);
            WritableImage image = HeadlessFx.onFx(() -> hud.window().root().getScene().snapshot(null));
            write(image, out);
            System.out.println("wrote " + out + " (" + (int) image.getWidth() + "×" + (int) image.getHeight() + ", "
                    + workload.tiles() + " tiles)");
            HeadlessFx.onFx(() -> {
                hud.close();
                return null;
            });
        }
        Platform.exit();
        System.exit(0);
    }

    /** PNG through ImageIO, pixel by pixel (javafx.swing's SwingFXUtils is not on the class path). */
    static void write(WritableImage image, Path out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
            buffered.setRGB(0, y, width, 1, row, 0, width);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(buffered, "png", out.toFile());
    }
}
