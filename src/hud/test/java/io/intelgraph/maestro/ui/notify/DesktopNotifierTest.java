package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.intelgraph.maestro.ui.notify.NotifyFixtures.snapshot;
import static io.intelgraph.maestro.ui.notify.NotifyFixtures.tile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** From snapshots to notices: only the followed builds' breaks and fixes, a few a minute, the rest coalesced. */
class DesktopNotifierTest {

    /** What the sink was asked to show, and the click it was given for each. */
    private static final class Recording implements NotificationSink {
        final List<Notice> shown = new ArrayList<>();
        final List<Runnable> clicks = new ArrayList<>();

        @Override
        public void show(Notice notice, Runnable onClick) {
            shown.add(notice);
            clicks.add(onClick);
        }

        @Override
        public String where() {
            return "a list";
        }
    }

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final Recording sink = new Recording();
    private final List<Notice> opened = new ArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T12:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private DesktopNotifier started(NotifySettings settings, String login) {
        DesktopNotifier notifier = new DesktopNotifier(settings, () -> login, () -> sink, opened::add, clock, tasks);
        notifier.start(subscriber -> () -> { });
        return notifier;
    }

    @Test
    void onlyTheFollowedBuildsBreaksAndFixesBecomeNoticesAndAClickOpensTheRun() {
        DesktopNotifier notifier = started(NotifySettings.DEFAULT, "alice");
        assertInstanceOf(FollowRule.Mine.class, notifier.rule(), "the login from GET /user");

        notifier.accept(snapshot(1, tile(1, "org/api", "main", true, "alice", null), tile(2, "org/web", "main", true, "bob", null)));
        notifier.accept(snapshot(2, tile(1, "org/api", "main", false, "alice", null), tile(2, "org/web", "main", false, "bob", null)));

        assertEquals(List.of("Broke: org/api main"), sink.shown.stream().map(Notice::title).toList(), "bob's break is not followed");
        sink.clicks.getFirst().run();
        assertEquals(1, opened.getFirst().run().orElseThrow().headline().id());

        notifier.accept(snapshot(3, tile(1, "org/api", "main", true, "alice", null), tile(2, "org/web", "main", true, "bob", null)));
        assertEquals("Fixed: org/api main", sink.shown.getLast().title());
        assertEquals("CI #1 passed — alice", sink.shown.getLast().text());
    }

    @Test
    void aSignInInTheWindowMakesTheNewUsersBuildsTheOnesFollowed() {
        AtomicReference<String> login = new AtomicReference<>(null); // started without a token: nobody to follow
        AtomicInteger installs = new AtomicInteger();
        DesktopNotifier notifier = new DesktopNotifier(NotifySettings.DEFAULT, login::get, () -> {
            installs.incrementAndGet();
            return sink;
        }, opened::add, clock, tasks);
        AtomicInteger subscriptions = new AtomicInteger();
        notifier.start(subscriber -> {
            subscriptions.incrementAndGet();
            return () -> { };
        });
        assertInstanceOf(FollowRule.Off.class, notifier.rule());
        assertEquals(0, subscriptions.get());

        login.set("alice"); // signed in from the window
        notifier.identityChanged();
        assertEquals(new FollowRule.Mine("alice"), notifier.rule());
        assertEquals(1, subscriptions.get(), "following the plane from now on");
        notifier.accept(snapshot(1, tile(1, "org/api", "main", true, "alice", null)));
        notifier.accept(snapshot(2, tile(1, "org/api", "main", false, "alice", null)));
        assertEquals(List.of("Broke: org/api main"), sink.shown.stream().map(Notice::title).toList());

        login.set("bob"); // another account
        notifier.identityChanged();
        assertEquals(new FollowRule.Mine("bob"), notifier.rule());
        assertEquals(1, subscriptions.get(), "one subscription, whoever is followed");
        assertEquals(1, installs.get(), "the tray is installed once");
    }

    @Test
    void aStormOfBreaksIsThreeNoticesAMinuteThenOneThatSaysHowMany() {
        DesktopNotifier notifier = started(new NotifySettings("filter:all", Optional.empty()), null);
        notifier.accept(snapshot(1, tile(1, "org/api", "a", true, "x", null)));
        long version = 1;
        for (int i = 0; i < 8; i++) {
            boolean passed = i % 2 == 1;
            notifier.accept(snapshot(++version, tile(1, "org/api", "a", passed, "x", null)));
            now.set(now.get().plusSeconds(1));
        }
        assertEquals(3, sink.shown.size(), "three a minute: " + sink.shown);
        now.set(now.get().plusSeconds(60));
        tasks.runScheduled();
        assertEquals(4, sink.shown.size());
        assertEquals("2 builds broke, 3 fixed", sink.shown.getLast().title());
    }

    @Test
    void withoutAUserMineIsOffAndSaysWhyInTheLog() {
        DesktopNotifier notifier = started(NotifySettings.DEFAULT, null);
        assertInstanceOf(FollowRule.Off.class, notifier.rule());
        notifier.accept(snapshot(1, tile(1, "org/api", "main", true, "alice", null)));
        notifier.accept(snapshot(2, tile(1, "org/api", "main", false, "alice", null)));
        assertEquals(List.of(), sink.shown);
    }
}
