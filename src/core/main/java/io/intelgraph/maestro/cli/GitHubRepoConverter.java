package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.model.repo.RepoId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.regex.Pattern;

/**
 * {@code --for OWNER/NAME}, checked against GitHub's own rules before anything is asked or done,
 * so a typo (or a name carrying control characters) is a usage error, not a 404 or an audit entry.
 */
final class GitHubRepoConverter implements ITypeConverter<RepoId> {

    /** A user or organisation: 1–39 letters, digits and single hyphens, neither first nor last. */
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}");
    /** A repository: 1–100 letters, digits, '.', '_', '-'; GitHub refuses "." and "..". */
    private static final Pattern NAME = Pattern.compile("(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}");

    @Override
    public RepoId convert(String value) {
        int slash = value.indexOf('/');
        if (slash < 0 || !OWNER.matcher(value.substring(0, slash)).matches()
                || !NAME.matcher(value.substring(slash + 1)).matches()) {
            // picocli prints this through Main's handler, which escapes the value.
            throw new TypeConversionException("'" + value + "' is not a GitHub repository (OWNER/NAME: the owner 1–39"
                    + " letters, digits and single inner hyphens; the name 1–100 letters, digits, '.', '_', '-')");
        }
        return new RepoId(value.substring(0, slash), value.substring(slash + 1));
    }
}
