package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.SbomComponent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SBOM panel's search: every word must appear in the name, version, purl or licences (any
 * case). The lower-cased text of each component is built once per SBOM, so a keystroke over
 * 100,000 components is a scan of prepared strings.
 */
public final class ComponentSearch {

    private final List<SbomComponent> components;
    private final String[] haystacks;

    public ComponentSearch(List<SbomComponent> components) {
        this.components = List.copyOf(components);
        this.haystacks = new String[this.components.size()];
        for (int i = 0; i < haystacks.length; i++) {
            SbomComponent c = this.components.get(i);
            haystacks[i] = (c.name() + " " + c.version() + " " + c.purl() + " " + String.join(" ", c.licenses()))
                    .toLowerCase(Locale.ROOT);
        }
    }

    public List<SbomComponent> find(String query) {
        if (query.isBlank()) {
            return components;
        }
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<SbomComponent> out = new ArrayList<>();
        for (int i = 0; i < haystacks.length; i++) {
            if (matches(haystacks[i], words)) {
                out.add(components.get(i));
            }
        }
        return out;
    }

    public static List<SbomComponent> apply(List<SbomComponent> components, String query) {
        return new ComponentSearch(components).find(query);
    }

    private static boolean matches(String haystack, String[] words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
