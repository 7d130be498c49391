package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.transitions.Transition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Never more than a few notifications a minute. The transitions of one snapshot make one notice
 * (several coalesced); once {@link #perWindow} notices went out within {@link #window}, later
 * transitions wait and leave together, as one notice, when the window allows another. Pure logic on
 * the times it is given; thread-safe (the subscription offers, a timer flushes).
 */
public final class NoticeThrottle {

    private final int perWindow;
    private final Duration window;
    private final Deque<Instant> sent = new ArrayDeque<>();
    private final List<Transition> waiting = new ArrayList<>();

    public NoticeThrottle(int perWindow, Duration window) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("at least one notice per window");
        }
        this.perWindow = perWindow;
        this.window = window;
    }

    /** The notice to show now for these transitions, or empty when they must wait (or there are none). */
    public synchronized Optional<Notice> offer(List<Transition> transitions, Instant now) {
        waiting.addAll(transitions);
        return flush(now);
    }

    /** The waiting transitions as one notice, if the window allows one now. */
    public synchronized Optional<Notice> flush(Instant now) {
        while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) {
            sent.removeFirst();
        }
        if (waiting.isEmpty() || sent.size() >= perWindow) {
            return Optional.empty();
        }
        Notice notice = Notice.of(waiting);
        waiting.clear();
        sent.addLast(now);
        return Optional.of(notice);
    }

    /** How long until the waiting transitions may leave, or empty when nothing waits. */
    public synchronized Optional<Duration> untilNext(Instant now) {
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        if (sent.size() < perWindow) {
            return Optional.of(Duration.ZERO);
        }
        Duration wait = Duration.between(now, sent.peekFirst().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}
