package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Branch histories for training and held-out evaluation, deterministic from a seed: most branches
 * healthy, some failing, flaky, slow or insecure, and every signal sometimes unknown.
 */
public final class SimulatedSignals {

    private SimulatedSignals() {
    }

    public static List<Signals> generate(long seed, int branches) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Signals> out = new ArrayList<>(branches);
        for (int b = 0; b < branches; b++) {
            Map<Signal, Double> known = new EnumMap<>(Signal.class);
            // As in the HUD: the reports of half the runs are not read yet, most branches have no
            // preview, and few have had a policy check — whole groups unknown at once.
            boolean reportsRead = random.nextDouble() < 0.5;
            boolean hasPreview = random.nextDouble() < 0.3;
            boolean policyChecked = random.nextDouble() < 0.3;
            boolean troubled = random.nextDouble() < 0.35;
            put(known, random, true, Signal.FAILURE_RATE, troubled ? random.nextDouble() * 0.8 : random.nextDouble() * 0.15);
            put(known, random, true, Signal.FLIP_RATE, random.nextDouble() < 0.15 ? random.nextDouble() * 0.5 : random.nextDouble() * 0.05);
            put(known, random, true, Signal.DURATION_RATIO, 0.4 + random.nextDouble() * (troubled ? 2.0 : 0.8));
            put(known, random, true, Signal.QUEUE_MINUTES, random.nextDouble() < 0.2 ? random.nextDouble() * 20 : random.nextDouble() * 3);
            put(known, random, reportsRead, Signal.TEST_FAILURE_RATE, troubled ? random.nextDouble() * 0.2 : 0);
            put(known, random, reportsRead, Signal.CRITICAL_FINDINGS, random.nextDouble() < 0.15 ? 1 + random.nextInt(4) : 0);
            put(known, random, reportsRead, Signal.HIGH_FINDINGS, random.nextDouble() < 0.25 ? random.nextInt(8) : 0);
            // Most builds are signed and verify; many are unsigned; a few carry a signature that fails.
            double signature = random.nextDouble();
            put(known, random, reportsRead, Signal.SIGNATURE_RISK, signature < 0.05 ? 2.0 : signature < 0.45 ? 1.0 : 0.0);
            put(known, random, policyChecked, Signal.POLICY_DENIES, random.nextDouble() < 0.2 ? 1 + random.nextInt(3) : 0);
            put(known, random, hasPreview, Signal.PREVIEW_UNHEALTHY, random.nextDouble() < 0.15 ? 1.0 : 0.0);
            put(known, random, true, Signal.LATEST_FAILED, troubled && random.nextDouble() < 0.6 ? 1.0 : 0.0);
            out.add(new Signals("sim/branch-" + b, known));
        }
        return out;
    }

    /** A signal of a group that was collected is still unknown one time in ten. */
    private static void put(Map<Signal, Double> known, SplittableRandom random, boolean collected, Signal signal, double value) {
        if (collected && random.nextDouble() >= 0.1) {
            known.put(signal, value);
        }
    }
}
