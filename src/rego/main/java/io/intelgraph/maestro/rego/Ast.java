package io.intelgraph.maestro.rego;

import java.util.List;
import java.util.Map;

/** The parsed form of a Rego module. */
final class Ast {

    private Ast() {
    }

    sealed interface Term permits Scalar, Var, Ref, ArrayTerm, ObjectTerm, SetTerm, Call, Comprehension, Binary, Negative {
    }

    /** A literal string, number, boolean or null (as a {@link Values} value). */
    record Scalar(Object value) implements Term {
    }

    record Var(String name) implements Term {
        boolean wildcard() {
            return name.startsWith("$_");
        }
    }

    /** {@code head.a[b][c]}: path elements are terms (a dotted name is a string scalar). */
    record Ref(Term head, List<Term> path) implements Term {
    }

    record ArrayTerm(List<Term> items) implements Term {
    }

    record ObjectTerm(List<Term> keys, List<Term> values) implements Term {
    }

    record SetTerm(List<Term> items) implements Term {
    }

    /** A call of a builtin or user function by its dotted name. */
    record Call(List<String> name, List<Term> args, String where, String joined) implements Term {
        /** {@code joined} is the dotted name, kept because every evaluation of the call looks it up. */
        Call(List<String> name, List<Term> args, String where) {
            this(name, args, where, String.join(".", name));
        }
    }

    enum ComprehensionKind { ARRAY, SET, OBJECT }

    record Comprehension(ComprehensionKind kind, Term key, Term value, List<Expr> body) implements Term {
    }

    /** Infix operators, including comparisons and membership ({@code in}; {@code keyOrNull} for {@code k, v in c}). */
    record Binary(String op, Term left, Term right, Term keyOrNull) implements Term {
    }

    record Negative(Term term) implements Term {
    }

    sealed interface Expr permits TermExpr, Assign, Unify, SomeDecl, SomeIn, Every, Not {
    }

    record With(Term target, Term value) {
    }

    record TermExpr(Term term, List<With> withs, String where) implements Expr {
    }

    record Assign(Term left, Term right, List<With> withs, String where) implements Expr {
    }

    record Unify(Term left, Term right, List<With> withs, String where) implements Expr {
    }

    record SomeDecl(List<String> names) implements Expr {
    }

    record SomeIn(Term key, Term value, Term collection, List<With> withs, String where) implements Expr {
    }

    record Every(Term key, Term value, Term collection, List<Expr> body, List<With> withs, String where) implements Expr {
    }

    record Not(Expr expr, List<With> withs) implements Expr {
    }

    enum RuleKind { COMPLETE, PARTIAL_SET, PARTIAL_OBJECT, FUNCTION }

    /**
     * One rule definition. {@code key} is the set element / object key of partial rules, {@code subKeys} the
     * deeper keys of a ref head ({@code p[a][b] := v}: key a, sub-keys [b]); {@code value} the value (true when
     * omitted); {@code orElse} the next {@code else} branch; {@code home} the package whose names the body sees,
     * when the head placed the rule in a sub-package ({@code a.b.p := …}), else null.
     */
    record Rule(String name, RuleKind kind, List<Term> args, Term key, List<Term> subKeys, Term value, List<Expr> body,
            boolean isDefault, Rule orElse, String where, String home) {
    }

    /**
     * {@code imports}: alias → path of {@code import data.a.b [as alias]}; {@code packageLine} the package clause's
     * line and {@code annotations} the file's {@code # METADATA} blocks, which {@link MetadataCalls} attaches.
     */
    record Module(List<String> packagePath, List<Rule> rules, String file, Map<String, List<String>> imports,
            int packageLine, List<Annotations.Block> annotations) {

        /** The same module with its rules as a compile-time rewrite left them. */
        Module withRules(List<Rule> rewritten) {
            return new Module(packagePath, rewritten, file, imports, packageLine, annotations);
        }

        String packageName() {
            return String.join(".", packagePath);
        }
    }
}
