package io.intelgraph.maestro.logging;

/**
 * A library's log level in slf4j-simple, the product's logging, for a library whose lines at the default level say
 * nothing to a user. Set only when the user has not set one ({@code -Dorg.slf4j.simpleLogger.log.<logger>=…} in
 * {@code MAESTRO_JAVA_OPTIONS}), and before the library makes its first logger: slf4j-simple reads the level then.
 *
 * @param logger the library's logger name prefix, e.g. {@code org.freedesktop.dbus}
 * @param level  slf4j-simple's level name: trace, debug, info, warn, error or off
 */
public record LibraryLogLevel(String logger, String level) {

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    public void applyUnlessSet() {
        String property = property();
        if (System.getProperty(property) == null) {
            System.setProperty(property, level);
        }
    }

    /** The system property slf4j-simple reads the level from. */
    public String property() {
        return PREFIX + logger;
    }
}
