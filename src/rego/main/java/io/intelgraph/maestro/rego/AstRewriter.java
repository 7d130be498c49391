package io.intelgraph.maestro.rego;

import io.intelgraph.maestro.rego.Ast.ArrayTerm;
import io.intelgraph.maestro.rego.Ast.Binary;
import io.intelgraph.maestro.rego.Ast.Call;
import io.intelgraph.maestro.rego.Ast.Comprehension;
import io.intelgraph.maestro.rego.Ast.Expr;
import io.intelgraph.maestro.rego.Ast.ObjectTerm;
import io.intelgraph.maestro.rego.Ast.Ref;
import io.intelgraph.maestro.rego.Ast.Rule;
import io.intelgraph.maestro.rego.Ast.Scalar;
import io.intelgraph.maestro.rego.Ast.SetTerm;
import io.intelgraph.maestro.rego.Ast.Term;
import io.intelgraph.maestro.rego.Ast.Var;
import io.intelgraph.maestro.rego.Ast.With;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule rebuilt term by term, for the compile-time rewrites OPA's compiler also makes (import aliases,
 * {@code rego.metadata.*} calls): a subclass overrides {@link #term} for the terms it replaces and hands the rest
 * back here, which rebuilds them from their rewritten parts. Declared names (an assignment's left side, the
 * variables of {@code some … in} and {@code every}) are left as they are.
 */
abstract class AstRewriter {

    Rule rule(Rule rule) {
        if (rule == null) {
            return null;
        }
        return new Rule(rule.name(), rule.kind(), rule.args(), term(rule.key()), terms(rule.subKeys()), term(rule.value()),
                exprs(rule.body()), rule.isDefault(), rule(rule.orElse()), rule.where(), rule.home());
    }

    final List<Expr> exprs(List<Expr> exprs) {
        return exprs.stream().flatMap(e -> expand(e).stream()).toList();
    }

    /** The expressions one expression of a body becomes: itself rewritten, unless a subclass splits it. */
    List<Expr> expand(Expr expr) {
        return List.of(expr(expr));
    }

    final List<Term> terms(List<Term> terms) {
        List<Term> out = new ArrayList<>(terms.size());
        terms.forEach(t -> out.add(term(t)));
        return List.copyOf(out);
    }

    private List<With> withs(List<With> withs) {
        return withs.stream().map(w -> new With(term(w.target()), term(w.value()))).toList();
    }

    final Expr expr(Expr expr) {
        return switch (expr) {
            case Ast.TermExpr t -> new Ast.TermExpr(term(t.term()), withs(t.withs()), t.where());
            case Ast.Assign a -> new Ast.Assign(a.left(), term(a.right()), withs(a.withs()), a.where());
            case Ast.Unify u -> new Ast.Unify(term(u.left()), term(u.right()), withs(u.withs()), u.where());
            case Ast.SomeDecl d -> d;
            case Ast.SomeIn s -> new Ast.SomeIn(s.key(), s.value(), term(s.collection()), withs(s.withs()), s.where());
            case Ast.Every e -> new Ast.Every(e.key(), e.value(), term(e.collection()), exprs(e.body()), withs(e.withs()),
                    e.where());
            case Ast.Not n -> new Ast.Not(expr(n.expr()), withs(n.withs()));
        };
    }

    /** The term rebuilt from its rewritten parts; subclasses replace the terms they rewrite and call this for others. */
    Term term(Term term) {
        return switch (term) {
            case null -> null;
            case Var v -> v;
            case Ref r -> new Ref(term(r.head()), terms(r.path()));
            case Call c -> new Call(c.name(), terms(c.args()), c.where());
            case ArrayTerm a -> new ArrayTerm(terms(a.items()));
            case SetTerm s -> new SetTerm(terms(s.items()));
            case ObjectTerm o -> new ObjectTerm(terms(o.keys()), terms(o.values()));
            case Comprehension c -> new Comprehension(c.kind(), term(c.key()), term(c.value()), exprs(c.body()));
            case Binary b -> new Binary(b.op(), term(b.left()), term(b.right()), term(b.keyOrNull()));
            case Ast.Negative n -> new Ast.Negative(term(n.term()));
            case Scalar s -> s;
        };
    }
}
