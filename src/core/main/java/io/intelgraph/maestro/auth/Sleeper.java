package io.intelgraph.maestro.auth;

import java.time.Duration;

/** Waits between polls; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration);
}
