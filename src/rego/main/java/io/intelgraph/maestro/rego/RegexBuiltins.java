package io.intelgraph.maestro.rego;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.intelgraph.maestro.rego.Operands.integer;
import static io.intelgraph.maestro.rego.Operands.str;

/**
 * OPA's regex.go and regex_template.go ({@code regex.globs_match}: {@link GlobIntersection}). Patterns are RE2's (RE2/J), as Go's regexp that OPA uses: linear time,
 * POSIX classes, no backreferences or lookaround. Compiled patterns are kept per engine, by their text.
 */
final class RegexBuiltins implements BuiltinFamily {

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    @Override
    public void register(BuiltinRegistry r) {
        r.add("regex.match", 2, a -> pattern(str(a.get(0))).matcher(str(a.get(1))).find());
        // Deprecated in OPA 1.x, still called by v0 policies.
        r.add("re_match", 2, a -> pattern(str(a.get(0))).matcher(str(a.get(1))).find());
        r.add("regex.is_valid", 1, a -> {
            if (!(a.get(0) instanceof String)) {
                return false; // OPA: not a string, not a valid pattern (no type error)
            }
            try {
                Pattern.compile(str(a.get(0)));
                return true;
            } catch (PatternSyntaxException e) {
                return false;
            }
        });
        r.add("regex.split", 2, a -> List.<Object>copyOf(List.of(pattern(str(a.get(0))).split(str(a.get(1)), -1))));
        r.add("regex.find_all_string_submatch_n", 3, a -> {
            Matcher m = pattern(str(a.get(0))).matcher(str(a.get(1)));
            int limit = integer(a.get(2));
            List<Object> out = new ArrayList<>();
            while ((limit < 0 || out.size() < limit) && m.find()) {
                List<Object> groups = new ArrayList<>();
                for (int g = 0; g <= m.groupCount(); g++) {
                    // Go reports a group that did not take part in the match as "".
                    groups.add(m.group(g) == null ? "" : m.group(g));
                }
                out.add(groups);
            }
            return out;
        });
        r.add("regex.find_n", 3, a -> {
            Matcher m = pattern(str(a.get(0))).matcher(str(a.get(1)));
            int limit = integer(a.get(2));
            List<Object> out = new ArrayList<>();
            while (m.find() && (limit < 0 || out.size() < limit)) {
                out.add(m.group());
            }
            return out;
        });
        r.add("regex.replace", 3, a -> replaceAll(pattern(str(a.get(1))), str(a.get(0)), str(a.get(2))));
        r.add("regex.globs_match", 2, a -> GlobIntersection.nonEmpty(str(a.get(0)), str(a.get(1))));
        r.add("regex.template_match", 4, a -> templatePattern(str(a.get(0)), str(a.get(2)), str(a.get(3)))
                .matcher(str(a.get(1))).matches());
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Pattern.compile(r);
            } catch (PatternSyntaxException e) {
                throw new RegoException("invalid regular expression " + Values.quote(r) + ": " + e.getDescription());
            }
        });
    }

    /** A template such as {@code urn:foo:{.*}}: literal text, and regular expressions between the delimiters. */
    private Pattern templatePattern(String template, String open, String close) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int start = template.indexOf(open, at);
            if (start < 0) {
                regex.append(Pattern.quote(template.substring(at)));
                break;
            }
            int end = template.indexOf(close, start + open.length());
            if (end < 0) {
                throw new RegoException("regex.template_match: unbalanced " + open + " in " + Values.quote(template));
            }
            regex.append(Pattern.quote(template.substring(at, start))).append('(')
                    .append(template, start + open.length(), end).append(')');
            at = end + close.length();
        }
        return pattern(regex.toString());
    }

    /** Go's ReplaceAllString: every match replaced by the template expanded for it. */
    private static String replaceAll(Pattern pattern, String text, String template) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(goExpand(m, template));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * Go's regexp template expansion: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}} and {@code $$};
     * {@code $name} takes the longest run of letters, digits and '_', and a group that does not exist is empty.
     */
    private static String goExpand(Matcher m, String template) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i++;
                continue;
            }
            String name;
            int end;
            if (template.charAt(i + 1) == '{') {
                end = template.indexOf('}', i + 2);
                if (end < 0) {
                    out.append(c);
                    continue;
                }
                name = template.substring(i + 2, end);
            } else {
                end = i + 1;
                while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
                    end++;
                }
                name = template.substring(i + 1, end);
                end--;
            }
            if (name.isEmpty()) {
                out.append(c);
                continue;
            }
            String group = null;
            try {
                group = name.chars().allMatch(Character::isDigit) ? (Integer.parseInt(name) <= m.groupCount()
                        ? m.group(Integer.parseInt(name)) : null) : m.group(name);
            } catch (IllegalArgumentException e) {
                // no such group: Go expands it to nothing
            }
            out.append(group == null ? "" : group);
            i = end;
        }
        return out.toString();
    }
}
