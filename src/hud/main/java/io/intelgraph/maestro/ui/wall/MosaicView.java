package io.intelgraph.maestro.ui.wall;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.TileKey;
import io.intelgraph.maestro.ui.wall.WallLayout.Mark;
import io.intelgraph.maestro.ui.wall.WallLayout.RepoMarks;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every repository at once: one mark per branch, drawn on canvases ({@link TiledCanvas}). A healthy
 * build is a filled square (green passed, grey cancelled or skipped); a build that needs attention,
 * shown above as a tile, is an outline in its state's colour, so the mosaic is the whole organisation
 * and shows where the trouble is. Repositories are set apart by a gap, and named when there is room.
 * A mark keeps its place while states change, so a change redraws that mark (and repaints its canvas
 * cell) alone; only a new branch or repository, or a new size, lays the mosaic out again. Colours come
 * from the stylesheet (probe regions with the marks' style classes), so they follow the theme.
 */
final class MosaicView extends Region {

    /** Mark size and gap at 1080p, in px; the mosaic shrinks its marks to this much if it must. */
    static final double MARK = 10;
    static final double MIN_MARK = 6;
    private static final double NAME_FONT = 12;

    private final Label heading = new Label();
    private final TiledCanvas canvas = new TiledCanvas();
    private final Map<String, Region> probes = new HashMap<>();
    /** Every mark's place, in the mosaic's order (repository by repository, branch by branch). */
    private final List<Slot> slots = new ArrayList<>();
    /** Where each repository's name is written, when they are. */
    private final List<Name> names = new ArrayList<>();
    private List<RepoMarks> repos = List.of();
    private List<RepoMarks> laidOut = List.of();
    /** What the canvas shows, repository by repository: a repository's marks drawn as they are need no look. */
    private List<RepoMarks> drawn = List.of();
    private double laidOutWidth = -1;
    private double laidOutMaxHeight = -1;
    private double allowedHeight = -1;
    private double scale = 1;
    private double mark = MARK;
    private boolean named;
    private double contentHeight;
    private Map<String, Paint> paints = Map.of();

    /** A repository's name, written above its marks from {@code x, y}, {@code width} wide. */
    private record Name(String text, double x, double y, double width) {
    }

    /** Where one branch's mark is drawn and what it shows. */
    private static final class Slot {
        final double x;
        final double y;
        BuildState state;
        Concern concern;

        Slot(double x, double y) {
            this.x = x;
            this.y = y;
        }
    }

    MosaicView() {
        getStyleClass().add("wall-mosaic");
        heading.getStyleClass().add("wall-mosaic-heading");
        heading.setId("wall-mosaic-heading");
        heading.setManaged(false);
        canvas.setManaged(false);
        getChildren().addAll(heading, canvas);
        for (String kind : List.of("passed", "muted", "failed", "running", "waiting", "action", "name", "background")) {
            Region probe = new Region();
            probe.getStyleClass().addAll("mosaic-paint", "mosaic-" + kind);
            probe.setManaged(false);
            probe.setVisible(false);
            probes.put(kind, probe);
            getChildren().add(probe);
        }
    }

    /** Shows {@code next} at {@code scale} (1 at 1080p); the heading says the counts in words. */
    void show(List<RepoMarks> next, WallLayout.Counts counts, double atScale) {
        repos = next;
        if (atScale != scale) {
            scale = atScale;
            laidOutWidth = -1;
        }
        heading.setText(words(counts, next.size()));
        requestLayout();
    }

    /** "✓ 1,891 of 2,192 builds healthy in 400 repositories: 1,745 passed · 98 cancelled · 48 skipped" */
    static String words(WallLayout.Counts counts, int repositories) {
        StringBuilder text = new StringBuilder(String.format("✓ %,d of %,d builds healthy in %,d %s", counts.healthyTotal(),
                counts.total(), repositories, repositories == 1 ? "repository" : "repositories"));
        String separator = ": ";
        for (BuildState state : List.of(BuildState.PASSED, BuildState.CANCELLED, BuildState.SKIPPED)) {
            int n = counts.healthy().getOrDefault(state, 0);
            if (n > 0) {
                text.append(separator).append(String.format("%,d ", n)).append(state.word().toLowerCase());
                separator = " · ";
            }
        }
        return text.toString();
    }

    /** The height the mosaic needs at {@code width}, its marks no larger than fit {@code maxHeight}. */
    double heightFor(double width, double maxHeight) {
        allowedHeight = maxHeight;
        plan(width, maxHeight);
        return headingHeight() + contentHeight;
    }

    private double headingHeight() {
        return heading.prefHeight(-1) + 4 * scale;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double top = headingHeight();
        heading.resizeRelocate(0, 0, width, heading.prefHeight(-1));
        // Planned for the height the wall allowed, not the (smaller) height it then gave: the same plan, not a new one.
        boolean structure = plan(width, allowedHeight > 0 ? allowedHeight : getHeight());
        canvas.relocate(0, top);
        Map<String, Paint> current = readPaints();
        if (structure || !current.equals(paints) || canvas.width() != width || canvas.height() != contentHeight) {
            paints = current;
            canvas.setSize(width, contentHeight);
            redrawAll();
        } else {
            redrawChanged();
        }
    }

    /**
     * Lays out the marks for {@code width} when what is shown or its size changed: named blocks of
     * full-size marks if they fit {@code maxHeight}, else unnamed, shrinking the marks until they fit.
     *
     * @return whether it laid out anew
     */
    private boolean plan(double width, double maxHeight) {
        if (width == laidOutWidth && maxHeight == laidOutMaxHeight && sameStructure(repos, laidOut)) {
            laidOut = repos; // the same structure: the next look at this picture is an identity check
            return false;
        }
        laidOutWidth = width;
        laidOutMaxHeight = maxHeight;
        laidOut = repos;
        double available = maxHeight - headingHeight();
        named = true;
        mark = MARK * scale;
        if (place(width, false) > available) {
            named = false;
            while (place(width, false) > available && mark > MIN_MARK * scale) {
                mark = Math.max(MIN_MARK * scale, mark - scale);
            }
        }
        contentHeight = place(width, true);
        return true;
    }

    /** Places the marks at the current size; the height they take. Records the slots when {@code record}. */
    private double place(double width, boolean record) {
        if (record) {
            slots.clear();
            names.clear();
        }
        double pitch = pitch();
        double repoGap = mark * 0.75;
        double nameHeight = named ? NAME_FONT * scale * 1.35 : 0;
        double lineHeight = nameHeight + pitch;
        Font font = nameFont();
        double x = 0;
        double y = 0;
        for (RepoMarks repo : repos) {
            int count = repo.marks().size();
            double blockWidth = count * pitch;
            double nameWidth = named ? textWidth(repo.repo().name(), font) : 0;
            if (named) {
                blockWidth = Math.max(blockWidth, nameWidth + pitch);
            }
            if (x > 0 && x + blockWidth > width) {
                x = 0;
                y += lineHeight;
            }
            if (record && named) {
                names.add(new Name(repo.repo().name(), x, y, nameWidth));
            }
            double markX = x;
            double markY = y + nameHeight;
            for (Mark m : repo.marks()) {
                if (!named && markX + pitch > width) {
                    markX = 0;
                    markY += pitch;
                    y = markY - nameHeight;
                }
                if (record) {
                    slots.add(new Slot(markX, markY));
                }
                markX += pitch;
            }
            x = (named ? x + blockWidth : markX) + repoGap;
        }
        return repos.isEmpty() ? 0 : y + lineHeight;
    }

    private Font nameFont() {
        return Font.font(heading.getFont().getFamily(), FontWeight.NORMAL, NAME_FONT * scale);
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private static boolean sameStructure(List<RepoMarks> a, List<RepoMarks> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            RepoMarks x = a.get(i);
            RepoMarks y = b.get(i);
            if (x == y) {
                continue; // the planner keeps a repository's marks while none of its tiles changed
            }
            if (x.repo() != y.repo() && !x.repo().equals(y.repo()) || x.marks().size() != y.marks().size()) {
                return false;
            }
            for (int j = 0; j < x.marks().size(); j++) {
                TileKey keyX = x.marks().get(j).tile().key();
                TileKey keyY = y.marks().get(j).tile().key();
                if (keyX != keyY && !keyX.equals(keyY)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Draws everything on the canvases, which {@link TiledCanvas#setSize} has just cleared. */
    private void redrawAll() {
        if (named) {
            Font font = nameFont();
            Paint fill = paints.get("name");
            double nameHeight = NAME_FONT * scale * 1.35;
            for (Name name : names) {
                canvas.draw(name.x(), name.y(), name.width() + 2, nameHeight, g -> {
                    g.setFont(font);
                    g.setFill(fill);
                    g.setTextBaseline(VPos.TOP);
                    g.fillText(name.text(), name.x(), name.y() + NAME_FONT * scale * 0.05);
                });
            }
        }
        int i = 0;
        for (RepoMarks repo : repos) {
            for (Mark m : repo.marks()) {
                Slot slot = slots.get(i++);
                slot.state = m.state();
                slot.concern = m.concern();
                draw(slot, false);
            }
        }
        drawn = repos;
    }

    private void redrawChanged() {
        int i = 0;
        for (int r = 0; r < repos.size(); r++) {
            RepoMarks repo = repos.get(r);
            if (r < drawn.size() && drawn.get(r) == repo) {
                i += repo.marks().size();
                continue;
            }
            for (Mark m : repo.marks()) {
                Slot slot = slots.get(i++);
                if (slot.state != m.state() || !Objects.equals(slot.concern, m.concern())) {
                    slot.state = m.state();
                    slot.concern = m.concern();
                    draw(slot, true);
                }
            }
        }
        drawn = repos;
    }

    /**
     * A healthy build is a filled square; one shown above as a tile an outline in its state's colour.
     * {@code clear} first wipes what the slot showed before.
     */
    private void draw(Slot slot, boolean clear) {
        Paint paint = paints.get(kind(slot.state, slot.concern));
        double inset = inset();
        double line = outlineWidth();
        double pitch = pitch();
        canvas.draw(slot.x, slot.y, pitch, pitch, g -> {
            if (clear) {
                g.clearRect(slot.x, slot.y, pitch, pitch);
            }
            if (slot.concern == null) {
                g.setFill(paint);
                g.fillRoundRect(slot.x + inset, slot.y + inset, mark - 2 * inset, mark - 2 * inset, mark / 4, mark / 4);
            } else {
                g.setStroke(paint);
                g.setLineWidth(line);
                g.strokeRoundRect(slot.x + inset + line / 2, slot.y + inset + line / 2, mark - 2 * inset - line,
                        mark - 2 * inset - line, mark / 4, mark / 4);
            }
        });
    }

    /** A mark's place, side and gap: its square and the space to the next. */
    private double pitch() {
        return mark * 1.25;
    }

    /** The space between a mark's place and its square. */
    private double inset() {
        return mark * 0.1;
    }

    /** The line of a mark drawn as an outline. */
    private double outlineWidth() {
        return Math.max(1.5, mark / 6);
    }

    private static String kind(BuildState state, Concern concern) {
        if (concern != null) {
            return switch (concern) {
                case FAILED, BLOCKED_BY_POLICY, CRITICAL_VULNERABILITIES -> "failed";
                case ACTION_REQUIRED -> "action";
                case RUNNING -> "running";
                case WAITING -> "waiting";
                case QUEUED -> "muted";
            };
        }
        return state == BuildState.PASSED ? "passed" : "muted";
    }

    /** The probes' colours as the stylesheet has them now (they follow the theme). */
    private Map<String, Paint> readPaints() {
        Map<String, Paint> read = new HashMap<>();
        probes.forEach((kind, probe) -> {
            probe.applyCss();
            var background = probe.getBackground();
            read.put(kind, background == null || background.getFills().isEmpty() ? Color.GRAY
                    : background.getFills().get(0).getFill());
        });
        return read;
    }

    /** A point on a mark's shape (filled or outlined), in this view's coordinates, and the paint it should have. */
    record MarkPoint(double x, double y, Paint paint) {
    }

    /** Each mark's point (tests: the pixels there must have its paint, whatever canvas cell it is on). */
    List<MarkPoint> markPoints() {
        double inset = inset();
        double line = outlineWidth();
        return slots.stream().filter(slot -> slot.state != null).map(slot -> new MarkPoint(
                canvas.getLayoutX() + slot.x + inset + line / 2, canvas.getLayoutY() + slot.y + mark / 2,
                paints.get(kind(slot.state, slot.concern)))).toList();
    }

    /** The marks drawn now, for tests: how many of each kind (the words must match them). */
    Map<String, Integer> drawnKinds() {
        Map<String, Integer> kinds = new HashMap<>();
        for (Slot slot : slots) {
            if (slot.state != null) {
                kinds.merge(kind(slot.state, slot.concern) + (slot.concern == null ? "" : "-outline"), 1, Integer::sum);
            }
        }
        return kinds;
    }

    boolean named() {
        return named;
    }

    double markSize() {
        return mark;
    }
}
