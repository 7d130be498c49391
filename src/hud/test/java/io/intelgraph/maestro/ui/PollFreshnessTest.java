package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.github.PollScheduler.Heat;
import io.intelgraph.maestro.github.PollScheduler.RepoFreshness;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import io.intelgraph.maestro.userstate.UserStateStore;
import io.intelgraph.maestro.userstate.UserStateStore.UserState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status bar's freshness line, from the poller's per-repository freshness, at most once a second. */
class PollFreshnessTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path dir;

    private static List<RepoFreshness> repos(int count, Heat heat, Duration checkedAgo, Duration every) {
        return IntStream.range(0, count).mapToObj(i -> new RepoFreshness(RepoId.parse("org/" + heat.word() + i), heat,
                Optional.of(NOW.minus(checkedAgo).plusSeconds(i % 3)), every, "test")).toList();
    }

    private static List<RepoFreshness> organisation() {
        List<RepoFreshness> all = new ArrayList<>(repos(312, Heat.HOT, Duration.ofMillis(9_200), Duration.ofSeconds(10)));
        all.addAll(repos(88, Heat.COLD, Duration.ofSeconds(161), Duration.ofMinutes(3)));
        return all;
    }

    @Test
    void hotAndColdWithTheOldestCheckOfEach() {
        assertEquals("312 hot · checked ≤10 s ago, 88 cold · ≤3 min", PollFreshnessText.of(organisation(), NOW));
        assertEquals("5 cold · checked ≤2 min ago", PollFreshnessText.of(repos(5, Heat.COLD, Duration.ofSeconds(119),
                Duration.ofMinutes(3)), NOW));
        List<RepoFreshness> fresh = new ArrayList<>(repos(2, Heat.HOT, Duration.ofSeconds(1), Duration.ofSeconds(10)));
        fresh.add(new RepoFreshness(RepoId.parse("org/new"), Heat.HOT, Optional.empty(), Duration.ofSeconds(10), "new"));
        assertEquals("3 hot · not all checked yet", PollFreshnessText.of(fresh, NOW));
        assertEquals("", PollFreshnessText.of(List.of(), NOW), "hub mode: nothing to say");
    }

    @Test
    void theViewModelIsToldOnceASecondFromAWorker() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        List<Duration> delays = new ArrayList<>();
        TaskExecutor timed = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                tasks.execute(task);
            }

            @Override
            public <T> Cancellable schedule(Duration delay, BackgroundTask<T> task) {
                delays.add(delay);
                return tasks.schedule(delay, task);
            }

            @Override
            public Executor ui() {
                return tasks.ui();
            }

            @Override
            public void close() {
            }
        };
        HudViewModel model = new HudViewModel(UserState.DEFAULT, new UserStateSaver(new UserStateStore(dir), tasks),
                false, tasks, () -> { });
        AtomicInteger reads = new AtomicInteger();
        PollFreshnessTicker ticker = new PollFreshnessTicker(() -> {
            reads.incrementAndGet();
            return organisation();
        }, model, timed, Clock.fixed(NOW, ZoneOffset.UTC)).start();

        assertEquals(1, tasks.runScheduled());
        assertEquals("312 hot · checked ≤10 s ago, 88 cold · ≤3 min", model.pollFreshnessTextProperty().get());
        assertEquals(1, reads.get());
        assertEquals(1, tasks.runScheduled(), "the next read is one scheduled task, a second later");
        assertEquals(2, reads.get());
        assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)), delays);
        ticker.close();
        assertEquals(0, tasks.runScheduled(), "closed: no more reads");
    }
}
