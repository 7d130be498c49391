package io.intelgraph.maestro.hub;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * The {@code X-GitHub-Delivery} ids seen lately, so a redelivered or replayed delivery is applied
 * once. Bounded: the oldest ids are forgotten first (GitHub redelivers within days, not millions of
 * deliveries later).
 */
final class DeliveryIds {

    private final int capacity;
    private final SequencedSet<String> seen = new LinkedHashSet<>();

    DeliveryIds(int capacity) {
        this.capacity = capacity;
    }

    /** Records {@code id}; false when it was recorded already. */
    synchronized boolean first(String id) {
        if (!seen.add(id)) {
            return false;
        }
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Forgets {@code id}: its delivery failed on the hub's side, so a redelivery should be tried. */
    synchronized void forget(String id) {
        seen.remove(id);
    }

    synchronized int size() {
        return seen.size();
    }
}
