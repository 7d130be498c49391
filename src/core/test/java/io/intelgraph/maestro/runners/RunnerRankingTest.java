package io.intelgraph.maestro.runners;

import io.intelgraph.maestro.model.distill.Recommendation;
import io.intelgraph.maestro.model.distill.RunnerQuote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunnerRankingTest {

    private static final RunnerQuote RELIABLE = new RunnerQuote("reliable", 0.05, 5, 1.0, RunnerQuote.Isolation.EPHEMERAL_VM, false, false);
    private static final RunnerQuote FAST = new RunnerQuote("fast", 0.05, 0, 0.8, RunnerQuote.Isolation.EPHEMERAL_VM, false, false);
    private static final RunnerQuote ISOLATED = new RunnerQuote("isolated", 0.05, 5, 0.8, RunnerQuote.Isolation.DEDICATED, false, false);
    private static final RunnerQuote GPU = new RunnerQuote("gpu", 0.05, 5, 0.8, RunnerQuote.Isolation.SHARED, true, false);
    private static final RunnerQuote BURST = new RunnerQuote("burst", 0.05, 0, 0.8, RunnerQuote.Isolation.EPHEMERAL_VM, false, true);

    private static String top(List<RunnerRanking.Ranked> ranked) {
        return ranked.get(0).quote().name();
    }

    @Test
    void theRecommendationBiasesTheRanking() {
        List<RunnerQuote> quotes = List.of(RELIABLE, FAST, ISOLATED);
        assertEquals("reliable", top(RunnerRanking.rank(quotes, Recommendation.RERUN, 1, false)), "a flaky branch wants reliability");
        assertEquals("fast", top(RunnerRanking.rank(quotes, Recommendation.PROMOTE, 1, false)), "a promotion wants speed");
        assertEquals("isolated", top(RunnerRanking.rank(quotes, Recommendation.BLOCK, 1, false)), "a blocked branch wants isolation");
    }

    @Test
    void theScoreIsTheWeightedSumAndExplainsItself() {
        RunnerRanking.Ranked r = RunnerRanking.rank(List.of(RELIABLE), Recommendation.RERUN, 1, false).get(0);
        // reliability 1.0×0.6 + velocity 1/(1+5/5)=0.5×0.2 + security 0.5×0.1 + economy 1/(1+1)=0.5×0.1
        assertEquals(0.6 + 0.1 + 0.05 + 0.05, r.score(), 1e-12);
        assertEquals("reliability 1.00 × weight 0.60", r.explanation().get(0));
        RunnerRanking.Ranked unsure = RunnerRanking.rank(List.of(RELIABLE), Recommendation.RERUN, 0, false).get(0);
        assertEquals(0.25 * (1.0 + 0.5 + 0.5 + 0.5), unsure.score(), 1e-12, "no confidence: every factor weighs the same");
    }

    @Test
    void gpuAndBurstAmplifiers() {
        List<RunnerRanking.Ranked> needsGpu = RunnerRanking.rank(List.of(FAST, GPU), Recommendation.PROMOTE, 1, true);
        assertEquals("gpu", top(needsGpu));
        assertEquals(0.0, needsGpu.get(1).score());
        assertEquals(List.of("excluded: the build needs a GPU"), needsGpu.get(1).explanation());
        assertTrue(needsGpu.get(0).explanation().contains("×1.5 GPU amplifier: the build needs one"));

        List<RunnerRanking.Ranked> promote = RunnerRanking.rank(List.of(FAST, BURST), Recommendation.PROMOTE, 1, false);
        assertEquals("burst", top(promote), "same quote otherwise; the burst pool is amplified when speed counts");
        assertEquals(promote.get(1).score() * 1.3, promote.get(0).score(), 1e-12);
        List<RunnerRanking.Ranked> block = RunnerRanking.rank(List.of(FAST, BURST), Recommendation.BLOCK, 1, false);
        assertEquals(block.get(0).score(), block.get(1).score(), 1e-12, "no burst amplifier when speed does not count");
    }
}
