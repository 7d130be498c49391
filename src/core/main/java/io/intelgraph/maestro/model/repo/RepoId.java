package io.intelgraph.maestro.model.repo;

import java.util.Objects;

/** owner/name of a repository: the key every other record refers to. */
public record RepoId(String owner, String name) implements Comparable<RepoId> {

    public RepoId {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        if (owner.isBlank() || name.isBlank() || owner.contains("/") || name.contains("/")) {
            throw new IllegalArgumentException("not a repository: " + owner + "/" + name);
        }
    }

    /** Parses {@code owner/name}. */
    public static RepoId parse(String fullName) {
        int slash = fullName == null ? -1 : fullName.indexOf('/');
        if (slash <= 0 || slash == fullName.length() - 1 || fullName.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("expected owner/name, got '" + fullName + "'");
        }
        return new RepoId(fullName.substring(0, slash), fullName.substring(slash + 1));
    }

    public String fullName() {
        return owner + "/" + name;
    }

    /**
     * The order of {@code fullName().compareToIgnoreCase(other.fullName())}, without building the two
     * strings: sorting a wall of 2,000 tiles compares repositories tens of thousands of times a second.
     */
    @Override
    public int compareTo(RepoId other) {
        if (owner == other.owner || owner.equals(other.owner)) {
            // One organisation (the wall's usual case): the names decide, compared by the JDK's own loop.
            return name.compareToIgnoreCase(other.name);
        }
        int length = owner.length() + 1 + name.length();
        int otherLength = other.owner.length() + 1 + other.name.length();
        for (int i = 0, end = Math.min(length, otherLength); i < end; i++) {
            char a = charAt(i);
            char b = other.charAt(i);
            if (a != b) {
                // As String.CASE_INSENSITIVE_ORDER compares: upper case, then lower case.
                a = Character.toLowerCase(Character.toUpperCase(a));
                b = Character.toLowerCase(Character.toUpperCase(b));
                if (a != b) {
                    return a - b;
                }
            }
        }
        return length - otherLength;
    }

    /** The {@code i}th character of {@code owner/name}. */
    private char charAt(int i) {
        return i < owner.length() ? owner.charAt(i) : i == owner.length() ? '/' : name.charAt(i - owner.length() - 1);
    }

    /*
     * equals and hashCode written out: a record's own go through a method-handle bootstrap that the
     * launcher's C1-only JIT does not inline, and a wall of 2,000 tiles hashes and compares these keys
     * hundreds of thousands of times a second (a tenth of the FX thread's samples were in them).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RepoId that && owner.equals(that.owner) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return 31 * owner.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return fullName();
    }
}
