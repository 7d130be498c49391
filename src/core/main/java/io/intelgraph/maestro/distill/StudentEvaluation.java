package io.intelgraph.maestro.distill;

import io.intelgraph.maestro.model.distill.Signals;

import java.util.List;

/**
 * How well the student learned its teachers on branches it was not trained on: agreement (its top
 * recommendation is the ensemble's) and expected calibration error (over 10 confidence bins, the
 * gap between how confident it was and how often it agreed).
 */
public record StudentEvaluation(int branches, double agreement, double expectedCalibrationError, double meanConfidence) {

    private static final int BINS = 10;

    public static StudentEvaluation of(Student student, Ensemble ensemble, List<Signals> heldOut) {
        double[] confidence = new double[BINS];
        double[] correct = new double[BINS];
        int[] count = new int[BINS];
        int agree = 0;
        double confidenceSum = 0;
        for (Signals s : heldOut) {
            double[] p = student.predict(s);
            int top = argmax(p);
            boolean same = top == argmax(ensemble.combine(s).softTargets());
            int bin = Math.min(BINS - 1, (int) (p[top] * BINS));
            confidence[bin] += p[top];
            correct[bin] += same ? 1 : 0;
            count[bin]++;
            agree += same ? 1 : 0;
            confidenceSum += p[top];
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                ece += (double) count[b] / heldOut.size() * Math.abs(correct[b] / count[b] - confidence[b] / count[b]);
            }
        }
        return new StudentEvaluation(heldOut.size(), (double) agree / heldOut.size(), ece, confidenceSum / heldOut.size());
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
