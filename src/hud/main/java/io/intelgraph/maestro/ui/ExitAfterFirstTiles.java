package io.intelgraph.maestro.ui;

import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Ends the program a set time after the first live tiles, as SIGTERM would (the JVM's exit path, its shutdown hooks),
 * when the system property {@value #PROPERTY} gives that time in milliseconds. For the build's AOT training run
 * (jlink/tool/AotTraining): the JVM writes the cache as it exits, and on Windows ending a process from outside is
 * TerminateProcess, which would lose it, so the program must end itself. Not set, nothing happens.
 */
record ExitAfterFirstTiles(Duration delay) {

    static final String PROPERTY = "maestro.exit-after-first-tiles-ms";

    /** The delay {@code properties} ask for; a value that is not a number of milliseconds is reported and ignored. */
    static Optional<ExitAfterFirstTiles> requested(Properties properties) {
        String value = properties.getProperty(PROPERTY);
        if (value == null) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(value.strip());
            if (millis < 0) {
                throw new NumberFormatException("negative");
            }
            return Optional.of(new ExitAfterFirstTiles(Duration.ofMillis(millis)));
        } catch (NumberFormatException e) {
            LoggerFactory.getLogger(ExitAfterFirstTiles.class).warn(
                    "-D{}={} is not a number of milliseconds; the program does not end by itself", PROPERTY, value);
            return Optional.empty();
        }
    }

    /** Runs {@code exit}, off the thread that completes {@code firstLiveTiles}, {@link #delay} after it completes. */
    void arm(CompletionStage<Void> firstLiveTiles, Runnable exit) {
        firstLiveTiles.thenRunAsync(exit, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * The JVM's exit on a thread of its own, as a signal's: the FX thread goes on while the shutdown hooks run (one
     * waiting for it from the FX thread itself would never end).
     */
    static void exitTheJvm() {
        Thread.ofPlatform().name("exit-after-first-tiles").start(() -> System.exit(0));
    }
}
