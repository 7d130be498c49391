package io.intelgraph.maestro.hub;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benchmark, not a test: how long after a leader is killed (it renews no more and releases nothing)
 * a standby leads, with the hub's own timings ({@link HubLeadership.Timing#standard()}), on fabric8's
 * mock API server. Prints each trial and the bound.
 *
 * <pre>
 * ./mvnw -q -pl src/core -am test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.intelgraph.maestro.hub.HubTakeoverTimes 5"
 * </pre>
 */
public final class HubTakeoverTimes {

    private HubTakeoverTimes() {
    }

    /** A candidate whose "sources" are the time it started leading. */
    private static final class Candidate implements HubLeadership.Term {
        final AtomicLong ledAtNanos = new AtomicLong();

        @Override
        public void lead() {
            ledAtNanos.set(System.nanoTime());
        }

        @Override
        public void standBy(String leader) {
        }

        @Override
        public void standDown(String why) {
        }
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        HubLeadership.Timing timing = HubLeadership.Timing.standard();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesMixedDispatcher(new HashMap<>()), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        List<Double> seconds = new ArrayList<>();
        try (KubernetesClient a = server.createClient(); KubernetesClient b = server.createClient()) {
            for (int trial = 1; trial <= trials; trial++) {
                String lease = "takeover-" + trial;
                Candidate first = new Candidate();
                HubLeadership leader = HubLeadership.join(a, "hub", lease, "hub-a", timing, first);
                while (first.ledAtNanos.get() == 0) {
                    Thread.sleep(5);
                }
                Candidate second = new Candidate();
                HubLeadership standby = HubLeadership.join(b, "hub", lease, "hub-b", timing, second);
                Thread.sleep(timing.retry().toMillis() * 2); // the standby has seen the leader
                long killed = System.nanoTime();
                leader.halt();
                while (second.ledAtNanos.get() == 0) {
                    Thread.sleep(5);
                }
                double took = (second.ledAtNanos.get() - killed) / 1e9;
                seconds.add(took);
                System.out.printf("trial %d: the standby led %.1f s after the leader was killed%n", trial, took);
                standby.close();
            }
        } finally {
            server.destroy();
        }
        System.out.printf("Takeover after a kill, lease %d s / renew deadline %d s / retry %d s: max %.1f s of %d trials; "
                        + "bound %.1f s after the last renewal (goal: within 15 s)%n", timing.lease().toSeconds(),
                timing.renewDeadline().toSeconds(), timing.retry().toSeconds(),
                seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0), trials,
                timing.takeover().toMillis() / 1000.0);
    }
}
