package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.Signals.Signal;
import io.intelgraph.maestro.model.distill.Signals;

import java.util.List;

/**
 * The distilled model: multinomial logistic regression over the signals (each as a scaled value,
 * a piecewise-linear basis of it, and a known/unknown indicator, so missing is not zero), trained online by stochastic gradient
 * descent on the ensemble's soft targets — the cross-entropy to them, i.e. knowledge distillation.
 * Its top probability is the student's confidence.
 */
public final class Student {

    private static final Signal[] SIGNALS = Signal.values();
    /** Roughly where each signal is "a lot", so every feature lives on a similar scale. */
    private static final double[] SCALE = {1, 1, 3, 30, 1, 5, 10, 2, 5, 1, 1};
    /** Knots of the piecewise-linear basis (on the scaled value): enough bends for threshold-like teachers. */
    private static final double[] KNOTS = {0.02, 0.1, 0.25, 0.5, 1.0};
    private static final int PER_SIGNAL = 2 + KNOTS.length;
    static final int FEATURES = SIGNALS.length * PER_SIGNAL + 1;
    private static final int CLASSES = Recommendation.values().length;

    private final double[][] weights = new double[CLASSES][FEATURES];
    private long updates;

    static double[] features(Signals signals) {
        double[] x = new double[FEATURES];
        for (int i = 0; i < SIGNALS.length; i++) {
            if (signals.knows(SIGNALS[i])) {
                double v = Math.min(2, signals.get(SIGNALS[i]).getAsDouble() / SCALE[i]);
                int at = i * PER_SIGNAL;
                x[at] = v;
                x[at + 1] = 1; // known
                for (int k = 0; k < KNOTS.length; k++) {
                    x[at + 2 + k] = Math.max(0, v - KNOTS[k]);
                }
            }
        }
        x[FEATURES - 1] = 1; // bias
        return x;
    }

    public double[] predict(Signals signals) {
        return predict(features(signals));
    }

    private double[] predict(double[] x) {
        double[] logits = new double[CLASSES];
        for (int k = 0; k < CLASSES; k++) {
            double sum = 0;
            for (int j = 0; j < FEATURES; j++) {
                sum += weights[k][j] * x[j];
            }
            logits[k] = sum;
        }
        return softmax(logits);
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp(logits[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /**
     * One step towards the soft targets: the gradient of the cross-entropy is (prediction − target) · x.
     * A step from numbers that are not all finite is not taken: one NaN would spoil every weight for good.
     */
    public void learn(Signals signals, double[] softTargets, double learningRate) {
        double[] x = features(signals);
        double[] p = predict(x);
        if (!DistillEngine.allFinite(x) || !DistillEngine.allFinite(p) || !DistillEngine.allFinite(softTargets)) {
            return;
        }
        for (int k = 0; k < CLASSES; k++) {
            double error = p[k] - softTargets[k];
            for (int j = 0; j < FEATURES; j++) {
                weights[k][j] -= learningRate * error * x[j];
            }
        }
        updates++;
    }

    public void train(List<Signals> branches, Ensemble teacher, int epochs, double learningRate) {
        for (int e = 0; e < epochs; e++) {
            for (Signals s : branches) {
                learn(s, teacher.combine(s).softTargets(), learningRate);
            }
        }
    }

    public long updates() {
        return updates;
    }
}
