package io.intelgraph.maestro.ui.style;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.evidence.SignatureState;
import io.intelgraph.maestro.model.evidence.TestOutcome;
import javafx.css.PseudoClass;
import javafx.scene.Node;

import java.util.Set;

/**
 * Every state the stylesheet tells apart, as one {@link PseudoClass} constant each (hud.css
 * selects them as {@code .build-tile:failed}, {@code .tile-badge:critical} …). A node is in at
 * most one state of a group at a time: {@link #activate} turns the one on and the rest off.
 * Colour is always the third cue, after shape and word.
 */
public final class States {

    // Whole-window and tile conditions.
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    public static final PseudoClass WALL = PseudoClass.getPseudoClass("wall");
    /** The tile whose run the detail panel shows. */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** The light theme: the stylesheet's state colours have a set for each theme. */
    public static final PseudoClass LIGHT = PseudoClass.getPseudoClass("light");
    /** The high-contrast theme for walls in bright rooms: black, white, and state colours of its own. */
    public static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");
    /** Motion kept to what tells state: no spinning, no pulsing (the user's setting). */
    public static final PseudoClass REDUCED_MOTION = PseudoClass.getPseudoClass("reduced-motion");
    /** A tile that says only state, repository, branch and progress (a build under way, on the wall). */
    public static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** A progress line whose end is not known (no typical duration yet, or not started). */
    public static final PseudoClass INDETERMINATE = PseudoClass.getPseudoClass("indeterminate");

    // A build's state (tiles, status glyphs, preview cards).
    public static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass QUEUED = PseudoClass.getPseudoClass("queued");
    public static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    public static final PseudoClass ACTION_REQUIRED = PseudoClass.getPseudoClass("action-required");
    public static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    public static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");
    public static final Set<PseudoClass> BUILD_STATES = Set.of(PASSED, FAILED, RUNNING, QUEUED, WAITING, ACTION_REQUIRED,
            CANCELLED, SKIPPED);

    // How loud a tile badge is.
    public static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");
    public static final PseudoClass HIGH = PseudoClass.getPseudoClass("high");
    public static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    public static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");
    public static final Set<PseudoClass> BADGE_LEVELS = Set.of(CRITICAL, HIGH, OK, MUTED);

    // A test case's outcome (the Tests panel's rows).
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass FLAKY = PseudoClass.getPseudoClass("flaky");
    public static final Set<PseudoClass> TEST_OUTCOMES = Set.of(FAILED, ERROR, FLAKY, SKIPPED, PASSED);

    // A signature bundle's verdict (the Signatures panel's cards).
    public static final PseudoClass VERIFIED = PseudoClass.getPseudoClass("verified");
    public static final PseudoClass UNVERIFIED = PseudoClass.getPseudoClass("unverified");
    public static final PseudoClass UNSIGNED = PseudoClass.getPseudoClass("unsigned");
    public static final PseudoClass COULD_NOT_VERIFY = PseudoClass.getPseudoClass("could-not-verify");
    public static final Set<PseudoClass> SIGNATURES = Set.of(VERIFIED, UNVERIFIED, UNSIGNED, COULD_NOT_VERIFY);

    private States() {
    }

    public static PseudoClass of(BuildState state) {
        return switch (state) {
            case PASSED -> PASSED;
            case FAILED -> FAILED;
            case RUNNING -> RUNNING;
            case QUEUED -> QUEUED;
            case WAITING -> WAITING;
            case ACTION_REQUIRED -> ACTION_REQUIRED;
            case CANCELLED -> CANCELLED;
            case SKIPPED -> SKIPPED;
        };
    }

    public static PseudoClass of(TestOutcome outcome) {
        return switch (outcome) {
            case FAILED -> FAILED;
            case ERROR -> ERROR;
            case FLAKY -> FLAKY;
            case SKIPPED -> SKIPPED;
            case PASSED -> PASSED;
        };
    }

    public static PseudoClass of(SignatureState state) {
        return switch (state) {
            case VERIFIED -> VERIFIED;
            case UNVERIFIED -> UNVERIFIED;
            case MISSING -> UNSIGNED;
            case COULD_NOT_VERIFY -> COULD_NOT_VERIFY;
        };
    }

    /** Puts {@code node} in state {@code active} of {@code group}, out of the group's others; null: in none. */
    public static void activate(Node node, PseudoClass active, Set<PseudoClass> group) {
        for (PseudoClass state : group) {
            if (state != active) {
                node.pseudoClassStateChanged(state, false);
            }
        }
        if (active != null) {
            node.pseudoClassStateChanged(active, true);
        }
    }
}
