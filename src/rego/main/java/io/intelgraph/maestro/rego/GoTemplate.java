package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code strings.render_template}: the part of Go's text/template that templates in policies use —
 * fields ({@code .a.b}), variables ({@code $x := …}, {@code $}), {@code if}/{@code else if}/{@code else},
 * {@code range} (with {@code $i, $v :=}), {@code with}, the functions {@code len}, {@code index},
 * {@code not}, {@code and}, {@code or}, {@code eq}, {@code ne}, {@code print}, {@code printf}, and
 * {@code {{- -}}} trimming. A missing key is an error, as OPA renders with {@code missingkey=error};
 * anything else of text/template is {@code unsupported}, never silently skipped.
 */
final class GoTemplate {


    private sealed interface Node permits Text, Action, If, Range, With {
    }

    private record Text(String text) implements Node {
    }

    private record Action(String pipeline) implements Node {
    }

    private record If(String condition, List<Node> then, List<Node> otherwise) implements Node {
    }

    private record Range(String key, String value, String pipeline, List<Node> body, List<Node> otherwise) implements Node {
    }

    private record With(String pipeline, List<Node> body, List<Node> otherwise) implements Node {
    }

    private GoTemplate() {
    }

    static String render(String template, Object data) {
        List<String[]> tokens = tokens(template);
        int[] at = {0};
        List<Node> nodes = parse(tokens, at, Set.of());
        StringBuilder out = new StringBuilder();
        Map<String, Object> vars = new HashMap<>();
        vars.put("$", data);
        execute(nodes, data, vars, out);
        return out.toString();
    }

    /** Text and actions in order: {"text", s} or {"action", s}, with {{- and -}} applied to the text beside them. */
    private static List<String[]> tokens(String template) {
        List<String[]> out = new ArrayList<>();
        // Actions are found by scanning, not a lazy pattern: 20,000 "{{" without "}}" (a hostile template in a
        // policy's input) took 20 s that way, reading the rest of the text again from each one (session 28).
        int last = 0;
        boolean trimNext = false;
        for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", last)) {
            int start = open + 2;
            boolean trimLeft = start + 1 < template.length() && template.charAt(start) == '-'
                    && isSpace(template.charAt(start + 1));
            int bodyStart = trimLeft ? start + 2 : start;
            int close = template.indexOf("}}", bodyStart);
            if (close < 0) {
                // Go's text/template refuses it too, rather than print the rest as text.
                throw new RegoException("template: unclosed action");
            }
            String inner = template.substring(bodyStart, close);
            boolean trimRight = inner.length() >= 2 && inner.endsWith("-") && isSpace(inner.charAt(inner.length() - 2));
            String text = template.substring(last, open);
            if (trimNext) {
                text = text.stripLeading();
            }
            if (trimLeft) {
                text = text.stripTrailing();
            }
            out.add(new String[] {"text", text});
            String body = (trimRight ? inner.substring(0, inner.length() - 2) : inner).strip();
            if (!body.startsWith("/*")) {
                out.add(new String[] {"action", body});
            }
            trimNext = trimRight;
            last = close + 2;
        }
        String rest = template.substring(last);
        out.add(new String[] {"text", trimNext ? rest.stripLeading() : rest});
        return out;
    }

    /** A regular expression's \\s: what Go's template trim markers ("{{- ", " -}}") accept beside the dash. */
    private static boolean isSpace(char c) {
        return " \t\n\u000B\f\r".indexOf(c) >= 0;
    }

    private static List<Node> parse(List<String[]> tokens, int[] at, Set<String> stops) {
        List<Node> nodes = new ArrayList<>();
        while (at[0] < tokens.size()) {
            String[] token = tokens.get(at[0]);
            if (token[0].equals("text")) {
                at[0]++;
                if (!token[1].isEmpty()) {
                    nodes.add(new Text(token[1]));
                }
                continue;
            }
            String action = token[1];
            String word = action.split("\\s+", 2)[0];
            if (stops.contains(word)) {
                return nodes;
            }
            at[0]++;
            switch (word) {
                case "if" -> nodes.add(ifNode(action.substring(2).strip(), tokens, at));
                case "range" -> {
                    String spec = action.substring(5).strip();
                    String key = null;
                    String value = null;
                    Matcher decl = Pattern.compile("^(\\$\\w*)\\s*(?:,\\s*(\\$\\w*))?\\s*:=\\s*(.*)$").matcher(spec);
                    if (decl.matches()) {
                        if (decl.group(2) != null) {
                            key = decl.group(1);
                            value = decl.group(2);
                        } else {
                            value = decl.group(1);
                        }
                        spec = decl.group(3);
                    }
                    List<Node> body = parse(tokens, at, Set.of("else", "end"));
                    List<Node> otherwise = elseBranch(tokens, at);
                    nodes.add(new Range(key, value, spec, body, otherwise));
                }
                case "with" -> {
                    List<Node> body = parse(tokens, at, Set.of("else", "end"));
                    nodes.add(new With(action.substring(4).strip(), body, elseBranch(tokens, at)));
                }
                case "define", "template", "block", "break", "continue" ->
                        throw RegoException.unsupported("strings.render_template: {{" + word + "}}");
                case "else", "end" -> throw new RegoException("strings.render_template: unexpected {{" + word + "}}");
                default -> nodes.add(new Action(action));
            }
        }
        if (!stops.isEmpty()) {
            throw new RegoException("strings.render_template: unexpected EOF");
        }
        return nodes;
    }

    private static If ifNode(String condition, List<String[]> tokens, int[] at) {
        List<Node> then = parse(tokens, at, Set.of("else", "end"));
        String stop = tokens.get(at[0])[1];
        at[0]++;
        if (stop.equals("end")) {
            return new If(condition, then, List.of());
        }
        String rest = stop.substring(4).strip();
        if (rest.startsWith("if ")) {
            // {{else if c}}: a nested if that shares this one's {{end}}
            return new If(condition, then, List.of(ifNode(rest.substring(3).strip(), tokens, at)));
        }
        List<Node> otherwise = parse(tokens, at, Set.of("end"));
        at[0]++;
        return new If(condition, then, otherwise);
    }

    private static List<Node> elseBranch(List<String[]> tokens, int[] at) {
        String stop = tokens.get(at[0])[1];
        at[0]++;
        if (stop.equals("end")) {
            return List.of();
        }
        List<Node> otherwise = parse(tokens, at, Set.of("end"));
        at[0]++;
        return otherwise;
    }

    private static void execute(List<Node> nodes, Object dot, Map<String, Object> vars, StringBuilder out) {
        for (Node node : nodes) {
            switch (node) {
                case Text t -> out.append(t.text());
                case Action a -> {
                    Matcher decl = Pattern.compile("^(\\$\\w+)\\s*(:?=)\\s*(.*)$").matcher(a.pipeline());
                    if (decl.matches()) {
                        vars.put(decl.group(1), evaluate(decl.group(3), dot, vars));
                    } else {
                        out.append(text(evaluate(a.pipeline(), dot, vars)));
                    }
                }
                case If i -> execute(truthy(evaluate(i.condition(), dot, vars)) ? i.then() : i.otherwise(), dot,
                        new HashMap<>(vars), out);
                case With w -> {
                    Object value = evaluate(w.pipeline(), dot, vars);
                    execute(truthy(value) ? w.body() : w.otherwise(), truthy(value) ? value : dot, new HashMap<>(vars), out);
                }
                case Range r -> range(r, evaluate(r.pipeline(), dot, vars), vars, out, dot);
            }
        }
    }

    private static void range(Range r, Object over, Map<String, Object> vars, StringBuilder out, Object dot) {
        List<Object[]> entries = new ArrayList<>();
        if (over instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                entries.add(new Object[] {Values.number(BigDecimal.valueOf(i)), list.get(i)});
            }
        } else if (over instanceof Map<?, ?> map) {
            for (Object key : Values.sorted(new ArrayList<>(map.keySet()))) {
                entries.add(new Object[] {key, map.get(key)});
            }
        } else if (over instanceof Set<?> set) {
            int i = 0;
            for (Object member : Values.sorted(new ArrayList<>(set))) {
                entries.add(new Object[] {Values.number(BigDecimal.valueOf(i++)), member});
            }
        } else if (over != null && over != Values.NULL) {
            throw new RegoException("strings.render_template: range can't iterate over " + text(over));
        }
        if (entries.isEmpty()) {
            execute(r.otherwise(), dot, new HashMap<>(vars), out);
            return;
        }
        for (Object[] entry : entries) {
            Map<String, Object> scope = new HashMap<>(vars);
            if (r.key() != null) {
                scope.put(r.key(), entry[0]);
            }
            if (r.value() != null) {
                scope.put(r.value(), entry[1]);
            }
            execute(r.body(), entry[1], scope, out);
        }
    }

    /** A pipeline without {@code |}: a value, or a function applied to arguments. */
    private static Object evaluate(String pipeline, Object dot, Map<String, Object> vars) {
        if (pipeline.contains("|")) {
            throw RegoException.unsupported("strings.render_template: pipelines with |");
        }
        List<String> words = words(pipeline);
        if (words.isEmpty()) {
            throw new RegoException("strings.render_template: missing value for command");
        }
        String head = words.get(0);
        List<Object> args = new ArrayList<>();
        for (String word : words.subList(1, words.size())) {
            args.add(operand(word, dot, vars));
        }
        return switch (head) {
            case "len" -> Values.number(BigDecimal.valueOf(args.get(0) instanceof String s ? s.length()
                    : args.get(0) instanceof Collection<?> c ? c.size() : ((Map<?, ?>) args.get(0)).size()));
            case "index" -> {
                Object v = args.get(0);
                for (Object key : args.subList(1, args.size())) {
                    v = v instanceof List<?> list ? list.get(((BigDecimal) key).intValueExact())
                            : v instanceof Map<?, ?> map ? map.get(key) : null;
                }
                yield v;
            }
            case "not" -> !truthy(args.get(0));
            case "and" -> args.stream().filter(a -> !truthy(a)).findFirst().orElse(args.get(args.size() - 1));
            case "or" -> args.stream().filter(GoTemplate::truthy).findFirst().orElse(args.get(args.size() - 1));
            case "eq" -> args.subList(1, args.size()).stream().anyMatch(a -> Values.compare(a, args.get(0)) == 0);
            case "ne" -> Values.compare(args.get(0), args.get(1)) != 0;
            case "print" -> String.join("", args.stream().map(GoTemplate::text).toList());
            case "printf" -> GoFormat.sprintf(text(args.get(0)), args.subList(1, args.size()));
            default -> {
                if (!args.isEmpty()) {
                    throw RegoException.unsupported("strings.render_template: function " + head);
                }
                yield operand(head, dot, vars);
            }
        };
    }

    private static Object operand(String word, Object dot, Map<String, Object> vars) {
        if (word.startsWith("\"") && word.endsWith("\"") && word.length() >= 2) {
            return word.substring(1, word.length() - 1).replace("\\\"", "\"").replace("\\n", "\n");
        }
        if (word.matches("-?\\d+(\\.\\d+)?")) {
            return Values.number(new BigDecimal(word));
        }
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        if (word.equals("nil")) {
            return Values.NULL;
        }
        Object value;
        String path;
        if (word.startsWith("$")) {
            int dotAt = word.indexOf('.');
            String name = dotAt < 0 ? word : word.substring(0, dotAt);
            if (!vars.containsKey(name)) {
                throw new RegoException("strings.render_template: undefined variable " + name);
            }
            value = vars.get(name);
            path = dotAt < 0 ? "" : word.substring(dotAt + 1);
        } else if (word.startsWith(".")) {
            value = dot;
            path = word.substring(1);
        } else {
            throw RegoException.unsupported("strings.render_template: function " + word);
        }
        for (String field : path.isEmpty() ? new String[0] : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(field)) {
                throw new RegoException("strings.render_template: map has no entry for key \"" + field + "\"");
            }
            value = map.get(field);
        }
        return value;
    }

    private static List<String> words(String pipeline) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|\\S+").matcher(pipeline.strip());
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Go's truth: false, 0, nil and empty strings, lists, maps and sets are false. */
    private static boolean truthy(Object v) {
        return !(v == null || v == Values.NULL || Boolean.FALSE.equals(v)
                || v instanceof BigDecimal n && n.signum() == 0 || v instanceof String s && s.isEmpty()
                || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty());
    }

    /** What {@code {{.x}}} prints: strings as they are, other values as Go's %v prints them. */
    private static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v == null || v == Values.NULL) {
            return "<no value>";
        }
        if (v instanceof List<?> list) {
            return "[" + String.join(" ", list.stream().map(GoTemplate::text).toList()) + "]";
        }
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            for (Object key : Values.sorted(new ArrayList<>(map.keySet()))) {
                parts.add(text(key) + ":" + text(map.get(key)));
            }
            return "map[" + String.join(" ", parts) + "]";
        }
        return Values.format(v);
    }
}
