package io.intelgraph.maestro.rego;

import io.intelgraph.maestro.rego.Ast.ArrayTerm;
import io.intelgraph.maestro.rego.Ast.Binary;
import io.intelgraph.maestro.rego.Ast.Call;
import io.intelgraph.maestro.rego.Ast.Comprehension;
import io.intelgraph.maestro.rego.Ast.ComprehensionKind;
import io.intelgraph.maestro.rego.Ast.Expr;
import io.intelgraph.maestro.rego.Ast.Module;
import io.intelgraph.maestro.rego.Ast.ObjectTerm;
import io.intelgraph.maestro.rego.Ast.Ref;
import io.intelgraph.maestro.rego.Ast.Rule;
import io.intelgraph.maestro.rego.Ast.RuleKind;
import io.intelgraph.maestro.rego.Ast.Scalar;
import io.intelgraph.maestro.rego.Ast.SetTerm;
import io.intelgraph.maestro.rego.Ast.Term;
import io.intelgraph.maestro.rego.Ast.Var;
import io.intelgraph.maestro.rego.Lexer.Kind;
import io.intelgraph.maestro.rego.Lexer.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Recursive-descent parser for the Rego that conftest-style policies are written in (v1 and v0 rule forms). */
final class Parser {

    private static final Set<String> RELATIONS = Set.of("==", "!=", "<", ">", "<=", ">=");

    private final List<Token> tokens;
    private final String file;
    private int pos;
    /** The module imports future.keywords: a Rego v0 module, where "p[x] if" still defines a set. */
    private boolean v0Keywords;
    private int wildcards;
    /** True while parsing the head of a collection literal, where '|' starts a comprehension, not a union. */
    private boolean barEndsTerm;
    /** The Rego version the module is read as; null: either form is accepted (the engine's lenient default). */
    private RegoPolicy.Version version;
    /** The file's {@code # METADATA} blocks, kept on its module. */
    private List<Annotations.Block> annotations = List.of();
    /** How deep the term being parsed is nested (brackets, calls, negations). */
    private int nesting;
    private static final int MAX_NESTING = 200;

    private Parser(List<Token> tokens, String file) {
        this.tokens = tokens;
        this.file = file;
    }

    static Module parse(String source, String file) {
        return parse(source, file, null);
    }

    /** @param version v0 or v1 as conftest's {@code --rego-version} gives it; {@code import rego.v1} makes a module v1 */
    static Module parse(String source, String file, RegoPolicy.Version version) {
        Parser parser = new Parser(Lexer.tokenize(source, file), file);
        parser.annotations = Annotations.scan(source, file);
        parser.version = version;
        parser.v0Keywords = version == RegoPolicy.Version.V0;
        return ImportResolver.resolve(parser.module());
    }

    /** A query: expressions separated by ';' or new lines, as {@code opa eval} takes it. */
    static List<Expr> parseQuery(String source) {
        Parser parser = new Parser(Lexer.tokenize(source, "query"), "query");
        List<Expr> body = new ArrayList<>();
        while (true) {
            parser.skipNewlines();
            if (parser.peek().kind() == Kind.EOF) {
                return List.copyOf(body);
            }
            body.add(parser.expr());
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean at(String text) {
        return peek().is(text);
    }

    private boolean accept(String text) {
        if (at(text)) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expect(String text) {
        if (!at(text)) {
            throw error("expected '" + text + "' but found '" + describe(peek()) + "'");
        }
        return next();
    }

    private RegoException error(String message) {
        return new RegoException(file + ":" + peek().line() + ":" + peek().column() + ": " + message);
    }

    private String where() {
        return file + ":" + peek().line();
    }

    private static String describe(Token t) {
        return t.kind() == Kind.NEWLINE ? "newline" : t.kind() == Kind.EOF ? "end of file" : t.text();
    }

    private void skipNewlines() {
        while (peek().kind() == Kind.NEWLINE || at(";")) {
            pos++;
        }
    }

    private void skipLineBreaks() {
        while (peek().kind() == Kind.NEWLINE) {
            pos++;
        }
    }

    private String ident() {
        Token t = next();
        if (t.kind() != Kind.IDENT) {
            throw new RegoException(file + ":" + t.line() + ":" + t.column() + ": expected a name but found '" + describe(t) + "'");
        }
        return t.text();
    }

    private Module module() {
        skipNewlines();
        int packageLine = peek().line();
        expect("package");
        List<String> path = pathOfNames();
        List<Rule> rules = new ArrayList<>();
        Map<String, List<String>> imports = new LinkedHashMap<>();
        skipNewlines();
        // OPA collects imports anywhere after the package clause, between rules too.
        while (peek().kind() != Kind.EOF) {
            if (at("import")) {
                importClause(imports);
            } else {
                rules.addAll(rule());
            }
            skipNewlines();
        }
        return new Module(List.copyOf(path), List.copyOf(rules), file, Map.copyOf(imports), packageLine, annotations);
    }

    /**
     * A package's or an import's path: a name, then {@code .name} or {@code ["string"]} steps, as OPA reads both
     * ({@code package regal.lsp.completion.providers["default"]}, a step that is no Rego name).
     */
    private List<String> pathOfNames() {
        List<String> path = new ArrayList<>();
        path.add(ident());
        while (true) {
            if (accept(".")) {
                path.add(ident());
            } else if (at("[") && peek(1).kind() == Kind.STRING && peek(2).is("]") && !precededBySpace()) {
                next();
                path.add((String) next().value());
                next();
            } else {
                return path;
            }
        }
    }

    /**
     * {@code import data.a.b [as c]}, {@code import input[.x] [as c]}, {@code import data}: the alias maps to the
     * full path, its root ({@code data} or {@code input}) first.
     */
    private void importClause(Map<String, List<String>> imports) {
        String where = where();
        next();
        List<String> imported = pathOfNames();
        String name = String.join(".", imported);
        String root = imported.get(0);
        if (root.equals("data") || root.equals("input")) {
            String alias = accept("as") ? ident() : imported.get(imported.size() - 1);
            imports.put(alias, List.copyOf(imported));
        } else if (name.startsWith("future.keywords")) {
            v0Keywords = true;
        } else if (name.equals("rego.v1")) {
            // A module importing rego.v1 is v1 whatever the flag says.
            version = RegoPolicy.Version.V1;
            v0Keywords = false;
        } else {
            throw RegoException.unsupported("import " + name, where);
        }
    }

    /** Rego's keywords: never a rule's name (a stray "with … as …" after a rule head must not become rules). */
    private static final Set<String> KEYWORDS = Set.of("as", "contains", "default", "else", "every",
            "false", "if", "import", "in", "not", "null", "package", "some", "true", "with");

    /** One rule, or several when a v0 head is followed by more bodies ({@code f(x) = y { … } { … }}). */
    private List<Rule> rule() {
        Rule first = singleRule();
        List<Rule> out = new ArrayList<>(List.of(first));
        while (first.orElse() == null && !first.isDefault() && !first.body().isEmpty()) {
            int save = pos;
            skipLineBreaks();
            if (!at("{")) {
                pos = save; // no rule starts with '{', so one after a body can only be another body
                break;
            }
            out.add(new Rule(first.name(), first.kind(), first.args(), first.key(), first.subKeys(), first.value(),
                    braceBody(), false, null, where(), first.home()));
        }
        return out;
    }

    private Rule singleRule() {
        String where = where();
        boolean isDefault = accept("default");
        Token first = peek(0);
        String name = ident();
        if (KEYWORDS.contains(name)) {
            throw new RegoException(file + ":" + first.line() + ":" + first.column() + ": unexpected " + name
                    + " keyword where a rule begins");
        }
        // A ref head: p.q.r (rule r of the sub-package p.q of this package), then any [key] or .key steps
        // (p.q[x], a.b[x][y] := v, foo["bar"](x)).
        while (at(".") && peek(1).kind() == Kind.IDENT) {
            next();
            name = name + "." + ident();
        }
        List<Term> keys = new ArrayList<>();
        while (at("[") || !keys.isEmpty() && at(".") && peek(1).kind() == Kind.IDENT) {
            if (accept("[")) {
                keys.add(term());
                expect("]");
            } else {
                next();
                keys.add(new Ast.Scalar(ident()));
            }
        }
        boolean stringKeys = keys.stream().allMatch(k -> k instanceof Ast.Scalar sc && sc.value() instanceof String);
        if (at("(") || isDefault || at("contains") && stringKeys) {
            // Functions, multi-value rules and defaults sit at a path: string keys are more of its name.
            for (Term key : keys) {
                if (!(key instanceof Ast.Scalar sc && sc.value() instanceof String part)) {
                    throw RegoException.unsupported("a rule head with a variable before " + (isDefault ? "a default"
                            : at("(") ? "a function's arguments" : "contains"), where);
                }
                name = name + "." + part;
            }
            keys.clear();
        }
        if (isDefault) {
            List<Term> defaultArgs = new ArrayList<>();
            boolean function = accept("(");
            if (function) {
                while (!at(")")) {
                    defaultArgs.add(term());
                    if (!accept(",")) {
                        break;
                    }
                }
                expect(")");
            }
            if (!accept(":=")) {
                expect("=");
            }
            return new Rule(name, function ? RuleKind.FUNCTION : RuleKind.COMPLETE, List.copyOf(defaultArgs), null, List.of(),
                    term(), List.of(), true, null, where, null);
        }
        RuleKind kind = RuleKind.COMPLETE;
        List<Term> args = List.of();
        Term key = null;
        Term value = null;
        if (accept("(")) {
            kind = RuleKind.FUNCTION;
            args = new ArrayList<>();
            skipLineBreaks();
            while (!at(")")) {
                args.add(term());
                skipLineBreaks();
                if (!accept(",")) {
                    break;
                }
                skipLineBreaks();
            }
            expect(")");
            if (args.isEmpty()) {
                kind = RuleKind.COMPLETE; // c() := v is a plain rule, read as c or called as c()
            }
        } else if (accept("contains")) {
            // p[q].r contains s: the set at a path some of whose keys are variables.
            kind = RuleKind.PARTIAL_SET;
            key = term();
            List<Term> path = List.copyOf(keys);
            List<Expr> body = ruleBody();
            return new Rule(name, kind, List.of(), key, path, null, body, false, elseChain(kind, List.of()), where, null);
        } else if (!keys.isEmpty()) {
            key = keys.get(0);
            // p[x] := v and p[x][y] … are objects; p[x] alone is a set in Rego v0 ("p[x] { … }", or "if" with
            // future.keywords) and an object of true values in Rego v1.
            kind = keys.size() > 1 || at(":=") || at("=") || at("if") && !v0Keywords ? RuleKind.PARTIAL_OBJECT
                    : RuleKind.PARTIAL_SET;
        }
        if (accept(":=") || accept("=")) {
            value = term();
        }
        List<Term> subKeys = keys.size() > 1 ? List.copyOf(keys.subList(1, keys.size())) : List.of();
        List<Expr> body = ruleBody();
        // A function's else branches see its arguments as its first branch does.
        Rule orElse = elseChain(kind, List.copyOf(args));
        return new Rule(name, kind, List.copyOf(args), key, subKeys, value, body, false, orElse, where, null);
    }

    private List<Expr> ruleBody() {
        if (accept("if")) {
            if (at("{")) {
                // "if {" opens a body — unless what follows is an object or set term ("if {x: i | …}").
                int save = pos;
                try {
                    return braceBody();
                } catch (RegoException notABody) {
                    pos = save;
                }
            }
            return List.of(expr());
        }
        if (at("{")) {
            if (version == RegoPolicy.Version.V1) {
                throw error("`if` keyword is required before rule body (Rego v1)");
            }
            return braceBody();
        }
        return List.of();
    }

    private Rule elseChain(RuleKind kind, List<Term> args) {
        int save = pos;
        skipLineBreaks();
        if (!at("else")) {
            pos = save;
            return null;
        }
        String where = where();
        next();
        Term value = null;
        if (accept(":=") || accept("=")) {
            value = term();
        }
        List<Expr> body = ruleBody();
        return new Rule("else", kind, args, null, List.of(), value, body, false, elseChain(kind, args), where, null);
    }

    List<Expr> braceBody() {
        expect("{");
        List<Expr> body = new ArrayList<>();
        while (true) {
            skipNewlines();
            if (accept("}")) {
                return List.copyOf(body);
            }
            body.add(expr());
            if (!(peek().kind() == Kind.NEWLINE || at(";") || at("}"))) {
                throw error("expected a new line or ';' after an expression, found '" + describe(peek()) + "'");
            }
        }
    }

    private Expr expr() {
        String where = where();
        if (at("some")) {
            next();
            List<Term> terms = new ArrayList<>();
            terms.add(relation());
            while (accept(",")) {
                terms.add(relation());
            }
            if (accept("in")) {
                Term collection = relation();
                if (terms.size() > 2) {
                    throw error("some … in takes one or two variables");
                }
                return new Ast.SomeIn(terms.size() == 2 ? terms.get(0) : null, terms.get(terms.size() - 1), collection,
                        withs(), where);
            }
            List<String> names = new ArrayList<>();
            for (Term t : terms) {
                if (!(t instanceof Var v)) {
                    throw error("some declares variables");
                }
                names.add(v.name());
            }
            return new Ast.SomeDecl(List.copyOf(names));
        }
        if (at("every")) {
            next();
            Term first = relation();
            Term second = null;
            if (accept(",")) {
                second = relation();
            }
            expect("in");
            Term collection = relation();
            List<Expr> body = braceBody();
            return new Ast.Every(second == null ? null : first, second == null ? first : second, collection, body,
                    withs(), where);
        }
        if (at("not")) {
            next();
            Expr inner = expr();
            return new Ast.Not(inner, withs());
        }
        Term left = pairIn();
        if (accept(":=")) {
            Term right = pairIn();
            return new Ast.Assign(left, right, withs(), where);
        }
        if (accept("=")) {
            Term right = pairIn();
            return new Ast.Unify(left, right, withs(), where);
        }
        return new Ast.TermExpr(left, withs(), where);
    }

    private List<Ast.With> withs() {
        List<Ast.With> withs = new ArrayList<>();
        while (true) {
            // A "with" may continue the expression on the next line.
            int save = pos;
            skipLineBreaks();
            if (!at("with")) {
                pos = save;
                break;
            }
            next();
            // OPA's scanner skips line breaks inside a with modifier: "with\n data.x as\n y" is one modifier.
            skipLineBreaks();
            Term target = primary();
            skipLineBreaks();
            expect("as");
            skipLineBreaks();
            withs.add(new Ast.With(target, termIn()));
        }
        return List.copyOf(withs);
    }

    /** A full term: membership is the loosest binding operator. */
    Term term() {
        return termIn();
    }

    /**
     * Membership where a comma may pair a key with a value ({@code k, v in coll}): at the start of an
     * expression, on the right of := and =, and inside parentheses. Chains left to right.
     */
    private Term pairIn() {
        Term left = relation();
        if (at(",")) {
            next();
            Term value = relation();
            expect("in");
            left = new Binary("in", value, relation(), left);
        }
        while (at("in")) {
            next();
            left = new Binary("in", left, relation(), null);
        }
        return left;
    }

    private Term termIn() {
        Term left = relation();
        while (at("in")) {
            next();
            left = new Binary("in", left, relation(), null);
        }
        return left;
    }

    private Term relation() {
        Term left = or();
        while (peek().kind() == Kind.PUNCT && RELATIONS.contains(peek().text())) {
            String op = next().text();
            skipLineBreaks();
            left = new Binary(op, left, or(), null);
        }
        return left;
    }

    private Term or() {
        Term left = and();
        while (at("|") && !barEndsTerm) {
            next();
            skipLineBreaks();
            left = new Binary("|", left, and(), null);
        }
        return left;
    }

    private Term and() {
        Term left = arith();
        while (at("&")) {
            next();
            skipLineBreaks();
            left = new Binary("&", left, arith(), null);
        }
        return left;
    }

    private Term arith() {
        Term left = factor();
        while (at("+") || at("-")) {
            String op = next().text();
            skipLineBreaks();
            left = new Binary(op, left, factor(), null);
        }
        return left;
    }

    private Term factor() {
        Term left = unary();
        while (at("*") || at("/") || at("%")) {
            String op = next().text();
            skipLineBreaks();
            left = new Binary(op, left, unary(), null);
        }
        return left;
    }

    private Term unary() {
        if (at("-") && peek(1).kind() != Kind.NEWLINE) {
            next();
            Term inner = deeper(this::unary);
            if (inner instanceof Scalar s && s.value() instanceof BigDecimal n) {
                return new Scalar(Values.number(n.negate()));
            }
            return new Ast.Negative(inner);
        }
        return primary();
    }

    private Term primary() {
        return deeper(this::primaryTerm);
    }

    /**
     * One level deeper into a term: a policy nested deeper than {@link #MAX_NESTING} is refused
     * with a parse error rather than left to overflow the stack (parsing, and evaluation after it).
     */
    private Term deeper(Supplier<Term> parse) {
        if (nesting == MAX_NESTING) {
            throw error("terms nested more than " + MAX_NESTING + " deep");
        }
        nesting++;
        try {
            return parse.get();
        } finally {
            nesting--;
        }
    }

    private Term primaryTerm() {
        Token t = peek();
        Term base;
        switch (t.kind()) {
            case NUMBER, STRING -> {
                next();
                base = new Scalar(t.value());
            }
            case IDENT -> base = identTerm();
            case TEMPLATE -> {
                next();
                base = template(t);
            }
            case PUNCT -> base = switch (t.text()) {
                case "(" -> {
                    next();
                    skipLineBreaks();
                    Term inner = nested(this::pairIn);
                    skipLineBreaks();
                    expect(")");
                    yield inner;
                }
                case "[" -> array();
                case "{" -> braces();
                default -> throw error("unexpected '" + t.text() + "'");
            };
            default -> throw error("unexpected " + describe(t));
        }
        return postfix(base);
    }

    /**
     * A template string lowered as OPA's compiler lowers it: a call of {@code internal.template_string} on an array of
     * its parts, each expression wrapped in a set comprehension, so an undefined one shows as "<undefined>" rather
     * than making the string undefined.
     */
    @SuppressWarnings("unchecked")
    private Term template(Token token) {
        String where = file + ":" + token.line();
        List<Term> parts = new ArrayList<>();
        for (Object part : (List<Object>) token.value()) {
            if (part instanceof String text) {
                parts.add(new Scalar(text));
                continue;
            }
            Parser inner = new Parser((List<Token>) part, file);
            inner.version = version;
            inner.v0Keywords = v0Keywords;
            inner.wildcards = wildcards;
            inner.nesting = nesting;
            inner.skipLineBreaks();
            Term expression = inner.deeper(inner::pairIn);
            inner.skipLineBreaks();
            if (inner.peek().kind() != Kind.EOF) {
                throw inner.error("a template expression is one term, not '" + describe(inner.peek()) + "'");
            }
            wildcards = inner.wildcards;
            Var value = new Var("$template" + wildcards++);
            parts.add(new Comprehension(ComprehensionKind.SET, null, value,
                    List.of(new Ast.Unify(value, expression, List.of(), where))));
        }
        return new Call(List.of("internal", "template_string"), List.of(new ArrayTerm(List.copyOf(parts))), where);
    }

    private Term identTerm() {
        String where = where();
        String name = ident();
        switch (name) {
            case "true" -> {
                return new Scalar(Boolean.TRUE);
            }
            case "false" -> {
                return new Scalar(Boolean.FALSE);
            }
            case "null" -> {
                return new Scalar(Values.NULL);
            }
            case "_" -> {
                return new Var("$_" + wildcards++);
            }
            default -> {
            }
        }
        if (name.equals("set") && at("(") && peek(1).is(")")) {
            next();
            next();
            return new SetTerm(List.of());
        }
        // A dotted name followed by '(' is a call: regex.match(...), data.lib.f(...).
        int save = pos;
        List<String> names = new ArrayList<>(List.of(name));
        while (at(".") && peek(1).kind() == Kind.IDENT) {
            next();
            names.add(ident());
        }
        if (at("(")) {
            next();
            List<Term> args = new ArrayList<>();
            skipLineBreaks();
            while (!at(")")) {
                args.add(nested(this::termIn));
                skipLineBreaks();
                if (!accept(",")) {
                    break;
                }
                skipLineBreaks();
            }
            expect(")");
            return new Call(List.copyOf(names), List.copyOf(args), where);
        }
        pos = save;
        return new Var(name);
    }

    private Term postfix(Term base) {
        List<Term> path = new ArrayList<>();
        while (true) {
            if (at(".") && peek(1).kind() == Kind.IDENT) {
                next();
                path.add(new Scalar(ident()));
            } else if (at("[") && !precededBySpace()) {
                next();
                skipLineBreaks();
                path.add(nested(this::termIn));
                skipLineBreaks();
                expect("]");
            } else {
                break;
            }
        }
        return path.isEmpty() ? base : new Ref(base, List.copyOf(path));
    }

    /** {@code x [1]} is not an index; {@code x[1]} is. */
    private boolean precededBySpace() {
        Token prev = tokens.get(pos - 1);
        Token cur = peek();
        return prev.line() == cur.line() && prev.column() + prev.text().length() < cur.column()
                && prev.kind() != Kind.STRING;
    }

    private Term collectionHead() {
        boolean saved = barEndsTerm;
        barEndsTerm = true;
        try {
            return termIn();
        } finally {
            barEndsTerm = saved;
        }
    }

    private Term nested(Supplier<Term> parse) {
        boolean saved = barEndsTerm;
        barEndsTerm = false;
        try {
            return parse.get();
        } finally {
            barEndsTerm = saved;
        }
    }

    private Term array() {
        expect("[");
        skipLineBreaks();
        if (accept("]")) {
            return new ArrayTerm(List.of());
        }
        Term first = collectionHead();
        skipLineBreaks();
        if (accept("|")) {
            List<Expr> body = comprehensionBody("]");
            return new Comprehension(ComprehensionKind.ARRAY, null, first, body);
        }
        List<Term> items = new ArrayList<>(List.of(first));
        while (accept(",")) {
            skipLineBreaks();
            if (at("]")) {
                break;
            }
            items.add(termIn());
            skipLineBreaks();
        }
        expect("]");
        return new ArrayTerm(List.copyOf(items));
    }

    private Term braces() {
        expect("{");
        skipLineBreaks();
        if (accept("}")) {
            return new ObjectTerm(List.of(), List.of());
        }
        Term first = collectionHead();
        skipLineBreaks();
        if (accept(":")) {
            skipLineBreaks();
            Term firstValue = collectionHead();
            skipLineBreaks();
            if (accept("|")) {
                return new Comprehension(ComprehensionKind.OBJECT, first, firstValue, comprehensionBody("}"));
            }
            List<Term> keys = new ArrayList<>(List.of(first));
            List<Term> values = new ArrayList<>(List.of(firstValue));
            while (accept(",")) {
                skipLineBreaks();
                if (at("}")) {
                    break;
                }
                keys.add(termIn());
                skipLineBreaks();
                expect(":");
                skipLineBreaks();
                values.add(termIn());
                skipLineBreaks();
            }
            expect("}");
            return new ObjectTerm(List.copyOf(keys), List.copyOf(values));
        }
        if (accept("|")) {
            return new Comprehension(ComprehensionKind.SET, null, first, comprehensionBody("}"));
        }
        List<Term> items = new ArrayList<>(List.of(first));
        while (accept(",")) {
            skipLineBreaks();
            if (at("}")) {
                break;
            }
            items.add(termIn());
            skipLineBreaks();
        }
        expect("}");
        return new SetTerm(List.copyOf(items));
    }

    private List<Expr> comprehensionBody(String close) {
        boolean saved = barEndsTerm;
        barEndsTerm = false;
        try {
            List<Expr> body = new ArrayList<>();
            while (true) {
                skipNewlines();
                if (accept(close)) {
                    return List.copyOf(body);
                }
                body.add(expr());
            }
        } finally {
            barEndsTerm = saved;
        }
    }
}
