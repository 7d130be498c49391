package io.intelgraph.maestro.hub;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The WebSocket clients connected now, for the keepalive, the shutdown and the metrics. */
final class ClientSessions {

    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();

    void add(WebSocketSession session) {
        sessions.add(session);
    }

    void remove(WebSocketSession session) {
        sessions.remove(session);
    }

    Iterable<WebSocketSession> all() {
        return sessions;
    }

    boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** The longest queue of any client now, in frames (bounded by {@link HubLimits#queueFrames()}). */
    int longestQueue() {
        int longest = 0;
        for (WebSocketSession session : sessions) {
            longest = Math.max(longest, session.queued());
        }
        return longest;
    }
}
