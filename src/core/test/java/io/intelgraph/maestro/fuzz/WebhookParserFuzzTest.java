package io.intelgraph.maestro.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.intelgraph.maestro.github.MalformedPayloadException;
import io.intelgraph.maestro.github.WebhookParser;
import org.junit.jupiter.api.Timeout;

import java.util.List;

/**
 * Any delivery body under every event name the parser knows (and one it does not): an event, or
 * MalformedPayloadException naming the field. This also drives RestMapper over the REST object
 * shapes webhooks embed (runs, jobs, check runs and suites, pull requests, releases, deployments,
 * code-scanning alerts, repositories).
 */
class WebhookParserFuzzTest {

    private static final List<String> EVENTS = List.of("workflow_run", "workflow_job", "check_run", "check_suite",
            "pull_request", "push", "release", "deployment", "deployment_status", "code_scanning_alert", "ping",
            "installation");

    private final WebhookParser parser = new WebhookParser();

    @FuzzTest(maxDuration = "2m")
    @Timeout(5)
    void parse(byte[] body) throws Exception {
        for (String event : EVENTS) {
            Contract.holds(() -> parser.parse(event, body), MalformedPayloadException.class);
        }
    }
}
