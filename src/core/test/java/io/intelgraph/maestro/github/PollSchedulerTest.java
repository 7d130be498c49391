package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.model.repo.RepoId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduler's pacing, fairness and limits, on time the test moves (no threads, no network). */
class PollSchedulerTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final RepoId A = RepoId.parse("org/alpha");
    private static final PollScheduler.Outcome QUIET = new PollScheduler.Outcome(false, false, true, false, 0);
    private static final PollScheduler.Outcome RUNNING = new PollScheduler.Outcome(false, true, true, false, 0);
    private static final PollScheduler.Outcome CHANGED = new PollScheduler.Outcome(true, false, true, false, 1);

    private final PollScheduler.Settings settings = PollScheduler.Settings.github();

    private static List<RepoId> repos(int n) {
        return IntStream.range(0, n).mapToObj(i -> RepoId.parse("org/repo-" + i)).toList();
    }

    private static List<RepoId> visited(PollScheduler.Plan plan) {
        return plan.visits().stream().map(PollScheduler.Visit::repo).toList();
    }

    @Test
    void aNewRepositoryIsReadAtOnceWithItsPullsAndAQuietOneIsCheckedOnTheColdInterval() {
        PollScheduler scheduler = new PollScheduler(settings);
        scheduler.watch(List.of(A));
        PollScheduler.Plan first = scheduler.plan(T0, Optional.empty());
        assertEquals(List.of(new PollScheduler.Visit(A, true, false)), first.visits());
        scheduler.polled(A, T0, CHANGED); // a first read is all new: not a change
        assertEquals(PollScheduler.Heat.COLD, scheduler.heat(A, T0));

        // The second poll falls within half a cold interval and one and a half (spread by the name), then
        // every 3 minutes.
        Instant second = next(scheduler, A, T0);
        assertTrue(!second.isAfter(T0.plus(settings.cold().multipliedBy(3).dividedBy(2)).plusSeconds(1))
                && !second.isBefore(T0.plus(settings.cold().dividedBy(2))), "second poll at " + second);
        scheduler.polled(A, second, QUIET);
        assertEquals(second.plus(settings.cold()), next(scheduler, A, second));
        PollScheduler.RepoFreshness fresh = scheduler.freshness(second).get(0);
        assertEquals(new PollScheduler.RepoFreshness(A, PollScheduler.Heat.COLD, Optional.of(second), settings.cold(),
                "no change seen since the HUD started"), fresh);
    }

    @Test
    void runsInProgressKeepARepositoryHotEveryTenSecondsAndAChangeForTenMinutesMore() {
        PollScheduler scheduler = new PollScheduler(settings);
        scheduler.watch(List.of(A));
        scheduler.plan(T0, Optional.empty());
        scheduler.polled(A, T0, RUNNING);
        assertEquals(PollScheduler.Heat.HOT, scheduler.heat(A, T0));
        Instant t = next(scheduler, A, T0);
        scheduler.polled(A, t, RUNNING);
        assertEquals(t.plusSeconds(10), next(scheduler, A, t));
        assertEquals("runs queued or in progress", scheduler.freshness(t).get(0).why());

        // The runs finish: that answer is a change, so it stays hot for the cool-down, then cools.
        Instant finished = t.plusSeconds(10);
        scheduler.polled(A, finished, CHANGED);
        assertEquals(PollScheduler.Heat.HOT, scheduler.heat(A, finished.plus(Duration.ofMinutes(9))));
        assertEquals("runs changed 9 min ago", scheduler.freshness(finished.plus(Duration.ofMinutes(9))).get(0).why());
        assertEquals(PollScheduler.Heat.COLD, scheduler.heat(A, finished.plus(Duration.ofMinutes(10)).plusSeconds(1)));
    }

    @Test
    void aPushSeenInTheListingWakesAColdRepositoryAtOnceWithItsPulls() {
        PollScheduler scheduler = new PollScheduler(settings);
        scheduler.watch(List.of(A));
        scheduler.pushed(A, T0.minus(Duration.ofDays(3)), T0);
        scheduler.plan(T0, Optional.empty());
        scheduler.polled(A, T0, QUIET);
        Instant later = T0.plusSeconds(30);
        assertEquals(List.of(), scheduler.plan(later, Optional.empty()).visits(), "cold: not due yet");
        scheduler.pushed(A, T0.minus(Duration.ofDays(3)), later);
        assertEquals(List.of(), scheduler.plan(later, Optional.empty()).visits(), "the same push is no news");
        scheduler.pushed(A, later.minusSeconds(5), later);
        assertEquals(List.of(new PollScheduler.Visit(A, true, false)), scheduler.plan(later, Optional.empty()).visits());
        scheduler.polled(A, later, CHANGED);
        assertEquals(PollScheduler.Heat.HOT, scheduler.heat(A, later));
        assertEquals("pushed 0 s ago", scheduler.freshness(later).get(0).why());
    }

    @Test
    void aRepositoryWhoseChangesComeByWebhookIsOnlyReconciledOnTheColdInterval() {
        PollScheduler scheduler = new PollScheduler(settings);
        scheduler.watch(List.of(A));
        scheduler.plan(T0, Optional.empty());
        scheduler.polled(A, T0, RUNNING);
        Instant t = next(scheduler, A, T0);
        scheduler.polled(A, t, RUNNING);
        scheduler.delivered(A, t);
        assertEquals(t.plus(settings.cold()), next(scheduler, A, t));
        assertEquals(PollScheduler.Heat.HOT, scheduler.heat(A, t));
        assertEquals("webhook deliveries bring its changes; polled to reconcile", scheduler.freshness(t).get(0).why());
        // When deliveries stop, it is polled as its runs say again.
        Instant quiet = t.plus(settings.coolDown()).plusSeconds(1);
        scheduler.polled(A, quiet, RUNNING);
        assertEquals(quiet.plusSeconds(10), next(scheduler, A, quiet));
    }

    @Test
    void whileTheWholeOrganisationComesByWebhookNothingIsPolledMoreOftenThanTheFloor() {
        PollScheduler scheduler = new PollScheduler(settings);
        scheduler.watch(List.of(A));
        scheduler.plan(T0, Optional.empty());
        scheduler.polled(A, T0, RUNNING);
        scheduler.reconcileEvery(Duration.ofMinutes(5));
        scheduler.pushed(A, T0, T0);
        scheduler.pushed(A, T0.plusSeconds(1), T0.plusSeconds(20));
        assertEquals(List.of(), scheduler.plan(T0.plusSeconds(20), Optional.empty()).visits(), "a push came by webhook");
        assertEquals(T0.plus(Duration.ofMinutes(5)), next(scheduler, A, T0.plusSeconds(20)));
        scheduler.reconcileEvery(Duration.ZERO);
        assertEquals(List.of(A), visited(scheduler.plan(T0.plusSeconds(21), Optional.empty())));
    }

    @Test
    void aFailedPollIsTriedAgainAfterItsIntervalNotAtOnce() {
        PollScheduler scheduler = new PollScheduler(settings);
        scheduler.watch(List.of(A));
        scheduler.plan(T0, Optional.empty());
        scheduler.failed(A, T0);
        assertEquals(List.of(), scheduler.plan(T0.plusSeconds(2), Optional.empty()).visits());
        assertEquals(PollScheduler.Heat.COLD, scheduler.heat(A, T0));
    }

    @Test
    void aThousandHotRepositoriesStayWithinThePointsAMinuteOfTheRunsEndpointAndNoneStarves() {
        PollScheduler scheduler = new PollScheduler(settings);
        List<RepoId> repos = repos(1000);
        scheduler.watch(repos);
        Drive drive = drive(scheduler, Duration.ofMinutes(20), (repo, at) -> RUNNING, at -> Optional.empty());

        assertTrue(drive.maxPerMinute <= settings.pointsPerMinute(), "runs polls in a minute: " + drive.maxPerMinute);
        assertTrue(drive.maxPerMinute >= settings.pointsPerMinute() * 0.9, "and the limit is used: " + drive.maxPerMinute);
        int perPass = (int) Math.ceil(2.0 * settings.pointsPerMinute() * settings.tick().toSeconds() / 60);
        assertTrue(drive.maxPerPass <= perPass, "spread out: at most " + perPass + " a pass, was " + drive.maxPerPass);
        // 1,000 hot repositories want 6,000 polls a minute: every interval is stretched alike.
        // (6,000 against 90 % of 630, so that no burst has to queue)
        assertTrue(scheduler.stretch() > 10 && scheduler.stretch() < 11, "stretch " + scheduler.stretch());
        // Fair: after the first minutes every repository is polled about as often as any other.
        int fewest = repos.stream().mapToInt(r -> drive.polls.getOrDefault(r, 0)).min().orElseThrow();
        int most = repos.stream().mapToInt(r -> drive.polls.getOrDefault(r, 0)).max().orElseThrow();
        assertTrue(fewest >= 10 && most - fewest <= 2, "polls per repository from " + fewest + " to " + most);
        Duration longestGap = drive.longestGap(T0.plus(Duration.ofMinutes(3)));
        assertTrue(longestGap.compareTo(scheduler.hotInterval().multipliedBy(3).dividedBy(2)) <= 0,
                "longest wait " + longestGap + " against the stretched interval " + scheduler.hotInterval());
    }

    @Test
    void hotRepositoriesGoFirstWhenTheMinuteIsShortButColdOnesAreNotForgotten() {
        PollScheduler scheduler = new PollScheduler(settings);
        List<RepoId> hot = repos(100);
        List<RepoId> cold = IntStream.range(0, 900).mapToObj(i -> RepoId.parse("org/quiet-" + i)).toList();
        List<RepoId> all = new ArrayList<>(hot);
        all.addAll(cold);
        scheduler.watch(all);
        Drive drive = drive(scheduler, Duration.ofMinutes(30), (repo, at) -> hot.contains(repo) ? RUNNING : QUIET,
                at -> Optional.empty());
        assertTrue(drive.maxPerMinute <= settings.pointsPerMinute());
        // 100 hot at 10 s and 900 cold at 3 min want 900 polls a minute: stretched by about 1.6 (to 90 % of 630).
        assertTrue(scheduler.stretch() > 1.5 && scheduler.stretch() < 1.7, "stretch " + scheduler.stretch());
        assertTrue(drive.longestGap(T0.plus(Duration.ofMinutes(5)), hot)
                .compareTo(scheduler.hotInterval().plusSeconds(settings.tick().toSeconds() * 2)) <= 0,
                "hot repositories wait at most their interval and a pass or two: " + drive.longestGap(T0, hot));
        assertTrue(drive.longestGap(T0.plus(Duration.ofMinutes(5)), cold).compareTo(Duration.ofMinutes(5)) <= 0,
                "cold ones within five minutes: " + drive.longestGap(T0, cold));
    }

    @Test
    void chargedRequestsSlowDownToLastUntilTheHourlyResetWithoutTouchingTheReserve() {
        PollScheduler scheduler = new PollScheduler(settings);
        List<RepoId> repos = repos(50);
        scheduler.watch(repos);
        // 2,000 of 5,000 left for the hour, of which 1,000 are the reserve (20 % of the budget); every
        // poll of these hot repositories finds a change and costs a request.
        Instant reset = T0.plus(Duration.ofHours(1));
        int[] spent = {0};
        Drive drive = drive(scheduler, Duration.ofMinutes(59), (repo, at) -> {
            spent[0]++;
            return new PollScheduler.Outcome(true, true, true, false, 1);
        }, at -> Optional.of(new RateLimit(5000, Math.max(0, 2000 - spent[0]), 3000 + spent[0], reset, "core")));
        long charged = drive.polls.values().stream().mapToInt(Integer::intValue).sum() - repos.size();
        assertTrue(charged <= 1000, "the reserve is left alone: " + charged);
        assertTrue(charged >= 700, "and what may be spent is: " + charged);
        // It takes a few polls to see that every poll costs; from then on it spends at the pace that lasts.
        Instant settled = T0.plus(Duration.ofMinutes(15));
        long before = drive.times.values().stream().flatMap(List::stream).filter(t -> t.isAfter(T0) && t.isBefore(settled))
                .count();
        long after = drive.times.values().stream().flatMap(List::stream).filter(t -> !t.isBefore(settled)).count();
        assertTrue(after <= (1000 - before) * 1.05, "after 15 minutes " + after + " of the " + (1000 - before) + " left");
        assertTrue(scheduler.stretch() > 5, "stretch " + scheduler.stretch());
    }

    @Test
    void aRefreshReadsEveryRepositoryAsFarAsTheMinuteAllows() {
        PollScheduler scheduler = new PollScheduler(settings);
        scheduler.watch(repos(1000));
        PollScheduler.Plan all = scheduler.everything(T0);
        assertEquals(settings.pointsPerMinute(), all.visits().size());
        assertTrue(all.visits().stream().allMatch(v -> v.pulls() && !v.branches()));
        assertEquals(List.of(), scheduler.everything(T0.plusSeconds(30)).visits(), "the minute is spent");
    }

    @Test
    void branchesAreListedEveryHalfHourSpreadOverIt() {
        PollScheduler scheduler = new PollScheduler(settings);
        List<RepoId> repos = repos(200);
        scheduler.watch(repos);
        Map<Instant, Integer> branchReads = new HashMap<>();
        Instant now = T0;
        Map<RepoId, Integer> reads = new HashMap<>();
        while (now.isBefore(T0.plus(Duration.ofMinutes(65)))) {
            PollScheduler.Plan plan = scheduler.plan(now, Optional.empty());
            for (PollScheduler.Visit v : plan.visits()) {
                if (v.branches()) {
                    branchReads.merge(now, 1, Integer::sum);
                    reads.merge(v.repo(), 1, Integer::sum);
                }
                scheduler.polled(v.repo(), now, new PollScheduler.Outcome(false, true, v.pulls(), v.branches(), 0));
            }
            now = plan.nextAt();
        }
        assertTrue(repos.stream().allMatch(r -> reads.getOrDefault(r, 0) >= 2), "every repository twice in 65 minutes");
        int peak = branchReads.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(peak <= 20, "spread, not one burst of 200: " + peak + " in one pass");
    }

    private static Instant next(PollScheduler scheduler, RepoId repo, Instant from) {
        Instant t = from;
        for (int i = 0; i < 10_000; i++) {
            t = t.plusSeconds(1);
            PollScheduler.Plan plan = scheduler.plan(t, Optional.empty());
            if (plan.visits().stream().anyMatch(v -> v.repo().equals(repo))) {
                return t;
            }
        }
        throw new AssertionError(repo + " never due after " + from);
    }

    /** What driving a scheduler pass after pass showed. */
    private static final class Drive {
        final Map<RepoId, Integer> polls = new HashMap<>();
        final Map<RepoId, List<Instant>> times = new HashMap<>();
        int maxPerMinute;
        int maxPerPass;

        Duration longestGap(Instant after) {
            return longestGap(after, times.keySet());
        }

        Duration longestGap(Instant after, Collection<RepoId> which) {
            Duration longest = Duration.ZERO;
            for (RepoId repo : which) {
                List<Instant> at = times.getOrDefault(repo, List.of());
                for (int i = 1; i < at.size(); i++) {
                    if (at.get(i - 1).isAfter(after)) {
                        Duration gap = Duration.between(at.get(i - 1), at.get(i));
                        longest = gap.compareTo(longest) > 0 ? gap : longest;
                    }
                }
            }
            return longest;
        }
    }

    /** Runs passes at the times the scheduler asks for, answering each poll at once with {@code outcome}. */
    private static Drive drive(PollScheduler scheduler, Duration length,
            BiFunction<RepoId, Instant, PollScheduler.Outcome> outcome, Function<Instant, Optional<RateLimit>> rateLimit) {
        Drive drive = new Drive();
        Deque<Instant> window = new ArrayDeque<>();
        Instant now = T0;
        while (now.isBefore(T0.plus(length))) {
            PollScheduler.Plan plan = scheduler.plan(now, rateLimit.apply(now));
            drive.maxPerPass = Math.max(drive.maxPerPass, plan.visits().size());
            for (PollScheduler.Visit visit : plan.visits()) {
                window.addLast(now);
                drive.polls.merge(visit.repo(), 1, Integer::sum);
                drive.times.computeIfAbsent(visit.repo(), r -> new ArrayList<>()).add(now);
                scheduler.polled(visit.repo(), now, outcome.apply(visit.repo(), now));
            }
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minusSeconds(60))) {
                window.removeFirst();
            }
            drive.maxPerMinute = Math.max(drive.maxPerMinute, window.size());
            assertFalse(plan.nextAt().isBefore(now.plus(scheduler.settings().tick())), "a pass at least a tick apart");
            now = plan.nextAt();
        }
        return drive;
    }
}
