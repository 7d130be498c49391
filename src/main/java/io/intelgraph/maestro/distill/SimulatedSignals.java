package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.Signals;
import io.intelgraph.maestro.model.Signals.Signal;

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
            boolean troubled = random.nextDouble() < 0.35;
            put(known, random, Signal.FAILURE_RATE, troubled ? random.nextDouble() * 0.8 : random.nextDouble() * 0.15);
            put(known, random, Signal.FLIP_RATE, random.nextDouble() < 0.15 ? random.nextDouble() * 0.5 : random.nextDouble() * 0.05);
            put(known, random, Signal.DURATION_RATIO, 0.4 + random.nextDouble() * (troubled ? 2.0 : 0.8));
            put(known, random, Signal.QUEUE_MINUTES, random.nextDouble() < 0.2 ? random.nextDouble() * 20 : random.nextDouble() * 3);
            put(known, random, Signal.TEST_FAILURE_RATE, troubled ? random.nextDouble() * 0.2 : 0);
            put(known, random, Signal.CRITICAL_FINDINGS, random.nextDouble() < 0.15 ? 1 + random.nextInt(4) : 0);
            put(known, random, Signal.HIGH_FINDINGS, random.nextDouble() < 0.25 ? random.nextInt(8) : 0);
            put(known, random, Signal.SIGNATURE_RISK, (double) random.nextInt(3));
            put(known, random, Signal.POLICY_DENIES, random.nextDouble() < 0.1 ? 1 + random.nextInt(3) : 0);
            put(known, random, Signal.PREVIEW_UNHEALTHY, random.nextDouble() < 0.1 ? 1.0 : 0.0);
            put(known, random, Signal.LATEST_FAILED, troubled && random.nextDouble() < 0.6 ? 1.0 : 0.0);
            out.add(new Signals("sim/branch-" + b, known));
        }
        return out;
    }

    /** Each signal is unknown one time in five. */
    private static void put(Map<Signal, Double> known, SplittableRandom random, Signal signal, double value) {
        if (random.nextDouble() >= 0.2) {
            known.put(signal, value);
        }
    }
}
