package io.intelgraph.maestro.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand that a module on the class path adds to {@code maestro}, found with {@link java.util.ServiceLoader}.
 * The HUD module adds {@code gui} this way: the core runs headless (the hub, CI) and must not name a JavaFX class.
 */
public interface SubcommandProvider {

    /** The picocli command object (annotated with {@code @Command}) for this program run. */
    Callable<Integer> create(Main main);

    /**
     * Called before the command line is parsed, in a run that will open this (the default) subcommand: a head start
     * for what it needs that is slow to come up (the HUD's window toolkit), beside picocli's reading of the commands.
     */
    default void prepare() {
    }

    /** Whether it runs when no subcommand is named; at most one provider on the class path says so. */
    default boolean isDefault() {
        return false;
    }
}
