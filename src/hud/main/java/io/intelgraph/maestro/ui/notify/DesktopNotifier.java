package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.transitions.BuildTransitions;
import io.intelgraph.maestro.transitions.Transition;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Desktop notifications of the breaks and fixes of the builds the user follows. Started once the
 * user is known (notify.user, else GET /user on a worker) and a sink chosen (the tray where the
 * platform has one, the window otherwise); then it follows the plane on its own subscription (off
 * the FX thread), finds transitions ({@link BuildTransitions}), keeps the followed ones and hands
 * them to a {@link NoticeThrottle}: at most {@value #PER_MINUTE} notices a minute, the rest coalesced.
 */
public final class DesktopNotifier implements AutoCloseable {

    /** Notices a minute at most; more changes than that wait and leave as one. */
    public static final int PER_MINUTE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);

    private final NotifySettings settings;
    private final Callable<String> login;
    private final Supplier<NotificationSink> sinks;
    private final Consumer<Notice> open;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final NoticeThrottle throttle = new NoticeThrottle(PER_MINUTE, Duration.ofMinutes(1));
    private final BuildTransitions transitions = new BuildTransitions();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile FollowRule rule = new FollowRule.Off();
    private volatile NotificationSink sink;
    private volatile Runnable unsubscribe = () -> { };
    private volatile Function<Consumer<BuildSnapshot>, Runnable> subscriber;
    private final AtomicBoolean following = new AtomicBoolean();

    /**
     * @param login the token's login (GET /user), asked on a worker when notify.user is not set
     * @param sinks chooses where notices appear; called once, on a worker
     * @param open what a click does (FX thread): opens the notice's run, or the window for several
     */
    public DesktopNotifier(NotifySettings settings, Callable<String> login, Supplier<NotificationSink> sinks,
            Consumer<Notice> open, Clock clock, TaskExecutor tasks) {
        this.settings = settings;
        this.login = login;
        this.sinks = sinks;
        this.open = open;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** Resolves the rule and the sink on a worker, then follows {@code plane} on a subscription of its own. */
    public void start(BuildPlane plane) {
        start(consumer -> plane.subscribe("desktop-notifier", consumer));
    }

    /** As {@link #start(BuildPlane)}, with the subscription made by {@code subscribe} (tests feed {@link #accept}). */
    public void start(Function<Consumer<BuildSnapshot>, Runnable> subscribe) {
        subscriber = subscribe;
        setUpAndFollow("set up notifications");
    }

    /**
     * The token changed (a sign-in or a sign-out in the window): "mine" and "my-prs" follow whoever
     * the token belongs to now. Nothing changes for a rule that names no one, or names notify.user.
     */
    public void identityChanged() {
        if (subscriber == null || closed.get() || settings.user().isPresent() || !FollowRule.needsUser(settings.follow())) {
            return;
        }
        setUpAndFollow("follow the signed-in user");
    }

    private void setUpAndFollow(String what) {
        tasks.execute(BackgroundTask.of(what, this::setUp).onSuccess(ready -> {
            rule = ready.rule();
            if (sink == null || !(ready.sink() instanceof Silent)) {
                sink = ready.sink();
            }
            LOG.info("notifications: {}, in {}", rule.describe(), sink.where());
            if (!(rule instanceof FollowRule.Off) && !closed.get() && following.compareAndSet(false, true)) {
                unsubscribe = subscriber.apply(this::accept);
            }
        }).onFailure(e -> LOG.warn("notifications are off: {}", e.getMessage())));
    }

    private record Ready(FollowRule rule, NotificationSink sink) {
    }

    private Ready setUp() {
        FollowRule chosen;
        try {
            chosen = FollowRule.parse(settings.follow(), settings.user().or(this::signedIn));
        } catch (IllegalArgumentException e) {
            LOG.warn("notifications are off: {}", e.getMessage());
            chosen = new FollowRule.Off();
        }
        NotificationSink chosenBefore = sink; // the tray is installed once, whoever is followed
        return new Ready(chosen, chosen instanceof FollowRule.Off ? new Silent()
                : chosenBefore != null && !(chosenBefore instanceof Silent) ? chosenBefore : sinks.get());
    }

    /** Who the token belongs to, or empty when GitHub will not say (a token-less or simulated source). */
    private Optional<String> signedIn() {
        if (!FollowRule.needsUser(settings.follow())) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(login.call()).filter(l -> !l.isBlank());
        } catch (Exception e) {
            LOG.info("cannot ask GitHub who you are ({}); set notify.user", e.getMessage());
            return Optional.empty();
        }
    }

    /** One snapshot from the plane (its serial subscription; tests call it directly). */
    public void accept(BuildSnapshot snapshot) {
        List<Transition> followed = transitions.next(snapshot).stream()
                .filter(t -> rule.follows(t.tile(), snapshot)).toList();
        if (followed.isEmpty()) {
            return;
        }
        throttle.offer(followed, clock.instant()).ifPresent(this::show);
        scheduleFlush();
    }

    private void scheduleFlush() {
        throttle.untilNext(clock.instant()).ifPresent(wait -> {
            if (flushScheduled.compareAndSet(false, true)) {
                tasks.schedule(wait, BackgroundTask.of("coalesced notifications", () -> throttle.flush(clock.instant()))
                        .onSuccess(notice -> {
                            flushScheduled.set(false);
                            notice.ifPresent(this::show);
                            scheduleFlush();
                        })
                        .onFailure(e -> flushScheduled.set(false)));
            }
        });
    }

    private void show(Notice notice) {
        NotificationSink target = sink;
        if (target != null && !closed.get()) {
            target.show(notice, () -> open.accept(notice));
        }
    }

    /** Where notices go, once chosen (tests). */
    public Optional<NotificationSink> sink() {
        return Optional.ofNullable(sink);
    }

    public FollowRule rule() {
        return rule;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            unsubscribe.run();
            NotificationSink target = sink;
            if (target != null) {
                target.close();
            }
        }
    }

    /** Nowhere: notifications are off. */
    private static final class Silent implements NotificationSink {
        @Override
        public void show(Notice notice, Runnable onClick) {
        }

        @Override
        public String where() {
            return "nowhere";
        }
    }
}
