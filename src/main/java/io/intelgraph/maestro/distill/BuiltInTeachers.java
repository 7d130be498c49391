package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Recommendation;
import io.intelgraph.maestro.model.Signals.Signal;

import java.util.List;
import java.util.Map;

/** The teachers the HUD starts with; the marketplace adds, updates and retires others at run time. */
public final class BuiltInTeachers {

    private BuiltInTeachers() {
    }

    /** Failing, flaky and broken-test branches: re-run the flaky, investigate the failing. */
    public static final TeacherProfile RELIABILITY = new TeacherProfile("reliability", "1.0.0", 1.0,
            TeacherProfile.map(Signal.FAILURE_RATE, 3, Signal.FLIP_RATE, 2, Signal.TEST_FAILURE_RATE, 2, Signal.LATEST_FAILED, 3),
            TeacherProfile.map(Signal.FAILURE_RATE, 0.2, Signal.FLIP_RATE, 0.1, Signal.TEST_FAILURE_RATE, 0.02,
                    Signal.LATEST_FAILED, 0.5),
            Map.of(Recommendation.INVESTIGATE, 0.5, Recommendation.RERUN, 0.3, Recommendation.HOLD, 0.2));

    /** Slow builds and long queues against the targets (cold ≤ 15 min, warm ≤ 5 min). */
    public static final TeacherProfile VELOCITY = new TeacherProfile("velocity", "1.0.0", 0.6,
            TeacherProfile.map(Signal.DURATION_RATIO, 2, Signal.QUEUE_MINUTES, 1),
            TeacherProfile.map(Signal.DURATION_RATIO, 1.0, Signal.QUEUE_MINUTES, 5),
            Map.of(Recommendation.INVESTIGATE, 0.4, Recommendation.HOLD, 0.4, Recommendation.RERUN, 0.2));

    /** Critical/high findings, a signature that does not verify, policy denies: block. */
    public static final TeacherProfile SECURITY = new TeacherProfile("security", "1.0.0", 1.5,
            TeacherProfile.map(Signal.CRITICAL_FINDINGS, 4, Signal.HIGH_FINDINGS, 2, Signal.SIGNATURE_RISK, 2,
                    Signal.POLICY_DENIES, 3),
            TeacherProfile.map(Signal.CRITICAL_FINDINGS, 0.5, Signal.HIGH_FINDINGS, 2, Signal.SIGNATURE_RISK, 0.5,
                    Signal.POLICY_DENIES, 0.5),
            Map.of(Recommendation.BLOCK, 0.7, Recommendation.HOLD, 0.2, Recommendation.INVESTIGATE, 0.1));

    public static List<TeacherProfile> all() {
        return List.of(RELIABILITY, VELOCITY, SECURITY);
    }
}
