package io.intelgraph.maestro.hub;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfig;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectorBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Two or more hubs, one leader: fabric8's {@link LeaderElector} on a {@code coordination.k8s.io/v1}
 * Lease. The leader renews the lease every {@code retry}; a standby takes it once it has not been
 * renewed for {@code lease}. A leader that cannot renew within {@code renewDeadline} (shorter than
 * the lease) stands down before any standby may take over, so two hubs never lead at once.
 *
 * <p>The {@link Term} is told on its own thread, in order, so starting the sources never delays a
 * renewal: {@link Term#lead()} when this hub wins the lease, {@link Term#standBy(String)} when
 * another holds it, {@link Term#standDown(String)} (once, said in one log line) when this hub held
 * it and lost it. Closing releases the lease, so a standby takes over at its next try.
 */
public final class HubLeadership implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubLeadership.class);

    /**
     * @param lease         how long a lease holds without renewal
     * @param renewDeadline a leader that has not renewed for this long stands down (shorter than the lease)
     * @param retry         how often the leader renews and a standby tries
     */
    public record Timing(Duration lease, Duration renewDeadline, Duration retry) {

        public Timing {
            if (renewDeadline.compareTo(lease) >= 0 || retry.compareTo(renewDeadline) >= 0) {
                throw new IllegalArgumentException("the lease (" + lease + ") must outlast the renew deadline ("
                        + renewDeadline + "), and that the retry period (" + retry + ")");
            }
        }

        /**
         * 10 s, 7 s, 2 s: a killed leader is replaced at most 14.4 s after its last renewal, within the 15 s
         * the displays are promised. (Kubernetes' own controllers use 15, 10, 2: up to 19.4 s.) The price is
         * a leader that cannot renew for 7 s — the API server slow, a long pause — stands down and restarts.
         */
        public static Timing standard() {
            return new Timing(Duration.ofSeconds(10), Duration.ofSeconds(7), Duration.ofSeconds(2));
        }

        /**
         * The longest from a dead leader's last renewal to a standby leading: the lease, then the
         * standby's next try (fabric8 spreads tries over one to 2.2 retry periods).
         */
        public Duration takeover() {
            return lease.plus(Duration.ofMillis(retry.toMillis() * 22 / 10));
        }
    }

    /** What leading means for the hub; each is called on the leadership's own thread, in order. */
    public interface Term {
        /** This hub holds the lease: start the sources and serve. */
        void lead();

        /** Another hub ({@code leader}, empty while unknown) holds the lease: serve nothing as live. */
        void standBy(String leader);

        /** This hub held the lease and lost it: stop the sources. */
        void standDown(String why);
    }

    private final String identity;
    private final String lease;
    private final LeaderElector elector;
    private final Term term;
    private final ExecutorService renewals;
    private final ExecutorService terms;
    private final AtomicReference<HubRole> role;
    /** Whether a standby answers ready (the leader routes traffic by its endpoint, see {@link LeaderEndpoint}). */
    private final boolean standbyReady;
    private volatile boolean ending;
    private volatile CompletableFuture<?> running;

    private HubLeadership(KubernetesClient client, String namespace, String leaseName, String identity, Timing timing,
            Term term, boolean standbyReady) {
        this.identity = identity;
        this.lease = namespace + "/" + leaseName;
        this.term = term;
        this.standbyReady = standbyReady;
        this.role = new AtomicReference<>(new HubRole.Standby(identity, "", standbyReady));
        this.renewals = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("hub-lease").unstarted(r));
        this.terms = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("hub-term").unstarted(r));
        // The lease is released by close() itself, so that halt() can leave it held, as a killed hub would.
        LeaderElectionConfig config = new LeaderElectionConfig(new LeaseLock(namespace, leaseName, identity),
                timing.lease(), timing.renewDeadline(), timing.retry(),
                new LeaderCallbacks(this::won, this::lost, this::newLeader), false, "maestro-hub");
        this.elector = new LeaderElectorBuilder(client, renewals).withConfig(config).build();
    }

    /** Joins the election for {@code namespace/leaseName} as {@code identity} (the pod's name); this hub stands by until it wins. */
    public static HubLeadership join(KubernetesClient client, String namespace, String leaseName, String identity,
            Timing timing, Term term) {
        return join(client, namespace, leaseName, identity, timing, term, false);
    }

    /** @param standbyReady whether a standby answers ready (the leader is the Service's endpoint by its own writing) */
    public static HubLeadership join(KubernetesClient client, String namespace, String leaseName, String identity,
            Timing timing, Term term, boolean standbyReady) {
        HubLeadership leadership = new HubLeadership(client, namespace, leaseName, identity, timing, term, standbyReady);
        LOG.info("hub: {} joins the election for the lease {} (lease {} s, renew deadline {} s, retry {} s); standing by",
                identity, leadership.lease, timing.lease().toSeconds(), timing.renewDeadline().toSeconds(),
                timing.retry().toSeconds());
        leadership.terms.execute(() -> term.standBy(""));
        leadership.running = leadership.elector.start();
        return leadership;
    }

    public HubRole role() {
        return role.get();
    }

    public String identity() {
        return identity;
    }

    private void won() {
        HubRole was = role.get();
        if (ending || !(was instanceof HubRole.Standby) || !role.compareAndSet(was, new HubRole.Leader(identity))) {
            return;
        }
        LOG.info("hub: {} leads — it holds the lease {}; starting its sources (GitHub polling, previews, the engines)",
                identity, lease);
        terms.execute(term::lead);
    }

    private void newLeader(String leader) {
        HubRole was = role.get();
        if (ending || leader == null || leader.isEmpty() || leader.equals(identity) || !(was instanceof HubRole.Standby)
                || !role.compareAndSet(was, new HubRole.Standby(identity, leader, standbyReady))) {
            return;
        }
        LOG.info("hub: {} stands by — {} holds the lease {}", identity, leader, lease);
        terms.execute(() -> term.standBy(leader));
    }

    /** Not synchronized: fabric8 calls it holding its elector's lock, which close() may be waiting for. */
    private void lost() {
        HubRole was = role.get();
        String why = "the lease " + lease + " was not renewed in time or another hub took it";
        if (ending || !(was instanceof HubRole.Leader) || !role.compareAndSet(was, new HubRole.Deposed(identity, why))) {
            return;
        }
        LOG.warn("hub: {} lost the lease {} — stopped its sources (GitHub polling, previews, the engines) and serves "
                + "nothing as live", identity, lease);
        terms.execute(() -> term.standDown(why));
    }

    /** Stops renewing and trying, and leaves the lease as it is: what a killed hub does (tests). */
    void halt() {
        ending = true;
        stopElection();
    }

    /** Leaves the election; a lease this hub holds is released, so a standby takes over at its next try. */
    @Override
    public void close() {
        boolean held = role.get() instanceof HubRole.Leader;
        ending = true;
        stopElection();
        if (held) {
            try {
                if (elector.release()) {
                    LOG.info("hub: {} released the lease {}", identity, lease);
                }
            } catch (KubernetesClientException e) {
                LOG.warn("hub: {} could not release the lease {} ({}); a standby takes over when it expires",
                        identity, lease, e.getMessage());
            }
        }
        terms.shutdown();
    }

    private void stopElection() {
        CompletableFuture<?> election = running;
        if (election != null) {
            election.cancel(true);
        }
        renewals.shutdownNow();
    }
}
