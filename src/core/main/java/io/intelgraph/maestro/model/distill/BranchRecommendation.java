package io.intelgraph.maestro.model.distill;


import java.util.Map;

/**
 * The engine's word on one branch: the student's recommendation and confidence, the ensemble's
 * (which the student learns from), each teacher's activation and reason.
 */
public record BranchRecommendation(String branch, Recommendation recommendation, double studentConfidence,
        Recommendation ensembleRecommendation, Map<String, Double> teacherActivations, Map<String, String> reasons) {

    public BranchRecommendation {
        teacherActivations = Map.copyOf(teacherActivations);
        reasons = Map.copyOf(reasons);
    }
}
