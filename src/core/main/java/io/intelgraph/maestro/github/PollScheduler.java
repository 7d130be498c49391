package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.RateLimit;
import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides which repositories to poll at each pass, so that polling an organisation stays within
 * every GitHub limit at once and spends its requests where builds are moving:
 * <ul>
 * <li>A repository is <b>hot</b> while it has runs queued or in progress, and for
 * {@link Settings#coolDown()} after its runs changed, a push was seen or a webhook delivery came;
 * hot ones are polled every {@link Settings#hot()}, quiet (<b>cold</b>) ones every
 * {@link Settings#cold()}. The repository list's {@code pushed_at} — one conditional listing for
 * the whole organisation — wakes a cold one at once.</li>
 * <li>The points a minute on each endpoint stay within {@link Settings#pointsPerMinute()}: when
 * the organisation wants more, every interval is stretched alike; a pass polls at most twice its
 * share of the minute, so requests spread over the interval instead of coming in bursts.</li>
 * <li>The hourly budget: when charged (non-304) requests would run faster than
 * {@link Settings#budgetShare()} of what remains allows until the reset, intervals stretch too,
 * gradually, as far as polling slower saves: a poll is charged only when it finds a change.</li>
 * <li>Fairness: the most overdue repositories (relative to their interval) go first, so none starves.</li>
 * </ul>
 * Pure: no I/O and no threads; the caller passes the time. Thread-safe: the poller drives it while
 * webhook deliveries and {@code status} come from other threads.
 */
public final class PollScheduler {

    /** How busy a repository is, as the scheduler sees it. */
    public enum Heat {
        HOT, COLD;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param hot             how often a hot repository is polled, at best
     * @param cold            how often a quiet one is polled (and one whose changes arrive by webhook)
     * @param coolDown        how long a repository stays hot after a change, a push or a delivery
     * @param listEvery       how often the repository list is read: new, archived and pushed-to repositories
     * @param pullsEvery      how often open PRs are re-read when neither runs nor pushes said they changed
     * @param branchesEvery   how often branches are listed, for the tiles of deleted ones to leave
     * @param tick            the shortest pause between two passes
     * @param pointsPerMinute what polling may spend on one endpoint in any minute
     * @param budgetShare     the share of the hourly budget polling may spend; the rest is kept for clicks and evidence
     */
    public record Settings(Duration hot, Duration cold, Duration coolDown, Duration listEvery, Duration pullsEvery,
            Duration branchesEvery, Duration tick, int pointsPerMinute, double budgetShare) {

        public Settings {
            if (tick.isNegative() || tick.isZero() || hot.compareTo(tick) < 0 || cold.compareTo(hot) < 0) {
                throw new IllegalArgumentException("need 0 < tick <= hot <= cold");
            }
            if (pointsPerMinute < 1 || budgetShare <= 0 || budgetShare > 1) {
                throw new IllegalArgumentException("need pointsPerMinute >= 1 and budgetShare in (0, 1]");
            }
        }

        /**
         * For GitHub: hot every 10 s, cold every 3 min, hot for 10 min after a change; the list every
         * 30 s; PRs re-read every 10 min; branches every 30 min (a branch list changes with every
         * push, and a deleted branch's tile stays for the hour of retention anyway); at most the
         * pacer's background share of 900 points a minute per endpoint and 80 % of the hourly budget.
         */
        public static Settings github() {
            return new Settings(Duration.ofSeconds(10), Duration.ofMinutes(3), Duration.ofMinutes(10),
                    Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofSeconds(2),
                    RequestPacer.Policy.github().allowance(RequestPacer.Lane.BACKGROUND), 0.8);
        }

        /**
         * These settings for a world running {@code speed} times real time (the simulator; 1 for
         * GitHub): every duration shorter by that factor, the hot interval no shorter than
         * {@code floor} (the configured minimum poll interval), the tick no shorter than a second.
         */
        public Settings forSpeed(double speed, Duration floor) {
            Duration tickNow = atLeast(scale(tick, speed), Duration.ofSeconds(1));
            Duration hotNow = atLeast(scale(hot, speed), floor.compareTo(tickNow) < 0 ? tickNow : floor);
            return new Settings(hotNow, atLeast(scale(cold, speed), hotNow), scale(coolDown, speed),
                    atLeast(scale(listEvery, speed), hotNow), atLeast(scale(pullsEvery, speed), hotNow),
                    atLeast(scale(branchesEvery, speed), hotNow), tickNow, pointsPerMinute, budgetShare);
        }

        private static Duration scale(Duration d, double speed) {
            return Duration.ofMillis(Math.round(d.toMillis() / Math.max(1, speed)));
        }

        private static Duration atLeast(Duration d, Duration floor) {
            return d.compareTo(floor) < 0 ? floor : d;
        }
    }

    /** What to read of one repository in this pass. */
    public record Visit(RepoId repo, boolean pulls, boolean branches) {
    }

    /** One pass: the repositories to poll, and when the next pass is due. */
    public record Plan(List<Visit> visits, Instant nextAt) {
        public Plan {
            visits = List.copyOf(visits);
        }
    }

    /**
     * What one poll of a repository found.
     *
     * @param runsChanged its runs answer was new (a 200, not a 304)
     * @param active      it has runs queued, waiting or in progress
     * @param pullsRead   its open PRs were read
     * @param branchesRead its branches were read
     * @param charged     its requests that counted against the hourly budget (not 304)
     */
    public record Outcome(boolean runsChanged, boolean active, boolean pullsRead, boolean branchesRead, int charged) {
    }

    /**
     * How fresh one repository's data is.
     *
     * @param lastChecked when it was last polled; empty before the first poll
     * @param checkEvery  how often it is polled now
     * @param why         in words: what makes it hot, or since when it is quiet
     */
    public record RepoFreshness(RepoId repo, Heat heat, Optional<Instant> lastChecked, Duration checkEvery, String why) {
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SPEND_WINDOW = Duration.ofMinutes(10);
    private static final double HEADROOM = 0.9;
    private static final double MAX_STRETCH = 1000;
    /** The share of the way to the hourly pace's target taken at each pass (a pass is a tick or more apart). */
    private static final double HOURLY_EASING = 0.1;
    /** Polls in a row that all found a change before a repository counts as changing faster than it is polled. */
    private static final int SATURATED_AFTER = 5;
    /** A repository's polls that do not show its pace: the first read, and the one catching up after it. */
    private static final int SETTLED_AFTER = 2;

    private final Settings settings;
    private final Map<RepoId, Watched> watched = new LinkedHashMap<>();
    /** Polls planned in the last minute, per kind of request: each kind is one endpoint. */
    private final Deque<Instant> runsPlanned = new ArrayDeque<>();
    private final Deque<Instant> pullsPlanned = new ArrayDeque<>();
    private final Deque<Instant> branchesPlanned = new ArrayDeque<>();
    /** Charged requests outside repositories' polls (the repository list), for the hourly pace. */
    private final Deque<Charge> listingCharges = new ArrayDeque<>();
    /** When the first poll after a first read was: how far back the spending figures reach. */
    private Instant firstSteadyPoll;
    private Instant listedAt;
    private Duration floor = Duration.ZERO;
    private double stretch = 1;
    private double hourly = 1;

    private record Charge(Instant at, long requests) {
    }

    /** One watched repository's state. */
    private static final class Watched {
        final RepoId id;
        /** In [0, 1), from the name: where in its first interval the second poll falls, so polls spread. */
        final double phase;
        Instant firstPolled;
        Instant lastPolled;
        int polls;
        Instant lastChanged;
        Instant pushedAt;
        Instant pushSeenAt;
        Instant heardAt;
        boolean active;
        boolean dueNow;
        boolean pullsDue = true;
        Instant pullsReadAt;
        Instant branchesReadAt;
        /** Its polls in the spending window (after the first two), with what each was charged. */
        final Deque<Charge> spent = new ArrayDeque<>();

        Watched(RepoId id) {
            this.id = id;
            // Mixed, so that names differing in one character (repo-1, repo-2) still spread evenly.
            this.phase = new SplittableRandom(id.fullName().toLowerCase(Locale.ROOT).hashCode()).nextDouble();
        }
    }

    public PollScheduler(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** The repositories to watch, as the latest listing says; new ones are due at once, gone ones forgotten. */
    public synchronized void watch(Collection<RepoId> repos) {
        Set<RepoId> now = Set.copyOf(repos);
        watched.keySet().removeIf(id -> !now.contains(id));
        repos.forEach(id -> watched.computeIfAbsent(id, Watched::new));
    }

    /** Whether the repository list is due: before the first pass, then every {@link Settings#listEvery()}. */
    public synchronized boolean listDue(Instant now) {
        return listedAt == null || !now.isBefore(listedAt.plus(settings.listEvery()));
    }

    /** The repository list was read at {@code now}. */
    public synchronized void listed(Instant now) {
        listedAt = now;
    }

    /**
     * The repository list says {@code repo} was last pushed at {@code pushedAt}: a push not seen
     * before makes it hot and due at once, its PRs included.
     */
    public synchronized void pushed(RepoId repo, Instant pushedAt, Instant now) {
        Watched w = watched.get(repo);
        if (w == null || pushedAt == null) {
            return;
        }
        if (w.pushedAt != null && !w.pushedAt.equals(pushedAt)) {
            w.pushSeenAt = now;
            w.dueNow = true;
            w.pullsDue = true;
        }
        w.pushedAt = pushedAt;
    }

    /**
     * A webhook delivery for {@code repo} arrived: it is busy, and its changes come by webhook, so
     * polling it is only a reconciliation pass, on the cold interval.
     */
    public synchronized void delivered(RepoId repo, Instant now) {
        Watched w = watched.get(repo);
        if (w != null) {
            w.heardAt = now;
        }
    }

    /**
     * No repository is polled more often than {@code interval} (zero: no floor): while webhook
     * deliveries flow for the whole organisation, polling only reconciles.
     */
    public synchronized void reconcileEvery(Duration interval) {
        floor = interval;
    }

    /** A poll of {@code repo} at {@code now} found this. */
    public synchronized void polled(RepoId repo, Instant now, Outcome outcome) {
        Watched w = watched.get(repo);
        if (w == null) {
            return;
        }
        boolean first = w.lastPolled == null;
        if (outcome.runsChanged() && !first) {
            w.lastChanged = now;
        }
        w.active = outcome.active();
        if (first) {
            w.firstPolled = now;
        }
        w.lastPolled = now;
        w.polls++;
        w.dueNow = false;
        if (outcome.pullsRead()) {
            w.pullsReadAt = now;
            w.pullsDue = false;
        }
        if (outcome.branchesRead()) {
            w.branchesReadAt = now;
        }
        if (w.polls > SETTLED_AFTER) {
            // A first read fetches everything, the next what changed while the first pass went round;
            // the pace is what follows.
            w.spent.addLast(new Charge(now, outcome.charged()));
            firstSteadyPoll = firstSteadyPoll == null ? now : firstSteadyPoll;
        }
    }

    /** A poll of {@code repo} failed: it is tried again after its interval, not at once. */
    public synchronized void failed(RepoId repo, Instant now) {
        Watched w = watched.get(repo);
        if (w != null) {
            w.firstPolled = w.firstPolled == null ? now : w.firstPolled;
            w.lastPolled = now;
            w.polls++;
            w.dueNow = false;
        }
    }

    /**
     * Charged (non-304) requests spent outside a repository's poll (the repository list): the pace
     * the hourly budget is checked against. A first listing, which reads everything once, is better left out.
     */
    public synchronized void charged(Instant now, long requests) {
        if (requests > 0) {
            listingCharges.addLast(new Charge(now, requests));
        }
    }

    /**
     * The next pass.
     *
     * @param rateLimit the hourly budget as GitHub last reported it
     */
    public synchronized Plan plan(Instant now, Optional<RateLimit> rateLimit) {
        prune(now);
        // The hourly pace moves gradually: charges follow changes more than polls, so a small
        // overshoot can ask for a large stretch, and following it at once would swing to and fro.
        hourly += (hourlyStretch(now, rateLimit) - hourly) * HOURLY_EASING;
        stretch = Math.max(endpointStretch(now), hourly);
        int perPass = (int) Math.max(1, Math.ceil(2.0 * settings.pointsPerMinute() * settings.tick().toMillis()
                / MINUTE.toMillis()));
        int runsRoom = Math.min(perPass, settings.pointsPerMinute() - runsPlanned.size());
        int pullsRoom = Math.min(perPass, settings.pointsPerMinute() - pullsPlanned.size());
        int branchesRoom = Math.min(perPass, settings.pointsPerMinute() - branchesPlanned.size());
        List<Watched> due = new ArrayList<>();
        Instant nextDue = null;
        for (Watched w : watched.values()) {
            Instant at = dueAt(w, now);
            if (!at.isAfter(now)) {
                due.add(w);
            } else if (nextDue == null || at.isBefore(nextDue)) {
                nextDue = at;
            }
        }
        due.sort(Comparator.comparingDouble((Watched w) -> overdue(w, now)).reversed()
                .thenComparing(w -> w.id.fullName()));
        List<Visit> visits = new ArrayList<>();
        boolean leftOver = false;
        for (Watched w : due) {
            if (visits.size() >= runsRoom) {
                leftOver = true;
                break;
            }
            boolean first = w.lastPolled == null;
            boolean pulls = pullsRoom > 0 && (w.pullsDue || w.pullsReadAt == null
                    || !now.isBefore(w.pullsReadAt.plus(settings.pullsEvery())));
            boolean branches = !first && branchesRoom > 0 && branchesDue(w, now);
            if (pulls) {
                pullsRoom--;
                pullsPlanned.addLast(now);
            }
            if (branches) {
                branchesRoom--;
                branchesPlanned.addLast(now);
            }
            runsPlanned.addLast(now);
            visits.add(new Visit(w.id, pulls, branches));
        }
        Instant next = now.plus(settings.tick());
        if (!leftOver) {
            Instant listAt = listedAt == null ? now : listedAt.plus(settings.listEvery());
            Instant wake = nextDue == null || listAt.isBefore(nextDue) ? listAt : nextDue;
            next = wake.isAfter(next) ? wake : next;
        }
        return new Plan(visits, next);
    }

    /**
     * A pass over every watched repository with its PRs, whatever is due (a one-shot {@code status},
     * the refresh button), as far as the minute's points allow.
     */
    public synchronized Plan everything(Instant now) {
        prune(now);
        List<Watched> order = new ArrayList<>(watched.values());
        order.sort(Comparator.comparingDouble((Watched w) -> overdue(w, now)).reversed()
                .thenComparing(w -> w.id.fullName()));
        // As many as the minute has room for; any others follow in the next passes.
        int room = settings.pointsPerMinute() - Math.max(runsPlanned.size(), pullsPlanned.size());
        List<Visit> visits = new ArrayList<>();
        for (Watched w : order.subList(0, Math.max(0, Math.min(room, order.size())))) {
            visits.add(new Visit(w.id, true, false));
            runsPlanned.addLast(now);
            pullsPlanned.addLast(now);
        }
        return new Plan(visits, now.plus(settings.tick()));
    }

    /** How fresh each repository's data is, hot ones first. */
    public synchronized List<RepoFreshness> freshness(Instant now) {
        List<RepoFreshness> out = new ArrayList<>();
        for (Watched w : watched.values()) {
            out.add(new RepoFreshness(w.id, heat(w, now), Optional.ofNullable(w.lastPolled), interval(w, now), why(w, now)));
        }
        out.sort(Comparator.comparing(RepoFreshness::heat).thenComparing(f -> f.repo().fullName()));
        return out;
    }

    /** Whether {@code repo} is hot or cold now (cold when not watched). */
    public synchronized Heat heat(RepoId repo, Instant now) {
        Watched w = watched.get(repo);
        return w == null ? Heat.COLD : heat(w, now);
    }

    /** How much slower than the settings every interval is now, to stay within the limits (1: not at all). */
    public synchronized double stretch() {
        return stretch;
    }

    /** The effective hot interval: what "polling every N s" means for the busiest repositories now. */
    public synchronized Duration hotInterval() {
        return effective(settings.hot());
    }

    private Heat heat(Watched w, Instant now) {
        Instant since = now.minus(settings.coolDown());
        boolean recent = after(w.lastChanged, since) || after(w.pushSeenAt, since) || after(w.heardAt, since);
        return w.active || recent ? Heat.HOT : Heat.COLD;
    }

    private String why(Watched w, Instant now) {
        if (w.lastPolled == null) {
            return "not checked yet";
        }
        if (after(w.heardAt, now.minus(settings.coolDown()))) {
            return "webhook deliveries bring its changes; polled to reconcile";
        }
        if (w.active) {
            return "runs queued or in progress";
        }
        Instant since = now.minus(settings.coolDown());
        if (after(w.pushSeenAt, since)) {
            return "pushed " + ago(w.pushSeenAt, now);
        }
        if (after(w.lastChanged, since)) {
            return "runs changed " + ago(w.lastChanged, now);
        }
        Instant quiet = latest(w.lastChanged, w.pushSeenAt, w.heardAt);
        return quiet == null ? "no change seen since the HUD started" : "quiet since " + quiet;
    }

    private static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).toSeconds());
        return s < 60 ? s + " s ago" : s / 60 + " min ago";
    }

    /** The interval {@code w} is polled at now: {@link #baseInterval}, stretched and floored. */
    private Duration interval(Watched w, Instant now) {
        return effective(baseInterval(w, now));
    }

    /** Its heat's interval; a repository whose changes come by webhook is only reconciled, on the cold one. */
    private Duration baseInterval(Watched w, Instant now) {
        boolean fedByWebhooks = after(w.heardAt, now.minus(settings.coolDown()));
        return heat(w, now) == Heat.HOT && !fedByWebhooks ? settings.hot() : settings.cold();
    }

    private Duration effective(Duration base) {
        Duration stretched = Duration.ofMillis((long) Math.ceil(base.toMillis() * stretch));
        return stretched.compareTo(floor) < 0 ? floor : stretched;
    }

    private Instant dueAt(Watched w, Instant now) {
        if (w.lastPolled == null || w.dueNow && !floorHolds(w, now)) {
            return now;
        }
        Duration interval = interval(w, now);
        // The second poll falls between half an interval and one and a half, by the name: a first pass
        // over hundreds of repositories comes back spread over a whole interval, not as one burst.
        long millis = w.polls == 1 ? (long) (interval.toMillis() * (0.5 + w.phase)) : interval.toMillis();
        return w.lastPolled.plusMillis(Math.max(millis, floor.toMillis()));
    }

    /** A floor set while webhooks flow holds even for a push: the delivery brought it. */
    private boolean floorHolds(Watched w, Instant now) {
        return !floor.isZero() && w.lastPolled.plus(floor).isAfter(now);
    }

    private double overdue(Watched w, Instant now) {
        if (w.lastPolled == null || w.dueNow) {
            return Double.MAX_VALUE;
        }
        return Duration.between(w.lastPolled, now).toMillis() / (double) Math.max(1, interval(w, now).toMillis());
    }

    private boolean branchesDue(Watched w, Instant now) {
        // The first listing falls somewhere in the first interval, by the name: spread, not one burst.
        Instant from = w.branchesReadAt != null ? w.branchesReadAt
                : w.firstPolled.minusMillis((long) (settings.branchesEvery().toMillis() * (1 - w.phase)));
        return !now.isBefore(from.plus(settings.branchesEvery()));
    }

    /**
     * How much every interval must stretch for the organisation's polls to fit the points a
     * minute on the runs endpoint, which every poll spends, with a tenth to spare: at the very
     * limit, any burst would queue.
     */
    private double endpointStretch(Instant now) {
        return Math.max(1, demandPerMinute(now) / (settings.pointsPerMinute() * HEADROOM));
    }

    /**
     * How much every interval must stretch for charged requests to last until the hourly reset
     * without eating into the reserve: polling may spend {@link Settings#budgetShare()} of the
     * hour's budget, the rest is for what a person clicks and the evidence reads. A poll is charged only when it finds a
     * change, so polling slower saves only where polls find changes more often than they come: a
     * repository charged at every poll of late would cost as often as it is polled; one charged
     * now and then, as often as it changes. The smallest stretch whose projection fits is the one.
     */
    private double hourlyStretch(Instant now, Optional<RateLimit> rateLimit) {
        if (rateLimit.isEmpty() || firstSteadyPoll == null) {
            return 1;
        }
        RateLimit rl = rateLimit.get();
        // GitHub's window is an hour: a reset further away is a clock that disagrees with GitHub's.
        double minutesToReset = Math.min(60, Math.max(1, Duration.between(now, rl.reset()).toSeconds() / 60.0));
        // What is left beyond the reserve (the budget's other share: clicks, evidence reads), until the reset.
        double allowedPerMinute = (rl.remaining() - (1 - settings.budgetShare()) * rl.limit()) / minutesToReset;
        Instant from = firstSteadyPoll.isAfter(now.minus(SPEND_WINDOW)) ? firstSteadyPoll : now.minus(SPEND_WINDOW);
        double minutes = Math.max(1, Duration.between(from, now).toSeconds() / 60.0);
        double listing = listingCharges.stream().mapToLong(Charge::requests).sum() / minutes;
        if (allowedPerMinute <= listing) {
            // Nothing left to spend: poll the cold way until the reset, as far as it is.
            return Math.max(1, minutesToReset * MINUTE.toMillis() / (double) settings.cold().toMillis());
        }
        if (projectedPerMinute(1, now, minutes) + listing <= allowedPerMinute) {
            return 1;
        }
        double low = 1;
        double high = 1;
        while (projectedPerMinute(high, now, minutes) + listing > allowedPerMinute && high < MAX_STRETCH) {
            low = high;
            high = Math.min(MAX_STRETCH, high * 2);
        }
        for (int i = 0; i < 20; i++) {
            double mid = (low + high) / 2;
            if (projectedPerMinute(mid, now, minutes) + listing > allowedPerMinute) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /**
     * Charged requests a minute the repositories' polls would cost at {@code stretch}, from what
     * they cost of late: a repository costs as often as it changes, or as often as it is polled
     * when every one of its recent polls found a change (then it may change more often still).
     */
    private double projectedPerMinute(double stretch, Instant now, double minutes) {
        double total = 0;
        for (Watched w : watched.values()) {
            long changed = w.spent.stream().filter(c -> c.requests() > 0).count();
            if (changed == 0) {
                continue;
            }
            double requestsPerChange = w.spent.stream().mapToLong(Charge::requests).sum() / (double) changed;
            double polls = MINUTE.toMillis() / (stretch * Math.max(baseInterval(w, now).toMillis(), floor.toMillis()));
            boolean everyPollChanged = changed == w.spent.size() && changed >= SATURATED_AFTER;
            total += requestsPerChange * (everyPollChanged ? polls : Math.min(polls, changed / minutes));
        }
        return total;
    }

    /** The polls a minute the watched repositories want at their heat's interval, unstretched. */
    private double demandPerMinute(Instant now) {
        double perMinute = 0;
        for (Watched w : watched.values()) {
            long millis = Math.max(baseInterval(w, now).toMillis(), floor.toMillis());
            perMinute += MINUTE.toMillis() / (double) Math.max(1, millis);
        }
        return perMinute;
    }

    private void prune(Instant now) {
        Instant minuteAgo = now.minus(MINUTE);
        for (Deque<Instant> planned : List.of(runsPlanned, pullsPlanned, branchesPlanned)) {
            while (!planned.isEmpty() && !planned.peekFirst().isAfter(minuteAgo)) {
                planned.removeFirst();
            }
        }
        Instant windowStart = now.minus(SPEND_WINDOW);
        while (!listingCharges.isEmpty() && listingCharges.peekFirst().at().isBefore(windowStart)) {
            listingCharges.removeFirst();
        }
        for (Watched w : watched.values()) {
            while (!w.spent.isEmpty() && w.spent.peekFirst().at().isBefore(windowStart)) {
                w.spent.removeFirst();
            }
        }
    }

    private static boolean after(Instant instant, Instant since) {
        return instant != null && instant.isAfter(since);
    }

    private static Instant latest(Instant... instants) {
        Instant out = null;
        for (Instant i : instants) {
            if (i != null && (out == null || i.isAfter(out))) {
                out = i;
            }
        }
        return out;
    }
}
