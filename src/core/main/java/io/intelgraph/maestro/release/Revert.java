package io.intelgraph.maestro.release;

import java.util.List;

/**
 * What a revert commit undoes: the header of the reverted commit (git's {@code Revert "..."}) and
 * the commits it names, full or abbreviated.
 */
public record Revert(String revertedHeader, List<String> shas) {

    public Revert {
        shas = List.copyOf(shas);
    }

    /** Whether this revert names {@code sha} (an abbreviation names the commits it is a prefix of). */
    public boolean undoes(String sha) {
        return shas.stream().anyMatch(s -> s.length() >= 7 && sha.startsWith(s));
    }
}
