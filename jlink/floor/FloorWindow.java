package floor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;

/**
 * The startup benchmark's floor (jlink/startup-benchmark.sh, variant "floor"): the least a JavaFX window with as many
 * labels as the simulator has tiles costs on this machine — the image's runtime and JVM options, an AOT cache of its
 * own, JavaFX's default theme, no data, no network. It logs "first tiles in N ms", measured as the HUD measures its
 * own (process age from /proc at the first layout pulse after the window is shown), and stays open until killed.
 * Not part of the product: the benchmark compiles it into an image of its own that shares the HUD image's runtime,
 * JVM options and launcher, so it starts exactly as the HUD's window does.
 */
public final class FloorWindow extends Application {

    @Override
    public void start(Stage stage) {
        int labels = Integer.parseInt(getParameters().getRaw().getFirst());
        FlowPane tiles = new FlowPane(8, 8);
        for (int i = 0; i < labels; i++) {
            tiles.getChildren().add(new Label("build tile " + (i + 1)));
        }
        Scene scene = new Scene(tiles, 1440, 900);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long cpuMillis = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
                System.out.printf(Locale.ROOT, "first tiles in %d ms (%d labels, %.2f CPU s)%n", processAgeMillis(), labels,
                        cpuMillis / 1000.0);
                if (getParameters().getRaw().contains("--exit")) {
                    Platform.exit();
                }
            }
        });
        stage.setTitle("JavaFX floor");
        stage.setScene(scene);
        stage.show();
    }

    /** As the HUD's ProcessAge: the system's uptime less the process's start, both from /proc (Linux only). */
    private static long processAgeMillis() {
        try {
            String uptime = Files.readString(Path.of("/proc/uptime")).trim();
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
            return Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000)
                    - Long.parseLong(after[19]) * 10;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
