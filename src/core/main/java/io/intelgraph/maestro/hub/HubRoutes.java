package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.Freshness;
import io.intelgraph.maestro.text.TerminalText;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hub's HTTP endpoints (docs/HUB.md): reads are open, changes need the hub token, GitHub's
 * deliveries need their signature. Each answer carries the sentence its log line will say.
 */
public final class HubRoutes {

    static final String TEACHERS = "/api/distillation/teachers";

    private final HubFeed feed;
    private final FrameEncoder encoder;
    private final WebhookIntake webhooks;
    private final TeachersApi teachers;
    private final HubMetrics metrics;
    private final Supplier<HubMetrics.Gauges> gauges;
    private final Clock clock;
    private final Instant started;
    private final Supplier<HubRole> role;

    HubRoutes(HubFeed feed, FrameEncoder encoder, WebhookIntake webhooks, TeachersApi teachers, HubMetrics metrics,
            Supplier<HubMetrics.Gauges> gauges, Clock clock, Instant started, Supplier<HubRole> role) {
        this.role = role;
        this.feed = feed;
        this.encoder = encoder;
        this.webhooks = webhooks;
        this.teachers = teachers;
        this.metrics = metrics;
        this.gauges = gauges;
        this.clock = clock;
        this.started = started;
    }

    public HubResponse handle(HubRequest request) throws IOException {
        String path = request.path();
        String method = request.method().equals("HEAD") ? "GET" : request.method();
        return switch (path) {
            case "/health" -> get(method, this::health);
            case "/ready" -> get(method, this::ready);
            case "/api/builds" -> get(method, () -> HubResponse.json(200, feed.snapshotFrame().jsonBytes()));
            case "/api/previews" -> get(method, () -> HubResponse.json(200, encoder.previews(feed.current())));
            case "/api/distillation" -> get(method, () -> HubResponse.json(200, encoder.distillation(feed.current(),
                    teachers.names())));
            case "/metrics" -> get(method, () -> HubResponse.text(200, "text/plain; version=0.0.4; charset=utf-8",
                    metrics.render(gauges.get())));
            case "/cc.xml" -> get(method, () -> HubResponse.text(200, "application/xml; charset=utf-8",
                    CcTrayFeed.xml(feed.current())));
            case TEACHERS -> switch (method) {
                case "GET" -> teachers.list();
                case "POST" -> teachers.register(request);
                default -> notAllowed("GET, HEAD, POST");
            };
            case "/webhooks/github" -> method.equals("POST") ? webhooks.github(request) : notAllowed("POST");
            case "/webhooks/k8s", "/webhooks/security" -> method.equals("POST")
                    ? webhooks.compatibility(request, path.substring("/webhooks/".length())) : notAllowed("POST");
            case "/api/buildhub" -> HubResponse.error(426, "/api/buildhub is the WebSocket feed: connect with a WebSocket client")
                    .withHeader("Upgrade", "websocket");
            default -> {
                if (path.startsWith(TEACHERS + "/")) {
                    yield method.equals("DELETE") ? teachers.retire(request, path.substring(TEACHERS.length() + 1))
                            : notAllowed("DELETE");
                }
                yield HubResponse.error(404, "no such endpoint: " + TerminalText.escape(path));
            }
        };
    }

    /** The original hub's shape: {@code status, clients, uptime, timestamp}, and the source's freshness. */
    private HubResponse health() {
        BuildSnapshot snapshot = feed.current();
        Freshness freshness = snapshot.health().freshness();
        Instant now = clock.instant();
        return HubResponse.json(200, HubResponse.object()
                .put("status", freshness == Freshness.STALE ? "degraded" : "ok")
                .put("clients", feed.clients())
                .put("uptime", Duration.between(started, now).toMillis() / 1000.0)
                .put("timestamp", now.toString())
                .put("source", snapshot.health().sourceName())
                .put("freshness", freshness.name())
                .put("seq", feed.seq())
                .put("role", role.get().word()), "");
    }

    /**
     * Readiness: 200 while this hub serves (the only hub, or the leader), 503 once it has lost the lease.
     * A standby answers 503, so that the Service sends the displays and GitHub to the leader alone — or,
     * where the leader is the Service's endpoint by its own writing, 200: it is up and ready to take over.
     */
    private HubResponse ready() {
        HubRole now = role.get();
        var body = HubResponse.object().put("ready", now.ready()).put("role", now.word());
        if (now instanceof HubRole.Standby standby) {
            body.put("leader", standby.leader().isEmpty() ? null : standby.leader());
        }
        if (now.ready()) {
            return HubResponse.json(200, body, "");
        }
        body.put("error", now.whyNotServing());
        return new HubResponse(503, HubResponse.JSON, FrameEncoder.bytes(body), Map.of(), now.whyNotServing());
    }

    private interface Read {
        HubResponse answer() throws IOException;
    }

    private static HubResponse get(String method, Read read) throws IOException {
        return method.equals("GET") ? read.answer() : notAllowed("GET, HEAD");
    }

    private static HubResponse notAllowed(String allowed) {
        return HubResponse.error(405, "this endpoint takes " + allowed).withHeader("Allow", allowed);
    }
}
