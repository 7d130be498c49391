package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;

import java.util.List;
import java.util.Map;

/** The teachers the HUD starts with; the marketplace adds, updates and retires others at run time. */
public final class BuiltInTeachers {

    private BuiltInTeachers() {
    }

    /** Failing builds, failing tests, a preview that is not up: investigate. */
    public static final TeacherProfile RELIABILITY = new TeacherProfile("reliability", "2.0.0", 1.0,
            TeacherProfile.map(Signal.FAILURE_RATE, 3, Signal.LATEST_FAILED, 3, Signal.TEST_FAILURE_RATE, 3,
                    Signal.PREVIEW_UNHEALTHY, 3),
            TeacherProfile.map(Signal.FAILURE_RATE, 0.2, Signal.LATEST_FAILED, 0.5, Signal.TEST_FAILURE_RATE, 0.02,
                    Signal.PREVIEW_UNHEALTHY, 0.5),
            Map.of(Recommendation.INVESTIGATE, 0.7, Recommendation.HOLD, 0.3));

    /**
     * Outcomes that flip on the same commit: re-run before anyone investigates. Its say is a little
     * above reliability's so that a flaky red build is re-run rather than investigated.
     */
    public static final TeacherProfile FLAKINESS = new TeacherProfile("flakiness", "1.0.0", 1.2,
            TeacherProfile.map(Signal.FLIP_RATE, 1),
            TeacherProfile.map(Signal.FLIP_RATE, 0.1),
            Map.of(Recommendation.RERUN, 0.7, Recommendation.HOLD, 0.3));

    /** Slow builds and long queues against the targets (cold ≤ 15 min, warm ≤ 5 min). */
    public static final TeacherProfile VELOCITY = new TeacherProfile("velocity", "2.0.0", 0.6,
            TeacherProfile.map(Signal.DURATION_RATIO, 2, Signal.QUEUE_MINUTES, 1),
            TeacherProfile.map(Signal.DURATION_RATIO, 1.0, Signal.QUEUE_MINUTES, 5),
            Map.of(Recommendation.INVESTIGATE, 0.6, Recommendation.RERUN, 0.2, Recommendation.HOLD, 0.2));

    /**
     * Critical findings, a signature that does not verify (an unsigned one alarms it a quarter),
     * policy denies: block. Four or more high findings alarm it three quarters as much as a critical
     * one — enough to block a build that is otherwise green, as a Trivy gate on HIGH,CRITICAL would.
     */
    public static final TeacherProfile SECURITY = new TeacherProfile("security", "2.0.0", 1.5,
            TeacherProfile.map(Signal.CRITICAL_FINDINGS, 4, Signal.SIGNATURE_RISK, 4, Signal.POLICY_DENIES, 4,
                    Signal.HIGH_FINDINGS, 3),
            TeacherProfile.map(Signal.CRITICAL_FINDINGS, 0.5, Signal.SIGNATURE_RISK, 0.8, Signal.POLICY_DENIES, 0.5,
                    Signal.HIGH_FINDINGS, 2),
            Map.of(Recommendation.BLOCK, 0.8, Recommendation.HOLD, 0.2));

    public static List<TeacherProfile> all() {
        return List.of(RELIABILITY, FLAKINESS, VELOCITY, SECURITY);
    }
}
