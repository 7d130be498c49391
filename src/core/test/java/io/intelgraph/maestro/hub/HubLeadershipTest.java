package io.intelgraph.maestro.hub;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.intelgraph.maestro.hub.HubLeadership.Timing;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.store.Freshness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two hubs on one Lease of fabric8's mock API server (CRUD mode, a real HTTP emulation): one leads
 * and is ready, the other stands by and is not; a killed leader's lease runs out and the standby
 * takes over within the lease and one try; a leader that loses the lease stops its sources; a
 * leader that stops hands the lease over at once. The timings are the standard ones scaled down
 * (3 s lease, 2 s renew deadline, 250 ms retry) so the test takes seconds, not a minute.
 */
@EnableKubernetesMockClient(crud = true)
class HubLeadershipTest {

    private static final String NAMESPACE = "hub";
    private static final String LEASE = "maestro-hub";
    private static final Timing FAST = new Timing(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(250));

    KubernetesMockServer server;
    KubernetesClient client;
    private final List<Candidate> candidates = new ArrayList<>();

    /** A hub in the election: its own API client, plane and server; its "sources" are counters. */
    private final class Candidate implements HubLeadership.Term, AutoCloseable {
        final String name;
        final KubernetesClient kube = server.createClient();
        final BuildPlane plane = HubHarness.emptyPlane();
        final AtomicInteger leads = new AtomicInteger();
        final AtomicInteger standDowns = new AtomicInteger();
        volatile Instant ledAt;
        final HubLeadership leadership;
        final HubHarness hub;

        Candidate(String name) {
            this.name = name;
            this.leadership = HubLeadership.join(kube, NAMESPACE, LEASE, name, FAST, this);
            this.hub = new HubHarness(plane, HubHarness.settings(), Hub.Sources.none().withRole(leadership::role));
            candidates.add(this);
        }

        @Override
        public void lead() {
            ledAt = Instant.now();
            leads.incrementAndGet();
            plane.sourceLive(Optional.empty(), 5); // as the poller's first cycle would
        }

        @Override
        public void standBy(String leader) {
            plane.sourceStale("standby: " + leader + " leads", null, Optional.empty());
        }

        @Override
        public void standDown(String why) {
            standDowns.incrementAndGet();
            plane.sourceStale("lost the lease: " + why, null, Optional.empty());
        }

        HttpResponse<String> ready() throws Exception {
            return hub.get("/ready");
        }

        @Override
        public void close() {
            hub.close();
            leadership.close();
            kube.close();
        }
    }

    @AfterEach
    void stop() {
        candidates.forEach(Candidate::close);
    }

    private Lease lease() {
        return client.leases().inNamespace(NAMESPACE).withName(LEASE).get();
    }

    @Test
    void oneLeadsAndIsReadyTheOtherStandsByAndTakesOverWithinTheDeadlineWhenTheLeaderIsKilled() throws Exception {
        Candidate a = new Candidate("hub-a");
        await(() -> a.leadership.role() instanceof HubRole.Leader, Duration.ofSeconds(5));
        Candidate b = new Candidate("hub-b");
        await(() -> b.leadership.role().equals(new HubRole.Standby("hub-b", "hub-a")), Duration.ofSeconds(5));

        assertEquals(200, a.ready().statusCode());
        assertTrue(a.ready().body().contains("\"role\":\"leader\""), a.ready().body());
        HttpResponse<String> standby = b.ready();
        assertEquals(503, standby.statusCode());
        assertTrue(standby.body().contains("this hub (hub-b) is the standby; hub-a leads and serves the feed"), standby.body());
        assertTrue(b.hub.get("/health").body().contains("\"role\":\"standby\""), "alive, and says what it is");
        HttpResponse<String> delivery = b.hub.deliver("ping", "to-the-standby", "{\"zen\":\"z\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(503, delivery.statusCode(), "deliveries go to the leader");
        assertEquals("5", delivery.headers().firstValue("Retry-After").orElse(""));
        assertEquals(Freshness.STALE, b.plane.snapshot().health().freshness(), "nothing served as live");
        assertEquals(0, b.leads.get(), "the standby polls nothing");
        assertEquals(1, a.leads.get());

        // hub-a's renewal as last seen while it held the lease: read after the kill, the lease may already be
        // hub-b's (on a starved machine hub-a can miss its renew deadline just before), and hub-b's renewal is
        // no bound on when hub-b acquired it.
        Lease held = lease();
        assertEquals("hub-a", held.getSpec().getHolderIdentity());
        ZonedDateTime lastRenewal = held.getSpec().getRenewTime();
        a.leadership.halt(); // killed: it renews no more and releases nothing
        Instant killed = Instant.now();
        await(() -> b.leadership.role() instanceof HubRole.Leader && b.ledAt != null, FAST.takeover().plusSeconds(3));
        Duration takeover = Duration.between(killed, b.ledAt);
        assertTrue(takeover.compareTo(FAST.takeover().plusMillis(500)) <= 0, "took over after " + takeover);
        Lease taken = lease();
        assertEquals("hub-b", taken.getSpec().getHolderIdentity());
        assertEquals(1, taken.getSpec().getLeaseTransitions());
        // Two hubs never lead at once: hub-b leads only after hub-a's lease ran out. Asserted on when hub-b's
        // leading began, not on the Lease's acquireTime: fabric8 stamps that with the clock read before its GET,
        // and checks expiry after it, so on a starved machine acquireTime can precede the expiry it waited for.
        assertFalse(b.ledAt.isBefore(lastRenewal.plus(FAST.lease()).toInstant()),
                "led at " + b.ledAt + ", before the killed leader's lease ran out at " + lastRenewal.plus(FAST.lease()));
        await(() -> b.leads.get() == 1, Duration.ofSeconds(2));
        assertEquals(200, b.ready().statusCode());
        assertEquals(Freshness.LIVE, b.plane.snapshot().health().freshness());
    }

    /**
     * Writes {@code holder} into the Lease as a competing elector does: read, change, write with the
     * read's resourceVersion, again on a 409 — hub-a renews every few milliseconds here, and a write
     * between our read and our update is refused by the API server (this test's one flake, before).
     */
    private void takeLease(String holder) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.leases().inNamespace(NAMESPACE).withName(LEASE).edit(lease -> {
                    lease.getSpec().setHolderIdentity(holder);
                    lease.getSpec().setRenewTime(ZonedDateTime.now());
                    return lease;
                });
                return;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409 || attempt == 20) {
                    throw e;
                }
            }
        }
    }

    @Test
    void aLeaderThatLosesTheLeaseStopsItsSourcesAndIsNoLongerReady() throws Exception {
        Candidate a = new Candidate("hub-a");
        await(() -> a.leads.get() == 1, Duration.ofSeconds(5));
        // Another holder takes the lease, as after a partition in which hub-a could not renew.
        takeLease("hub-elsewhere");
        await(() -> a.standDowns.get() == 1, Duration.ofSeconds(3));
        HubRole role = a.leadership.role();
        assertInstanceOf(HubRole.Deposed.class, role);
        HttpResponse<String> ready = a.ready();
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("this hub (hub-a) lost the lease"), ready.body());
        assertEquals(Freshness.STALE, a.plane.snapshot().health().freshness());
        Thread.sleep(FAST.takeover().toMillis() / 4);
        assertEquals(1, a.standDowns.get(), "stood down once");
        assertEquals(1, a.leads.get(), "and does not lead again on its own");
    }

    @Test
    void aLeaderThatStopsReleasesTheLeaseAndTheStandbyTakesOverAtItsNextTry() throws Exception {
        Candidate a = new Candidate("hub-a");
        await(() -> a.leadership.role() instanceof HubRole.Leader, Duration.ofSeconds(5));
        Candidate b = new Candidate("hub-b");
        await(() -> b.leadership.role() instanceof HubRole.Standby s && s.leader().equals("hub-a"), Duration.ofSeconds(5));
        Instant stopped = Instant.now();
        a.leadership.close();
        // The role changes before the leading callback has run: wait for both.
        await(() -> b.leadership.role() instanceof HubRole.Leader && b.ledAt != null, Duration.ofSeconds(3));
        Duration handover = Duration.between(stopped, b.ledAt);
        assertTrue(handover.compareTo(FAST.lease()) < 0, "released, not left to run out: " + handover);
        assertEquals(0, a.standDowns.get(), "stopping on purpose is not losing");
    }

    @Test
    void theStandardTimingsReplaceAKilledLeaderWithin15SecondsAndBadOnesAreRefused() {
        Timing standard = Timing.standard();
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(7), Duration.ofSeconds(2)),
                List.of(standard.lease(), standard.renewDeadline(), standard.retry()));
        assertEquals(Duration.ofMillis(14_400), standard.takeover(), "within the 15 s the issue promises");
        assertThrows(IllegalArgumentException.class, () -> new Timing(Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new Timing(Duration.ofSeconds(15), Duration.ofSeconds(2),
                Duration.ofSeconds(2)));
    }

    private static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "not within " + within);
            Thread.sleep(20);
        }
    }
}
