package io.intelgraph.maestro.ui.style;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.distill.BranchRecommendation;
import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.evidence.EvidenceSummary;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.testing.OnFx;
import io.intelgraph.maestro.testing.Runs;
import io.intelgraph.maestro.ui.HudWindow;
import io.intelgraph.maestro.ui.style.Contrast.Vision;
import io.intelgraph.maestro.ui.tiles.TileExtras;
import io.intelgraph.maestro.ui.tiles.TileView;
import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legible from across the room, measured from the pixels: every tile state and badge rendered
 * headless in every theme (dark, light, high contrast), and the contrast of each word and shape against what it is drawn on read
 * off the image (text ≥ 4.5:1, shapes ≥ 3:1, WCAG 2.2 §1.4.3 and §1.4.11). The state colours must stay
 * apart (ΔE*ab ≥ {@value #DISTINCT}) for typical vision and simulated protanopia and deuteranopia.
 * Rendered at twice the size, so thin strokes reach their full colour.
 */
class TileContrastTest {

    private static final double TEXT = 4.5;
    private static final double SHAPE = 3.0;
    private static final double DISTINCT = 12;
    private static final double SCALE = 2;
    /** High contrast is a pseudo-class over the dark theme (hud.css), measured as a theme of its own. */
    private static final Map<String, Theme> THEMES = Map.of("dark", new PrimerDark(), "light", new PrimerLight(),
            "high-contrast", new PrimerDark());
    private static final List<String> THEME_NAMES = List.of("dark", "light", "high-contrast");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void darkAgain() {
        OnFx.read(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            return null;
        });
    }

    private record Measured(String what, double ratio, double least) {
        boolean ok() {
            return ratio >= least;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-58s %5.2f:1 %s (≥ %.1f)", what, ratio, ok() ? "ok " : "LOW", least);
        }
    }

    /** A rendered tile: its pixels and where its parts are. */
    private record Rendered(WritableImage image, Map<String, Bounds> parts, Bounds tile) {

        Color at(int x, int y) {
            return image.getPixelReader().getColor(x, y);
        }

        /** The most frequent colour in {@code b}: what the part is drawn on. */
        Color background(Bounds b) {
            Map<Color, Integer> counts = new HashMap<>();
            forEach(b, c -> counts.merge(c, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        /** The text's contrast: the 4th highest of its pixels against its background (anti-aliasing is lower). */
        double text(Bounds b, Color background) {
            List<Double> ratios = new ArrayList<>();
            forEach(b, c -> ratios.add(Contrast.ratio(c, background)));
            ratios.sort(Comparator.reverseOrder());
            return ratios.get(Math.min(3, ratios.size() - 1));
        }

        /** A filled shape's colour: the most frequent colour in its bounds that is not the background. */
        Color fill(Bounds b, Color background) {
            Map<Color, Integer> counts = new HashMap<>();
            forEach(b, c -> {
                if (Contrast.ratio(c, background) > 1.15) {
                    counts.merge(c, 1, Integer::sum);
                }
            });
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        private void forEach(Bounds b, Consumer<Color> pixel) {
            PixelReader reader = image.getPixelReader();
            for (int y = (int) Math.max(0, b.getMinY()); y < Math.min(image.getHeight(), b.getMaxY()); y++) {
                for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(image.getWidth(), b.getMaxX()); x++) {
                    pixel.accept(reader.getColor(x, y));
                }
            }
        }
    }

    private static Rendered render(String theme, BuildTile tile, TileExtras extras) {
        return OnFx.read(() -> {
            Application.setUserAgentStylesheet(THEMES.get(theme).getUserAgentStylesheet());
            TileView view = new TileView(t -> { });
            view.update(tile, extras, Runs.T0);
            StackPane root = new StackPane(view);
            root.getStyleClass().addAll("hud-root", "tile-grid");
            root.pseudoClassStateChanged(States.LIGHT, theme.equals("light"));
            root.pseudoClassStateChanged(States.HIGH_CONTRAST, theme.equals("high-contrast"));
            root.setStyle("-fx-padding: 12;");
            Scene scene = new Scene(root, 364, 190);
            scene.getStylesheets().add(HudWindow.class.getResource("hud.css").toExternalForm());
            root.applyCss();
            root.layout();
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(SCALE, SCALE));
            WritableImage image = root.snapshot(params, null);
            Map<String, Bounds> parts = new LinkedHashMap<>();
            for (String part : List.of(".tile-state", ".tile-repo", ".tile-branch", ".tile-detail", ".tile-elapsed",
                    ".status-glyph", "#tile-findings", "#tile-tests", "#tile-signature", "#tile-advice")) {
                Node node = view.lookup(part);
                if (node != null && node.isVisible() && node.getParent().isVisible()
                        && !node.getLayoutBounds().isEmpty()) {
                    parts.put(part, scaled(node.localToScene(node.getBoundsInLocal())));
                }
            }
            return new Rendered(image, parts, scaled(view.localToScene(view.getBoundsInLocal())));
        });
    }

    private static Bounds scaled(Bounds b) {
        return new BoundingBox(b.getMinX() * SCALE, b.getMinY() * SCALE, b.getWidth() * SCALE,
                b.getHeight() * SCALE);
    }

    private static BuildTile tile(BuildState state) {
        RunStatus status = switch (state) {
            case RUNNING -> RunStatus.IN_PROGRESS;
            case QUEUED -> RunStatus.QUEUED;
            case WAITING -> RunStatus.WAITING;
            default -> RunStatus.COMPLETED;
        };
        Conclusion conclusion = switch (state) {
            case PASSED -> Conclusion.SUCCESS;
            case FAILED -> Conclusion.FAILURE;
            case ACTION_REQUIRED -> Conclusion.ACTION_REQUIRED;
            case CANCELLED -> Conclusion.CANCELLED;
            case SKIPPED -> Conclusion.SKIPPED;
            default -> Conclusion.NONE;
        };
        WorkflowRun run = Runs.run(7, "intelgraph/billing-engine", "main", "CI", status, conclusion, 0);
        return new BuildTile(new TileKey(run.repo(), run.headBranch()), Optional.empty(), run, List.of(run), List.of(run),
                state, state, Runs.T0, "");
    }

    private static TileExtras badges(int critical, int high, int broken, int flaky, SignatureState signature) {
        return new TileExtras(Optional.empty(), Optional.of(new EvidenceSummary(7, critical, high, 0, 0, broken, 6, flaky, 0,
                true, signature)), Optional.of(new BranchRecommendation("intelgraph/billing-engine:main",
                Recommendation.values()[0], 0.9, Recommendation.values()[0], Map.of(), Map.of())));
    }

    /** Every word and shape of every state's tile, with the badges a failed and a passed tile can carry. */
    private static List<Measured> measureAll(Map<BuildState, Color> stateColours, String theme) {
        List<Measured> out = new ArrayList<>();
        for (BuildState state : BuildState.values()) {
            TileExtras extras = switch (state) {
                case FAILED -> badges(2, 1, 4, 0, SignatureState.UNVERIFIED);
                case PASSED -> badges(0, 3, 0, 2, SignatureState.COULD_NOT_VERIFY);
                case CANCELLED -> badges(0, 0, 0, 0, SignatureState.MISSING);
                case SKIPPED -> badges(0, 0, 0, 0, SignatureState.VERIFIED);
                default -> TileExtras.NONE;
            };
            Rendered r = render(theme, tile(state), extras);
            Color tileBackground = r.background(r.tile());
            String prefix = theme + " " + state.word() + ": ";
            r.parts().forEach((part, bounds) -> {
                if (part.equals(".status-glyph")) {
                    Color fill = r.fill(bounds, tileBackground);
                    out.add(new Measured(prefix + "status glyph (shape)", Contrast.ratio(fill, tileBackground), SHAPE));
                } else {
                    Color on = r.background(bounds);
                    out.add(new Measured(prefix + part.replace(".tile-", "").replace("#tile-", "badge ") + " (text)",
                            r.text(bounds, on), TEXT));
                }
            });
            // The state stripe down the tile's left edge, against the tile beside it.
            Bounds stripe = new BoundingBox(r.tile().getMinX() + 2 * SCALE, r.tile().getMinY() + 40 * SCALE,
                    5 * SCALE, 40 * SCALE);
            Color stripeColour = r.background(stripe);
            stateColours.put(state, stripeColour);
            out.add(new Measured(prefix + "state stripe (shape)", Contrast.ratio(stripeColour, tileBackground), SHAPE));
        }
        return out;
    }

    @Test
    void everyWordAndShapeOfEveryStateIsLegibleInEveryTheme() {
        List<Measured> all = new ArrayList<>();
        for (String theme : THEME_NAMES) {
            all.addAll(measureAll(new HashMap<>(), theme));
        }
        all.forEach(System.out::println);
        List<Measured> low = all.stream().filter(m -> !m.ok()).toList();
        assertTrue(low.isEmpty(), "below the contrast they need:\n" + low.stream().map(Measured::toString)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void stateColoursStayApartUnderProtanopiaAndDeuteranopia() {
        for (String theme : THEME_NAMES) {
            Map<BuildState, Color> colours = new LinkedHashMap<>();
            measureAll(colours, theme);
            // Queued, cancelled and skipped share the muted colour by design: shape and word tell them apart.
            List<BuildState> distinct = List.of(BuildState.PASSED, BuildState.FAILED, BuildState.RUNNING, BuildState.WAITING,
                    BuildState.ACTION_REQUIRED, BuildState.QUEUED);
            List<String> close = new ArrayList<>();
            for (Vision vision : Vision.values()) {
                for (int i = 0; i < distinct.size(); i++) {
                    for (int j = i + 1; j < distinct.size(); j++) {
                        double d = Contrast.deltaE(vision.see(colours.get(distinct.get(i))),
                                vision.see(colours.get(distinct.get(j))));
                        String line = String.format(Locale.ROOT, "%s %s: %s vs %s ΔE %.1f", theme, vision, distinct.get(i),
                                distinct.get(j), d);
                        System.out.println(line);
                        if (d < DISTINCT) {
                            close.add(line);
                        }
                    }
                }
            }
            assertTrue(close.isEmpty(), "state colours too close:\n" + String.join("\n", close));
        }
    }
}
