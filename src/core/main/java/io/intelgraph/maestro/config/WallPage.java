package io.intelgraph.maestro.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A page the wall rotates through ({@code wall.pages=builds,previews,release,distill}), named for across the room. */
public enum WallPage {
    BUILDS("builds", "Builds"),
    PREVIEWS("previews", "Previews"),
    RELEASE("release", "Release readiness"),
    DISTILL("distill", "Recommendations");

    private final String key;
    private final String title;

    WallPage(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    /** What the wall's caption calls the page. */
    public String title() {
        return title;
    }

    /** The pages named in a comma-separated list, in its order, each once; an unknown name is an error. */
    public static List<WallPage> parseList(String value) {
        Set<WallPage> pages = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty()) {
                pages.add(Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("\"" + name.strip() + "\" is none of "
                                + Arrays.stream(values()).map(WallPage::key).collect(Collectors.joining(", ")))));
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no page named");
        }
        return List.copyOf(pages);
    }
}
