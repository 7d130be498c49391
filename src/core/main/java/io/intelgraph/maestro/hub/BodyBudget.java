package io.intelgraph.maestro.hub;

/**
 * The bytes of request bodies the hub holds at once, across every request. One delivery may be 25 MB
 * (GitHub's cap), so a few hundred concurrent ones could hold gigabytes; each body is admitted only
 * while the total stays within the budget, and a request that would pass it is turned away (503,
 * try again) before a byte of its body is read.
 */
final class BodyBudget {

    private final long capacity;
    private long held;
    private long peak;

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    /** Takes {@code bytes} from the budget, or nothing and {@code false} when they would pass it. */
    synchronized boolean take(long bytes) {
        if (held + bytes > capacity) {
            return false;
        }
        held += bytes;
        peak = Math.max(peak, held);
        return true;
    }

    synchronized void giveBack(long bytes) {
        held -= bytes;
    }

    long capacity() {
        return capacity;
    }

    /** Bytes of bodies held now. */
    synchronized long held() {
        return held;
    }

    /** The most ever held at once. */
    synchronized long peak() {
        return peak;
    }
}
