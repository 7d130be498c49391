package io.intelgraph.maestro.ui;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AOT training run's way out: the program ends a set time after the first live tiles, and only then. */
class ExitAfterFirstTilesTest {

    @Test
    void theExitComesTheGivenTimeAfterTheFirstLiveTilesNotBefore() throws InterruptedException {
        ExitAfterFirstTiles exit = ExitAfterFirstTiles.requested(properties("150")).orElseThrow();
        CompletableFuture<Void> firstLiveTiles = new CompletableFuture<>();
        CountDownLatch exited = new CountDownLatch(1);
        exit.arm(firstLiveTiles, exited::countDown);
        assertFalse(exited.await(400, TimeUnit.MILLISECONDS), "ended before the first live tiles");

        long tilesAt = System.nanoTime();
        firstLiveTiles.complete(null);
        assertTrue(exited.await(10, TimeUnit.SECONDS), "never ended");
        long afterMillis = (System.nanoTime() - tilesAt) / 1_000_000;
        assertTrue(afterMillis >= 150, "ended " + afterMillis + " ms after the first live tiles");
    }

    @Test
    void withoutThePropertyOrWithANonNumberNothingIsArmed() {
        assertEquals(Optional.empty(), ExitAfterFirstTiles.requested(new Properties()));
        assertEquals(Optional.empty(), ExitAfterFirstTiles.requested(properties("soon")));
        assertEquals(Optional.empty(), ExitAfterFirstTiles.requested(properties("-5")));
        assertEquals(Optional.of(500L), ExitAfterFirstTiles.requested(properties(" 500 ")).map(e -> e.delay().toMillis()));
    }

    private static Properties properties(String value) {
        Properties properties = new Properties();
        properties.setProperty(ExitAfterFirstTiles.PROPERTY, value);
        return properties;
    }
}
