package io.intelgraph.maestro.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a commit message against Conventional Commits 1.0.0 (conventionalcommits.org/en/v1.0.0):
 * {@code type(scope)!: description}, an optional body one blank line below, and footers — a word
 * token (or {@code BREAKING CHANGE}) followed by {@code ": "} or {@code " #"}, whose value runs on
 * until the next token. Reverts are recognised as semantic-release's default parser does (the
 * conventional-changelog angular preset): git's {@code Revert "<header>"} with its "This reverts
 * commit <sha>." line, and the {@code revert} type, with the commits named in the body or a
 * {@code Refs} footer. No well-kept Java parser of the convention is on Maven Central, hence this one.
 */
public final class CommitGrammar {

    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)(?:\\(([^()\\n]*)\\))?(!)?:(.*)");
    private static final Pattern FOOTER = Pattern.compile("(BREAKING CHANGE|[A-Za-z0-9][A-Za-z0-9-]*)(: | #)(.*)");
    private static final Pattern GIT_REVERT = Pattern.compile("(?i)revert \"(.+)\"");
    private static final Pattern REVERTS_COMMIT = Pattern.compile("(?i)this reverts commit ([0-9a-f]{7,40})");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,40}");

    private CommitGrammar() {
    }

    public static CommitMessage read(String message) {
        String text = message == null ? "" : message.replace("\r\n", "\n").strip();
        List<String> lines = Arrays.asList(text.split("\n", -1));
        String header = lines.get(0).strip();
        List<String> rest = lines.subList(1, lines.size());
        if (header.isEmpty()) {
            return unconventional(header, text, "an empty message");
        }
        Optional<Revert> gitRevert = gitRevert(header, text);
        Matcher m = HEADER.matcher(header);
        if (!m.matches()) {
            return unconventional(header, text, header.contains(": ")
                    ? "the words before the colon are not a type (one word, such as feat or fix, and an optional (scope))"
                    : "no type prefix such as \"feat:\" or \"fix(parser):\"").withRevert(gitRevert);
        }
        String after = m.group(4);
        String problem = after.isBlank() ? "no description after the colon"
                : !after.startsWith(" ") ? "no space after the colon"
                : m.group(2) != null && m.group(2).isBlank() ? "an empty scope in the parentheses"
                : !rest.isEmpty() && !rest.get(0).isBlank() ? "the body does not start one blank line below the description"
                : "";
        if (!problem.isEmpty()) {
            return unconventional(header, text, problem).withRevert(gitRevert);
        }
        Sections sections = Sections.of(rest);
        String type = m.group(1);
        Optional<Revert> revert = type.equalsIgnoreCase("revert")
                ? Optional.of(new Revert(after.strip(), revertedShas(sections.body(), sections.footers())))
                : Optional.empty();
        return new CommitMessage(header, type, m.group(2) == null ? "" : m.group(2).strip(), m.group(3) != null,
                after.strip(), sections.body(), sections.footers(), revert, "");
    }

    private static CommitMessage unconventional(String header, String text, String problem) {
        int newline = text.indexOf('\n');
        return new CommitMessage(header, "", "", false, "", newline < 0 ? "" : text.substring(newline + 1).strip(),
                List.of(), Optional.empty(), problem);
    }

    private static Optional<Revert> gitRevert(String header, String text) {
        Matcher revert = GIT_REVERT.matcher(header);
        Matcher sha = REVERTS_COMMIT.matcher(text);
        return revert.matches() && sha.find() ? Optional.of(new Revert(revert.group(1), List.of(sha.group(1))))
                : Optional.empty();
    }

    /** The commits a {@code revert:} commit names: "This reverts commit X." lines and Refs footers. */
    private static List<String> revertedShas(String body, List<Footer> footers) {
        List<String> shas = new ArrayList<>();
        Matcher inBody = REVERTS_COMMIT.matcher(body);
        while (inBody.find()) {
            shas.add(inBody.group(1));
        }
        for (Footer footer : footers) {
            if (footer.token().equalsIgnoreCase("Refs")) {
                Matcher sha = SHA.matcher(footer.value());
                while (sha.find()) {
                    shas.add(sha.group());
                }
            }
        }
        return shas;
    }

    /**
     * The body and the footers of the lines below the header. Footers start with the first
     * paragraph that opens with a footer token; from there a line that opens with a token starts
     * the next footer and any other line continues the value before it (values may span lines).
     */
    private record Sections(String body, List<Footer> footers) {

        static Sections of(List<String> lines) {
            int footerStart = -1;
            for (int i = 0; i < lines.size(); i++) {
                boolean paragraphStart = i == 0 || lines.get(i - 1).isBlank();
                if (paragraphStart && FOOTER.matcher(lines.get(i)).matches()) {
                    footerStart = i;
                    break;
                }
            }
            if (footerStart < 0) {
                return new Sections(String.join("\n", lines).strip(), List.of());
            }
            List<Footer> footers = new ArrayList<>();
            String token = null;
            StringBuilder value = new StringBuilder();
            for (String line : lines.subList(footerStart, lines.size())) {
                Matcher f = FOOTER.matcher(line);
                if (f.matches()) {
                    if (token != null) {
                        footers.add(new Footer(token, value.toString().strip()));
                    }
                    token = f.group(1);
                    value.setLength(0);
                    value.append(f.group(2).equals(" #") ? "#" : "").append(f.group(3));
                } else {
                    value.append('\n').append(line);
                }
            }
            footers.add(new Footer(token, value.toString().strip()));
            return new Sections(String.join("\n", lines.subList(0, footerStart)).strip(), footers);
        }
    }
}
