package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.SbomComponent;

import java.util.List;
import java.util.Locale;

/** The SBOM panel's search: every word must appear in the name, version, purl or licences (any case). */
public final class ComponentSearch {

    private ComponentSearch() {
    }

    public static List<SbomComponent> apply(List<SbomComponent> components, String query) {
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (query.isBlank()) {
            return components;
        }
        return components.stream().filter(c -> {
            String haystack = (c.name() + " " + c.version() + " " + c.purl() + " " + String.join(" ", c.licenses()))
                    .toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }
}
