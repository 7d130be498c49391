package io.intelgraph.maestro.logging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibraryLogLevelTest {

    private final LibraryLogLevel quiet = new LibraryLogLevel("test.library." + System.nanoTime(), "warn");

    @AfterEach
    void clear() {
        System.clearProperty(quiet.property());
    }

    @Test
    void setsTheLibrarysLevelWhereSlf4jSimpleReadsIt() {
        quiet.applyUnlessSet();

        assertEquals("org.slf4j.simpleLogger.log." + quiet.logger(), quiet.property());
        assertEquals("warn", System.getProperty(quiet.property()));
    }

    @Test
    void theUsersOwnLevelWins() {
        System.setProperty(quiet.property(), "debug");

        quiet.applyUnlessSet();

        assertEquals("debug", System.getProperty(quiet.property()));
    }
}
