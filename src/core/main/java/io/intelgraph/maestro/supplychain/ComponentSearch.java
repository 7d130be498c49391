package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.SbomComponent;
import io.intelgraph.maestro.model.evidence.SbomComponents;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The SBOM panel's search: every word must appear in the name, version, purl or licences (any
 * case). It scans the packed text of {@link SbomComponents} ignoring case as it goes (rather than
 * keeping a lower-cased copy beside it, which would double the memory, or lower-casing each text per
 * search, which allocates as much again) and answers with the matching positions, unpacked only
 * when a table shows a row.
 */
public final class ComponentSearch {

    private final SbomComponents components;

    public ComponentSearch(SbomComponents components) {
        this.components = components;
    }

    public List<SbomComponent> find(String query) {
        if (query.isBlank()) {
            return components;
        }
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        int[] matches = new int[16];
        int count = 0;
        for (int i = 0; i < components.size(); i++) {
            if (matches(components.text(i), components.searchFrom(i), words)) {
                if (count == matches.length) {
                    matches = Arrays.copyOf(matches, count * 2);
                }
                matches[count++] = i;
            }
        }
        return new Matches(components, Arrays.copyOf(matches, count));
    }

    public static List<SbomComponent> apply(SbomComponents components, String query) {
        return new ComponentSearch(components).find(query);
    }

    private static boolean matches(String text, int from, String[] words) {
        for (String word : words) {
            if (!containsIgnoringCase(text, from, word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} holds the lower-case {@code word} at or after {@code from}, in any case. */
    private static boolean containsIgnoringCase(String text, int from, String word) {
        char first = word.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = from, last = text.length() - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper || Character.toLowerCase(c) == first)
                    && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The components at the matching positions, unpacked when read. */
    private static final class Matches extends AbstractList<SbomComponent> implements RandomAccess {
        private final SbomComponents components;
        private final int[] positions;

        Matches(SbomComponents components, int[] positions) {
            this.components = components;
            this.positions = positions;
        }

        @Override
        public SbomComponent get(int index) {
            return components.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
