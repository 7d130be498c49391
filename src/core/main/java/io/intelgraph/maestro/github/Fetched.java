package io.intelgraph.maestro.github;

/** A value from GitHub and whether every request behind it was answered 304 Not Modified. */
public record Fetched<T>(T value, boolean notModified) {
}
