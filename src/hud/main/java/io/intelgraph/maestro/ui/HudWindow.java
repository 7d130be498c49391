package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.config.WallConfig;
import io.intelgraph.maestro.config.WallPage;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.ui.auth.SignInWindow;
import io.intelgraph.maestro.ui.detail.RunDetailView;
import io.intelgraph.maestro.ui.detail.RunDetailViewModel;
import io.intelgraph.maestro.ui.previews.PreviewsView;
import io.intelgraph.maestro.ui.release.ReleaseView;
import io.intelgraph.maestro.ui.slo.SloView;
import io.intelgraph.maestro.ui.style.States;
import io.intelgraph.maestro.ui.style.ThemeStylesheet;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import io.intelgraph.maestro.ui.teachers.TeachersView;
import io.intelgraph.maestro.ui.tiles.AnimationClock;
import io.intelgraph.maestro.ui.tiles.TileExtras;
import io.intelgraph.maestro.ui.tiles.TileGrid;
import io.intelgraph.maestro.ui.wall.BurnInGuard;
import io.intelgraph.maestro.ui.wall.RecommendationsPage;
import io.intelgraph.maestro.ui.wall.WallPlanner;
import io.intelgraph.maestro.ui.wall.WallRotation;
import io.intelgraph.maestro.ui.wall.WallRotationView;
import io.intelgraph.maestro.ui.wall.WallView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window: header with the source (SIMULATED in large letters when it is), filter bar,
 * tile grid, detail panel, and a status bar with freshness and API budget. Wall mode (F11 or W)
 * goes full screen, hides the controls and the cursor, enlarges type, rotates through the wall's
 * pages ({@code wall.pages}) and guards the screen against burn-in.
 * It shows view models built by {@link HudComposition}; it builds none of its own.
 */
public final class HudWindow {


    private final ViewModels models;
    private final HudViewModel model;
    private final RunDetailViewModel detailModel;
    private final BuildPlane plane;
    private final BorderPane root = new BorderPane();
    private final AnimationClock clock;
    private final TileGrid grid;
    private final WallView wallView;
    /** The wall's layout of each snapshot, made from the last one's. */
    private final WallPlanner wallPlanner = new WallPlanner();
    /** The window's place before the wall covered the screen (null: not covering it). */
    private Rectangle2D windowed;
    /** Made when a run is first opened: a window that never shows one (the wall) never builds it. */
    private RunDetailView detail;
    private final FxSnapshotPump pump;
    private final DeferredView previewsView;
    private final ToggleGroup views = new ToggleGroup();
    private final BooleanProperty previewsShown = new SimpleBooleanProperty();
    private final Label pageLabel = new Label();
    private final Consumer<String> openUrl;
    private final WallRotation rotation;
    private final RecommendationsPage recommendations = new RecommendationsPage();
    private final BurnInGuard burnIn;
    private WallRotationView rotationView;
    /** When the wall last asked for a release plan. */
    private Instant releasePlannedAt = Instant.EPOCH;
    private Runnable unsubscribe = () -> { };
    private Stage stage;
    /** The start-up's two moments, logged once each: the last session's picture shown, this session's. */
    private boolean firstCachedLogged;
    private boolean firstLiveLogged;
    private final CompletableFuture<Void> firstLiveTilesShown = new CompletableFuture<>();

    /** The wall's release page plans again when it comes round after this long (each plan costs API calls). */
    private static final Duration RELEASE_REPLAN = Duration.ofMinutes(10);

    /**
     * @param plane   where the snapshots come from (subscribed while shown) and the builds' clock
     * @param openUrl opens a link in the browser
     * @param tasks   schedules the wall's page turns
     */
    public HudWindow(ViewModels models, BuildPlane plane, Consumer<String> openUrl, TaskExecutor tasks) {
        this(models, plane, openUrl, tasks, WallConfig.DEFAULT);
    }

    /** @param wall the wall's pages, their turn, and its dimming hours */
    public HudWindow(ViewModels models, BuildPlane plane, Consumer<String> openUrl, TaskExecutor tasks, WallConfig wall) {
        this.models = models;
        this.openUrl = openUrl;
        this.model = models.hud();
        this.detailModel = models.detail();
        this.plane = plane;
        this.clock = new AnimationClock(() -> plane.clock().instant(), tasks);
        this.grid = new TileGrid(this::openDetail, clock);
        // A clock of its own: the wall and the grid are never shown at once, and each stops when hidden.
        this.wallView = new WallView(new AnimationClock(() -> plane.clock().instant(), tasks), tasks);
        this.previewsView = new DeferredView(() -> new PreviewsView(models.previews(), Clock.systemUTC()));
        this.rotation = new WallRotation(wall.pages(), wall.rotateEvery(), tasks);
        this.burnIn = new BurnInGuard(root, tasks, Clock.systemDefaultZone(), wall.dim());
        this.pump = new FxSnapshotPump(snapshot -> {
            models.previews().accept(snapshot);
            models.release().accept(snapshot);
            models.slo().accept(snapshot);
            model.accept(snapshot);
            detailModel.follow(snapshot);
        });
        build();
    }

    public HudViewModel model() {
        return model;
    }

    public FxSnapshotPump pump() {
        return pump;
    }

    public BorderPane root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("hud-root");
        grid.setId("tile-grid");

        Label product = new Label("MAESTRO BUILD HUD");
        product.getStyleClass().add("product-name");
        Label simBadge = new Label("SIMULATED DATA");
        simBadge.setId("sim-badge");
        simBadge.getStyleClass().add("sim-badge");
        simBadge.visibleProperty().bind(model.simulatedProperty());
        simBadge.managedProperty().bind(simBadge.visibleProperty());
        Label source = new Label();
        source.setId("source-label");
        source.textProperty().bind(model.sourceTextProperty());
        source.getStyleClass().add("source-label");
        FullTextOnHover.install(source);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("⟳ Refresh");
        refresh.setId("refresh");
        refresh.setOnAction(e -> model.refresh());
        // How the window looks and sounds, in one menu: four more toggles would push the views off a 1440 px header.
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("theme-toggle");
        syncCheck(dark, model.darkThemeProperty(), model::setDarkTheme);
        CheckMenuItem contrast = new CheckMenuItem("High contrast");
        contrast.setId("contrast-toggle");
        syncCheck(contrast, model.highContrastProperty(), model::setHighContrast);
        CheckMenuItem motion = new CheckMenuItem("Reduce motion");
        motion.setId("motion-toggle");
        syncCheck(motion, model.reducedMotionProperty(), model::setReducedMotion);
        CheckMenuItem mute = new CheckMenuItem("Mute sounds (M on the wall)");
        mute.setId("mute-toggle");
        syncCheck(mute, model.soundMutedProperty(), model::setSoundMuted);
        MenuButton display = new MenuButton("Display", null, dark, contrast, motion, mute);
        display.setId("display-menu");
        ToggleButton wall = new ToggleButton("Wall (F11)");
        wall.setId("wall-toggle");
        syncToggle(wall, model.wallModeProperty(), model::setWallMode);
        Button signIn = new Button("Sign in");
        signIn.setId("sign-in");
        signIn.setOnAction(e -> models.signIn().ifPresent(m -> SignInWindow.show(root.getScene().getWindow(), m, openUrl)));
        ToggleButton buildsView = new ToggleButton("Builds");
        buildsView.setId("view-builds");
        buildsView.setToggleGroup(views);
        buildsView.setSelected(true);
        ToggleButton previewsButton = new ToggleButton("Previews");
        previewsButton.setId("view-previews");
        previewsButton.setToggleGroup(views);
        ToggleButton teachersButton = new ToggleButton("Teachers");
        teachersButton.setId("view-teachers");
        teachersButton.setToggleGroup(views);
        DeferredView teachersView = new DeferredView(() -> models.teachers().<Node>map(TeachersView::new)
                .orElseGet(() -> new Label("The build-intelligence engine is off (see the log for why).")));
        ToggleButton releaseButton = new ToggleButton("Release");
        releaseButton.setId("view-release");
        releaseButton.setToggleGroup(views);
        ToggleButton sloButton = new ToggleButton("SLOs");
        sloButton.setId("view-slo");
        sloButton.setToggleGroup(views);
        DeferredView releaseView = new DeferredView(() -> new ReleaseView(models.release()));
        DeferredView sloView = new DeferredView(() -> new SloView(models.slo()));
        views.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one view is always chosen
            } else {
                closeDetail();
                boolean showPreviews = now == previewsButton;
                root.setCenter(showPreviews ? previewsView.get() : now == teachersButton ? teachersView.get()
                        : now == releaseButton ? releaseView.get() : now == sloButton ? sloView.get() : buildsNode());
                previewsShown.set(showPreviews || now == releaseButton || now == sloButton);
                if (showPreviews || now == releaseButton) {
                    models.previews().use();
                }
                followShowing();
            }
        });
        // On the wall only what a person across the room needs stays: name, SIMULATED, page, the toggle.
        for (Node desktopOnly : List.of(source, refresh, display, buildsView, previewsButton,
                teachersButton, releaseButton, sloButton, signIn)) {
            desktopOnly.visibleProperty().bind(model.wallModeProperty().not());
            desktopOnly.managedProperty().bind(desktopOnly.visibleProperty());
        }
        HBox header = new HBox(12, product, simBadge, source, buildsView, previewsButton, teachersButton, releaseButton,
                sloButton, spacer, pageLabel, refresh, display, wall);
        if (models.signIn().isPresent()) {
            header.getChildren().add(header.getChildren().indexOf(refresh), signIn);
        }
        // On a narrow window the source's name gives way; the buttons keep their words.
        header.getChildren().stream().filter(n -> n != source && n instanceof Region).map(Region.class::cast)
                .forEach(r -> r.setMinWidth(Region.USE_PREF_SIZE));
        header.getStyleClass().add("hud-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));

        FilterBar filters = new FilterBar(model);
        VBox top = new VBox(header, filters);
        // The filter bar filters build tiles: hidden on the wall and on the Previews view.
        filters.visibleProperty().bind(model.wallModeProperty().not().and(previewsShown.not()));
        filters.managedProperty().bind(filters.visibleProperty());

        Label staleBanner = new Label();
        staleBanner.setId("stale-banner");
        staleBanner.getStyleClass().add("stale-banner");
        staleBanner.setMaxWidth(Double.MAX_VALUE);
        staleBanner.textProperty().bind(model.freshnessTextProperty());
        staleBanner.visibleProperty().bind(model.staleProperty());
        staleBanner.managedProperty().bind(staleBanner.visibleProperty());
        top.getChildren().add(staleBanner);
        // On the wall too: whoever reads the wall can tell whoever set it up.
        Label insecure = new Label();
        insecure.setId("transport-warning");
        insecure.getStyleClass().add("transport-warning");
        insecure.setMaxWidth(Double.MAX_VALUE);
        insecure.setWrapText(true);
        insecure.textProperty().bind(model.transportWarningProperty());
        insecure.visibleProperty().bind(model.transportWarningProperty().isNotEmpty());
        insecure.managedProperty().bind(insecure.visibleProperty());
        top.getChildren().add(insecure);

        Label freshness = new Label();
        freshness.setId("freshness");
        freshness.textProperty().bind(model.freshnessTextProperty());
        Label pollFreshness = new Label();
        pollFreshness.setId("poll-freshness");
        pollFreshness.textProperty().bind(model.pollFreshnessTextProperty());
        pollFreshness.visibleProperty().bind(model.pollFreshnessTextProperty().isNotEmpty());
        pollFreshness.managedProperty().bind(pollFreshness.visibleProperty());
        FullTextOnHover.install(pollFreshness);
        Label budget = new Label();
        budget.setId("rate-limit");
        budget.textProperty().bind(model.rateLimitTextProperty());
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(model.summaryTextProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(16, freshness, pollFreshness, gap, summary, budget);
        // On a narrow window the poll's per-repository detail gives way; LIVE or STALE, the counts and the
        // budget stay whole.
        for (Label whole : List.of(freshness, summary, budget)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(6, 12, 6, 12));

        root.setTop(top);
        root.setCenter(grid);
        root.setBottom(status);

        // Invalidation, not change: a snapshot whose tiles are equal still brings new badges and previews.
        model.visibleTilesProperty().addListener(o -> showTiles());
        model.reducedMotionProperty().addListener((o, a, on) -> applyReducedMotion(on));
        applyReducedMotion(model.reducedMotionProperty().get());
        models.slo().marksVersionProperty().addListener((o, a, b) -> showTiles());
        model.wallModeProperty().addListener((o, a, on) -> applyWallMode(on));
        pageLabel.textProperty().bind(wallView.pageTextProperty());
        pageLabel.getStyleClass().add("page-label");
        pageLabel.setId("page-label");
        model.darkThemeProperty().addListener((o, a, on) -> applyTheme());
        model.highContrastProperty().addListener((o, a, on) -> applyTheme());
        Map<WallPage, Supplier<Node>> pages = new EnumMap<>(WallPage.class);
        pages.put(WallPage.BUILDS, () -> wallView);
        pages.put(WallPage.PREVIEWS, previewsView);
        pages.put(WallPage.RELEASE, releaseView);
        pages.put(WallPage.DISTILL, () -> recommendations);
        rotationView = new WallRotationView(rotation, pages);
        // The builds page's own paging ("Page 1 of 3") is shown only while that page is.
        pageLabel.visibleProperty().bind(rotation.pageProperty().isEqualTo(WallPage.BUILDS));
        pageLabel.managedProperty().bind(pageLabel.visibleProperty());
        rotation.pageProperty().addListener((o, a, page) -> {
            if (page == WallPage.PREVIEWS || page == WallPage.RELEASE) {
                models.previews().use();
            }
            followShowing();
            showRecommendations();
            planReleaseOnTheWall();
        });
        model.snapshotProperty().addListener((o, a, b) -> showRecommendations());
        model.staleProperty().addListener((o, a, stale) -> root.pseudoClassStateChanged(States.STALE, stale));
    }

    /** A menu's check item that shows the model's state and changes it through the model. */
    private static void syncCheck(CheckMenuItem item, ReadOnlyBooleanProperty state, Consumer<Boolean> change) {
        item.setSelected(state.get());
        state.addListener((o, a, on) -> item.setSelected(on));
        item.selectedProperty().addListener((o, a, on) -> change.accept(on));
    }

    /** A toggle that shows the model's state and changes it through the model (whose property is read-only). */
    private static void syncToggle(ToggleButton toggle, ReadOnlyBooleanProperty state, Consumer<Boolean> change) {
        toggle.setSelected(state.get());
        state.addListener((o, a, on) -> toggle.setSelected(on));
        toggle.selectedProperty().addListener((o, a, on) -> change.accept(on));
    }

    public void show(Stage target) {
        this.stage = target;
        // Never larger than the screen (small laptops, and the headless test screen).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // The dimmer lies over the window; the window moves under it against burn-in.
        Scene scene = new Scene(new StackPane(root, burnIn.dimmer()), Math.min(1440, screen.getWidth()),
                Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(HudWindow.class.getResource("hud.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), model::toggleWallMode);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && root.getRight() != null) {
                closeDetail();
            } else if (e.getCode() == KeyCode.W && !(e.getTarget() instanceof TextInputControl)) {
                model.toggleWallMode();
            } else if (e.getCode() == KeyCode.M && model.wallModeProperty().get()) {
                model.setSoundMuted(!model.soundMutedProperty().get());
            }
        });
        // Before any control: Space would otherwise press the focused button (the wall toggle).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (model.wallModeProperty().get() && !(e.getTarget() instanceof TextInputControl)) {
                rotationView.handle(e);
            }
        });
        target.titleProperty().bind(model.titleProperty());
        target.setScene(scene);
        target.sizeToScene(); // a stage shown before (another scene) keeps its size otherwise
        target.setMinWidth(800);
        target.setMinHeight(500);
        applyTheme();
        target.fullScreenProperty().addListener((o, a, full) -> {
            if (!full && model.wallModeProperty().get()) {
                model.setWallMode(false);
            }
        });
        scene.heightProperty().addListener((o, a, b) -> scaleType());
        // Nothing moves in a window nobody sees.
        target.showingProperty().addListener((o, a, b) -> followShowing());
        target.iconifiedProperty().addListener((o, a, b) -> followShowing());
        target.show();
        applyWallMode(model.wallModeProperty().get());
        unsubscribe = plane.subscribe(pump);
        followShowing();
    }

    /** Stops following the plane and the clock; safe to call more than once. */
    public void dispose() {
        unsubscribe.run();
        unsubscribe = () -> { };
        clock.setShowing(false);
        wallView.setShowing(false);
        rotation.setRunning(false);
        burnIn.stop();
    }

    /** On the wall, type grows with the screen: the header and status bar read at 2160p as at 1080p. */
    private void scaleType() {
        boolean wall = model.wallModeProperty().get() && root.getScene() != null;
        double scale = wall ? Math.max(1, root.getScene().getHeight() / 1080) : 1;
        root.setStyle(wall && scale > 1 ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 20 * scale) : "");
    }

    /** The builds as the mode wants them: the wall's rotation (builds its first page), or the desktop's grid. */
    private Node buildsNode() {
        return model.wallModeProperty().get() ? rotationView : grid;
    }

    /** The tiles' clocks run only while they are on a showing window, in the view shown. */
    private void followShowing() {
        boolean shown = stage != null && stage.isShowing() && !stage.isIconified();
        clock.setShowing(shown && root.getCenter() == grid);
        boolean wallUp = shown && root.getCenter() == rotationView;
        rotation.setRunning(wallUp);
        wallView.setShowing(wallUp && rotationView.pageShown() == wallView);
    }

    private void applyReducedMotion(boolean on) {
        clock.setReducedMotion(on);
        wallView.clock().setReducedMotion(on);
        root.pseudoClassStateChanged(States.REDUCED_MOTION, on);
    }

    /** Hands the shown view the tiles the filter lets through; only that view does any work. */
    private void showTiles() {
        logFirstTiles(model.visibleTiles());
        if (model.wallModeProperty().get()) {
            wallView.show(wallPlanner.plan(model.snapshotProperty().get(), model.visibleTiles()), plane.clock().instant(),
                    this::extrasOf);
        } else {
            grid.show(model.visibleTiles(), plane.clock().instant(), this::extrasOf);
        }
    }

    /** Completes (on the FX thread) once the first live tiles are on screen: what waits for them may start. */
    public CompletableFuture<Void> firstLiveTilesShown() {
        return firstLiveTilesShown;
    }

    /**
     * Logs, after the pulse that lays out the first tiles, once for the cached picture (if the start shows
     * one) and once for this session's: what jlink/startup-benchmark.sh measures.
     */
    private void logFirstTiles(List<BuildTile> tiles) {
        if (firstLiveLogged || tiles.isEmpty() || root.getScene() == null) {
            return;
        }
        boolean cached = plane.isCachedPicture(model.snapshotProperty().get());
        if (cached && firstCachedLogged) {
            return;
        }
        if (cached) {
            firstCachedLogged = true;
        } else {
            firstLiveLogged = true;
        }
        int count = tiles.size();
        if (!cached) {
            // Whether the window waited for the data or the data for the window.
            StartupMarks.mark("first live data");
        }
        Scene scene = root.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long sinceStart = ProcessAge.now().toMillis();
                if (cached) {
                    LoggerFactory.getLogger(HudWindow.class).info(
                            "first cached tiles in {} ms ({} tiles, STALE until the first poll)", sinceStart, count);
                } else {
                    LoggerFactory.getLogger(HudWindow.class).info("first live tiles in {} ms ({} tiles, {}; {})", sinceStart,
                            count, StartupMarks.cpuSoFar(), StartupMarks.summary());
                    firstLiveTilesShown.complete(null);
                }
            }
        });
    }

    private void applyWallMode(boolean on) {
        if (on) {
            views.selectToggle(views.getToggles().get(0));
        }
        // The wall borrows the desktop's views as its pages, and gives them back.
        rotationView.lend(on);
        if (root.getCenter() == grid || root.getCenter() == rotationView) {
            root.setCenter(buildsNode());
        }
        burnIn.setWall(on, root.getScene());
        root.pseudoClassStateChanged(States.WALL, on);
        scaleType();
        if (stage != null) {
            stage.setFullScreenExitHint(on ? "Press F11 or W to leave wall mode" : "");
            coverScreen(on);
            stage.setFullScreen(on);
        }
        closeDetail();
        followShowing();
        showTiles();
    }

    /**
     * Full screen is the window manager's to grant, and a kiosk's X session may have none (the wall then
     * sat in a 1440×900 window in the middle of the screen): the window takes the screen's size as well,
     * and gets its own back when the wall is left.
     */
    private void coverScreen(boolean on) {
        if (on && windowed == null && !stage.isFullScreen()) {
            windowed = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            Rectangle2D screen = Screen.getPrimary().getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        } else if (!on && windowed != null) {
            stage.setX(windowed.getMinX());
            stage.setY(windowed.getMinY());
            stage.setWidth(windowed.getWidth());
            stage.setHeight(windowed.getHeight());
            windowed = null;
        }
    }

    /** Dark, light, or high contrast (black and white over the dark theme, hud.css). */
    private void applyTheme() {
        boolean highContrast = model.highContrastProperty().get();
        boolean dark = model.usesDarkStylesheet();
        ThemeStylesheet.apply(dark);
        root.pseudoClassStateChanged(States.LIGHT, !dark);
        root.pseudoClassStateChanged(States.HIGH_CONTRAST, highContrast);
    }

    /** The recommendations page is filled only while the wall shows it. */
    private void showRecommendations() {
        if (root.getCenter() == rotationView && rotation.pageProperty().get() == WallPage.DISTILL) {
            recommendations.show(model.snapshotProperty().get());
        }
    }

    /**
     * The release page plans the repository chosen in the Release view, else the first; again when
     * it comes round and its plan is older than {@link #RELEASE_REPLAN} (each plan costs API calls).
     */
    private void planReleaseOnTheWall() {
        if (root.getCenter() != rotationView || rotation.pageProperty().get() != WallPage.RELEASE) {
            return;
        }
        Instant now = Instant.now();
        if (models.release().selectedProperty().get() == null) {
            if (!models.release().repos().isEmpty()) {
                models.release().select(models.release().repos().get(0));
                releasePlannedAt = now;
            }
        } else if (releasePlannedAt.plus(RELEASE_REPLAN).isBefore(now) && !models.release().busyProperty().get()) {
            models.release().refresh();
            releasePlannedAt = now;
        }
    }

    /** The wall's rotation (tests). */
    public WallRotationView rotationView() {
        return rotationView;
    }

    private TileExtras extrasOf(BuildTile tile) {
        BuildSnapshot snapshot = model.snapshotProperty().get();
        return snapshot == null ? TileExtras.NONE
                : new TileExtras(tile.pullRequest().flatMap(pr -> snapshot.previewOf(pr.number())),
                        snapshot.evidenceOf(tile.headline().id()), snapshot.recommendationOf(tile), models.slo().markOf(tile));
    }

    /**
     * What a click on a notification does: brings the window forward and, for a single run, shows
     * it in the detail panel (on the builds view; on the wall the window only comes forward).
     */
    public void openRun(Optional<BuildTile> run) {
        if (stage != null) {
            stage.setIconified(false);
            stage.toFront();
        }
        run.ifPresent(tile -> {
            views.getToggles().stream().filter(t -> t instanceof ToggleButton b && "view-builds".equals(b.getId()))
                    .findFirst().ifPresent(t -> t.setSelected(true));
            openDetail(tile);
        });
    }

    private void openDetail(BuildTile tile) {
        if (tile == null || model.wallModeProperty().get()) {
            return;
        }
        if (detail == null) {
            // Before the model opens the run: the view follows it through listeners.
            detail = new RunDetailView(detailModel, models.previews(), models.evidence(), models.distillation(), openUrl,
                    this::closeDetail);
        }
        // Its Deploy and policy check need the cluster.
        models.previews().use();
        detailModel.open(tile);
        grid.select(tile.key());
        root.setRight(detail);
    }

    private void closeDetail() {
        detailModel.close();
        grid.select(null);
        root.setRight(null);
    }
}
