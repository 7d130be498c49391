package io.intelgraph.maestro.release;

/** The groups of the changelog preview, in the order they are shown. */
public enum ChangelogSection {
    BREAKING("⚠ Breaking changes"),
    FEATURES("Features"),
    FIXES("Fixes"),
    PERFORMANCE("Performance"),
    REVERTS("Reverts"),
    OTHER("Other changes"),
    UNCONVENTIONAL("Not following the convention"),
    REVERTED("Reverted before the release");

    private final String title;

    ChangelogSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
