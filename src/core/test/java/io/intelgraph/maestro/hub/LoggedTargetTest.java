package io.intelgraph.maestro.hub;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A token a client put in the query string (the hub refuses it there) does not reach the log. */
class LoggedTargetTest {

    @Test
    void theQuerysValuesAreLeftOut() {
        assertEquals("/webhooks/k8s?token=…", HubServer.loggedTarget("/webhooks/k8s?token=s3cr3t-hub-token"));
        assertEquals("/api/builds?hub_token=…&since=…&flag", HubServer.loggedTarget("/api/builds?hub_token=x&since=5&flag"));
        assertEquals("/api/builds", HubServer.loggedTarget("/api/builds"));
        assertEquals("/api/builds?", HubServer.loggedTarget("/api/builds?"));
    }
}
