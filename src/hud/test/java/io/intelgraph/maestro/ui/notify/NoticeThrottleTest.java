package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.transitions.Transition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

import static io.intelgraph.maestro.ui.notify.NotifyFixtures.tile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A few notices a minute, never more: the rest wait and leave together. */
class NoticeThrottleTest {

    private static final Instant T = Instant.parse("2026-12-02T12:00:00Z");

    private static Transition broke(long id) {
        return new Transition(Transition.Kind.BREAK, tile(id, "org/api", "b" + id, false, "alice", null),
                BuildState.PASSED);
    }

    private static Transition fixed(long id) {
        return new Transition(Transition.Kind.FIX, tile(id, "org/web", "f" + id, true, "alice", null),
                BuildState.FAILED);
    }

    @Test
    void oneTransitionIsOneNoticeNamingItsRun() {
        Notice notice = new NoticeThrottle(3, Duration.ofMinutes(1)).offer(List.of(broke(7)), T).orElseThrow();
        assertEquals("Broke: org/api b7", notice.title());
        assertEquals("CI #7 failed — alice", notice.text());
        assertEquals(7, notice.run().orElseThrow().headline().id());
    }

    @Test
    void aSnapshotsTransitionsLeaveAsOneNotice() {
        Notice notice = new NoticeThrottle(3, Duration.ofMinutes(1))
                .offer(List.of(broke(1), broke(2), broke(3), fixed(4), broke(5)), T).orElseThrow();
        assertEquals("4 builds broke, 1 fixed", notice.title());
        assertEquals("org/api b1, org/api b2, org/api b3 and 2 more", notice.text());
        assertEquals(Optional.empty(), notice.run(), "several: a click shows the window, not one run");
    }

    @Test
    void overTheLimitTransitionsWaitAndLeaveTogetherWhenTheMinuteAllows() {
        NoticeThrottle throttle = new NoticeThrottle(3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.offer(List.of(broke(i)), T.plusSeconds(i)).isPresent());
        }
        assertEquals(Optional.empty(), throttle.offer(List.of(broke(10)), T.plusSeconds(5)));
        assertEquals(Optional.empty(), throttle.offer(List.of(broke(11)), T.plusSeconds(6)));
        assertEquals(Optional.empty(), throttle.offer(List.of(fixed(12)), T.plusSeconds(7)));
        assertEquals(Optional.of(Duration.ofSeconds(53)), throttle.untilNext(T.plusSeconds(7)));
        assertEquals(Optional.empty(), throttle.flush(T.plusSeconds(59)));

        Notice together = throttle.flush(T.plusSeconds(60)).orElseThrow();
        assertEquals("2 builds broke, 1 fixed", together.title());
        assertEquals(Optional.empty(), throttle.untilNext(T.plusSeconds(60)), "nothing waits any more");
    }

    @Test
    void neverMoreThanTheLimitInAnyMinute() {
        NoticeThrottle throttle = new NoticeThrottle(3, Duration.ofMinutes(1));
        int shown = 0;
        int maxInAMinute = 0;
        ArrayDeque<Instant> recent = new ArrayDeque<>();
        for (int s = 0; s < 600; s += 2) {
            Instant now = T.plusSeconds(s);
            Optional<Notice> notice = throttle.offer(List.of(broke(s)), now);
            if (notice.isPresent()) {
                shown++;
                recent.addLast(now);
                while (!recent.peekFirst().plusSeconds(60).isAfter(now)) {
                    recent.removeFirst();
                }
                maxInAMinute = Math.max(maxInAMinute, recent.size());
            }
        }
        assertTrue(maxInAMinute <= 3, "at most 3 a minute, saw " + maxInAMinute);
        assertTrue(shown >= 28, "but they keep coming, coalesced: " + shown);
    }
}
