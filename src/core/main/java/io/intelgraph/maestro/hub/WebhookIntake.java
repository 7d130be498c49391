package io.intelgraph.maestro.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intelgraph.maestro.github.MalformedPayloadException;
import io.intelgraph.maestro.github.WebhookParser;
import io.intelgraph.maestro.github.WebhookSignature;
import io.intelgraph.maestro.hub.HubMetrics.DeliveryOutcome;
import io.intelgraph.maestro.model.event.GitHubEvent;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.text.TerminalText;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code POST /webhooks/github}: a delivery is checked (size, signature, event, delivery id) before
 * anything of it is believed, then parsed by the {@link WebhookParser} and applied to the store.
 * Every delivery ends in one status and one log line naming the event, the delivery and the outcome.
 */
public final class WebhookIntake {

    /** GitHub caps a delivery's payload at 25 MB. */
    public static final long GITHUB_MAX_PAYLOAD = 25L * 1024 * 1024;

    /** The events that change tiles; the rest are acknowledged and ignored. */
    static final Set<String> APPLIED = Set.of("workflow_run", "workflow_job", "pull_request", "push", "check_run",
            "check_suite", "deployment_status");

    /** The compatibility endpoints take small JSON documents. */
    private static final long COMPATIBILITY_MAX_BODY = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BuildPlane plane;
    private final Optional<WebhookSignature> signature;
    private final HubToken token;
    private final WebhookPace pace;
    private final HubMetrics metrics;
    private final DeliveryIds deliveries = new DeliveryIds(10_000);
    private final WebhookParser parser = new WebhookParser();
    private final long maxPayload;
    private final Supplier<HubRole> role;
    private final Consumer<RepoId> delivered;

    /**
     * @param role      only a hub that serves takes deliveries: a standby's plane is not the one the displays see
     * @param delivered told the repository of each applied delivery (the poller's adaptive schedule)
     */
    public WebhookIntake(BuildPlane plane, Optional<WebhookSignature> signature, HubToken token, WebhookPace pace,
            HubMetrics metrics, long maxPayload, Supplier<HubRole> role, Consumer<RepoId> delivered) {
        this.role = role;
        this.delivered = delivered;
        this.plane = plane;
        this.signature = signature;
        this.token = token;
        this.pace = pace;
        this.metrics = metrics;
        this.maxPayload = maxPayload;
    }

    public HubResponse github(HubRequest request) throws IOException {
        String event = request.header("x-github-event").orElse("");
        String delivery = request.header("x-github-delivery").orElse("");
        String what = (event.isEmpty() ? "(no X-GitHub-Event)" : TerminalText.escape(event)) + " delivery "
                + (delivery.isEmpty() ? "(no id)" : TerminalText.escape(delivery)) + ": ";
        if (signature.isEmpty()) {
            return refuse(event, DeliveryOutcome.REFUSED, 403, what + "refused: webhooks are off, the hub has no webhook "
                    + "secret (set MAESTRO_WEBHOOK_SECRET or --webhook-secret-file)");
        }
        HubRole now = role.get();
        if (!now.serves()) {
            return refuse(event, DeliveryOutcome.REFUSED, 503, what + "refused: " + now.whyNotServing()
                    + "; deliveries go to the leader").withHeader("Retry-After", "5");
        }
        byte[] body;
        try {
            body = request.body(maxPayload);
        } catch (HttpHead.Refused e) {
            return refuse(event, outcomeOf(e), e.status(), what + "refused: " + e.getMessage());
        }
        Optional<String> signed = request.header("x-hub-signature-256");
        if (signed.isEmpty()) {
            return refuse(event, DeliveryOutcome.UNAUTHORIZED, 401, what + "refused: it carries no X-Hub-Signature-256; nothing applied");
        }
        if (!signature.get().verify(body, signed.get())) {
            return refuse(event, DeliveryOutcome.UNAUTHORIZED, 401,
                    what + "refused: X-Hub-Signature-256 does not match the body (another secret, or a changed body); nothing applied");
        }
        if (event.isEmpty()) {
            return refuse(event, DeliveryOutcome.MALFORMED, 400, what + "refused: no X-GitHub-Event header");
        }
        if (!delivery.isEmpty() && !deliveries.first(delivery)) {
            metrics.delivery(event, DeliveryOutcome.DUPLICATE);
            return HubResponse.json(200, HubResponse.object().put("duplicate", true), what + "a repeat of a delivery already applied; ignored");
        }
        if (!event.equals("ping") && !APPLIED.contains(event)) {
            metrics.delivery(event, DeliveryOutcome.IGNORED);
            return HubResponse.json(202, HubResponse.object().put("ignored", event), what + "not an event the hub uses; ignored");
        }
        GitHubEvent parsed;
        try {
            parsed = parser.parse(event, body);
        } catch (MalformedPayloadException e) {
            deliveries.forget(delivery);
            return refuse(event, DeliveryOutcome.MALFORMED, 400, what + "refused: " + e.getMessage());
        }
        if (parsed instanceof GitHubEvent.PingEvent ping) {
            metrics.delivery(event, DeliveryOutcome.PING);
            return HubResponse.json(200, HubResponse.object().put("pong", true).put("zen", ping.zen()), what + "ping answered");
        }
        try {
            plane.apply(parsed);
        } catch (RuntimeException e) {
            deliveries.forget(delivery);
            metrics.delivery(event, DeliveryOutcome.FAILED);
            throw e;
        }
        pace.delivered();
        if (parsed.repo() != null) {
            delivered.accept(parsed.repo());
        }
        metrics.delivery(event, DeliveryOutcome.APPLIED);
        return HubResponse.json(200, HubResponse.object().put("applied", event), what + "applied to "
                + (parsed.repo() == null ? "no repository" : parsed.repo().fullName()));
    }

    /**
     * {@code POST /webhooks/k8s} and {@code /webhooks/security}, the original hub's: accepted behind
     * the hub token and acknowledged, since this hub watches the cluster and reads reports itself.
     */
    public HubResponse compatibility(HubRequest request, String kind) throws IOException {
        Optional<HubResponse> refused = token.refusal(request);
        if (refused.isPresent()) {
            metrics.delivery(kind, DeliveryOutcome.UNAUTHORIZED);
            return refused.get();
        }
        try {
            JSON.readTree(request.body(COMPATIBILITY_MAX_BODY));
        } catch (HttpHead.Refused e) {
            return refuse(kind, outcomeOf(e), e.status(), kind + " event refused: " + e.getMessage());
        } catch (JsonProcessingException e) {
            return refuse(kind, DeliveryOutcome.MALFORMED, 400, kind + " event refused: not valid JSON: " + e.getOriginalMessage());
        }
        metrics.delivery(kind, DeliveryOutcome.IGNORED);
        return HubResponse.json(202, HubResponse.object().put("accepted", true)
                .put("note", "this hub watches the cluster and the reports itself; the event is acknowledged, not applied"),
                kind + " event acknowledged (the hub watches the cluster and reports itself)");
    }

    /** Too large, no room for it now (the hub holds too many bodies), or a body that did not arrive whole. */
    private static DeliveryOutcome outcomeOf(HttpHead.Refused e) {
        return switch (e.status()) {
            case 413 -> DeliveryOutcome.TOO_LARGE;
            case 503 -> DeliveryOutcome.REFUSED;
            default -> DeliveryOutcome.MALFORMED;
        };
    }

    private HubResponse refuse(String event, DeliveryOutcome outcome, int status, String message) {
        metrics.delivery(event, outcome);
        return HubResponse.error(status, message);
    }
}
