package io.intelgraph.maestro.kube;

import io.intelgraph.maestro.kube.ApiCalls.Kind;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The measurement's own classification: a list counted as a get would hide the calls it exists to find. */
class ApiCallsTest {

    private static Kind kind(String method, String uri) {
        return ApiCalls.classify(method, URI.create("http://127.0.0.1:1234" + uri)).kind();
    }

    @Test
    void collectionsAreListsOrWatchesAndObjectsAreGets() {
        assertEquals(Kind.LIST, kind("GET", "/api/v1/namespaces?labelSelector=a%3Db"));
        assertEquals(Kind.LIST, kind("GET", "/api/v1/namespaces/pr-1/pods"));
        assertEquals(Kind.LIST, kind("GET", "/apis/apps/v1/deployments?resourceVersion=0"));
        assertEquals(Kind.LIST, kind("GET", "/apis/networking.k8s.io/v1/namespaces/pr-1/ingresses"));
        assertEquals(Kind.WATCH, kind("GET", "/api/v1/namespaces/pr-1/events?allowWatchBookmarks=true&watch=true"));
        assertEquals(Kind.WATCH, kind("GET", "/api/v1/namespaces?watch=true&labelSelector=a%3Db"));
        assertEquals(Kind.GET, kind("GET", "/api/v1/namespaces/pr-1"));
        assertEquals(Kind.GET, kind("GET", "/apis/apps/v1/namespaces/pr-1/deployments/web"));
        assertEquals(Kind.GET, kind("GET", "/api/v1/namespaces/pr-1/pods/web-0/status"));
        assertEquals(Kind.WRITE, kind("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"));
        assertEquals(Kind.WRITE, kind("DELETE", "/api/v1/namespaces/pr-1"));
    }
}
