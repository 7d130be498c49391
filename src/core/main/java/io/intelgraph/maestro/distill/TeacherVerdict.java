package io.intelgraph.maestro.distill;

/**
 * One teacher's view of one branch: a probability per recommendation (Recommendation order), how
 * much of what it weighs was known (0–1: with nothing known it has no opinion), how alarmed it is
 * (0 every signal within its threshold, 1 a full breach), and why.
 */
public record TeacherVerdict(String teacher, double[] distribution, double knownShare, double alarm, String reason) {

    public TeacherVerdict {
        distribution = distribution.clone();
    }

    @Override
    public double[] distribution() {
        return distribution.clone();
    }
}
