package io.intelgraph.maestro.model.evidence;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An SBOM's components, packed: one string per component (type, name, version, purl and licences
 * joined by control characters; one byte a character for the usual ASCII names and purls) instead
 * of a record with five strings and a list — about a third of the heap, so a 400,000-component SBOM
 * fits in tens of megabytes. A component is unpacked when asked for, e.g. for the rows a table
 * shows; a search reads the packed text.
 */
public final class SbomComponents extends AbstractList<SbomComponent> implements RandomAccess {

    private static final char FIELD = '\u001f';
    private static final char LICENSE = '\u001e';
    private static final SbomComponents EMPTY = new SbomComponents(new String[0]);

    private final String[] rows;

    private SbomComponents(String[] rows) {
        this.rows = rows;
    }

    public static SbomComponents of() {
        return EMPTY;
    }

    public static SbomComponents of(List<SbomComponent> components) {
        Builder builder = new Builder();
        components.forEach(builder::add);
        return builder.build();
    }

    @Override
    public SbomComponent get(int index) {
        String[] fields = rows[index].split(String.valueOf(FIELD), -1);
        List<String> licenses = fields[4].isEmpty() ? List.of() : List.of(fields[4].split(String.valueOf(LICENSE), -1));
        return new SbomComponent(fields[1], fields[2], fields[3], licenses, fields[0]);
    }

    @Override
    public int size() {
        return rows.length;
    }

    /**
     * A component's packed text: its type, then from {@link #searchFrom(int)} on its name, version,
     * purl and licences, separated by control characters no query holds. Not lower-cased: that would
     * double the memory.
     */
    public String text(int index) {
        return rows[index];
    }

    /** Where the searchable part of {@link #text(int)} starts (after the type). */
    public int searchFrom(int index) {
        return rows[index].indexOf(FIELD) + 1;
    }

    /** Collects components one at a time, as a streaming reader meets them. */
    public static final class Builder {
        private final List<String> rows = new ArrayList<>();

        public Builder add(SbomComponent c) {
            StringBuilder row = new StringBuilder(c.name().length() + c.version().length() + c.purl().length() + 24)
                    .append(clean(c.type())).append(FIELD).append(clean(c.name())).append(FIELD).append(clean(c.version()))
                    .append(FIELD).append(clean(c.purl())).append(FIELD);
            for (int i = 0; i < c.licenses().size(); i++) {
                row.append(i == 0 ? "" : String.valueOf(LICENSE)).append(clean(c.licenses().get(i)));
            }
            rows.add(row.toString());
            return this;
        }

        public int size() {
            return rows.size();
        }

        public SbomComponents build() {
            return rows.isEmpty() ? EMPTY : new SbomComponents(rows.toArray(String[]::new));
        }

        /** The separators are control characters no SBOM field should hold; one that does loses them. */
        private static String clean(String field) {
            return field.indexOf(FIELD) < 0 && field.indexOf(LICENSE) < 0 ? field
                    : field.replace(FIELD, ' ').replace(LICENSE, ' ');
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SbomComponents other ? Arrays.equals(rows, other.rows) : super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
