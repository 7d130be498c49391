package io.intelgraph.maestro.rego;

import io.intelgraph.maestro.rego.Ast.ArrayTerm;
import io.intelgraph.maestro.rego.Ast.Binary;
import io.intelgraph.maestro.rego.Ast.Call;
import io.intelgraph.maestro.rego.Ast.Comprehension;
import io.intelgraph.maestro.rego.Ast.Expr;
import io.intelgraph.maestro.rego.Ast.ObjectTerm;
import io.intelgraph.maestro.rego.Ast.Ref;
import io.intelgraph.maestro.rego.Ast.SetTerm;
import io.intelgraph.maestro.rego.Ast.Term;
import io.intelgraph.maestro.rego.Ast.Var;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * OPA's reordering of a body for safety: an expression that reads a variable another expression of the same
 * body binds runs after it ({@code y := {"r": r}} before {@code r := …} is fine in Rego). A body already in a
 * safe order keeps its order; what cannot be ordered stays where it was written.
 */
final class SafetyOrder {

    private SafetyOrder() {
    }

    /** @param relation whether a call is the old relation form, its last argument an output ({@code count(xs, n)}) */
    static List<Expr> order(List<Expr> body, Predicate<Call> relation) {
        if (body.size() < 2) {
            return body;
        }
        List<Set<String>> produced = new ArrayList<>();
        List<Set<String>> needed = new ArrayList<>();
        Set<String> producedAnywhere = new HashSet<>();
        for (Expr expr : body) {
            Set<String> out = produces(expr);
            if (expr instanceof Ast.TermExpr t && t.term() instanceof Call c && !c.args().isEmpty() && relation.test(c)) {
                patternVars(c.args().get(c.args().size() - 1), out);
            }
            Set<String> in = new HashSet<>();
            reads(expr, in);
            in.removeAll(out);
            produced.add(out);
            needed.add(in);
            producedAnywhere.addAll(out);
        }
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            remaining.add(i);
        }
        Set<String> bound = new HashSet<>();
        List<Expr> out = new ArrayList<>(body.size());
        boolean moved = false;
        while (!remaining.isEmpty()) {
            int pick = 0;
            for (int r = 0; r < remaining.size(); r++) {
                int i = remaining.get(r);
                if (needed.get(i).stream().noneMatch(v -> producedAnywhere.contains(v) && !bound.contains(v))) {
                    pick = r;
                    break;
                }
            }
            moved |= pick != 0;
            int chosen = remaining.remove(pick);
            out.add(body.get(chosen));
            bound.addAll(produced.get(chosen));
        }
        return moved ? List.copyOf(out) : body;
    }

    /** The variables an expression can bind: assignment and unification targets, ref keys, some … in patterns. */
    private static Set<String> produces(Expr expr) {
        Set<String> out = new HashSet<>();
        switch (expr) {
            case Ast.Assign a -> {
                patternVars(a.left(), out);
                // x := f(data.rules[category][title]): the reference's keys enumerate, so bind, as OPA reads it.
                refKeys(a.right(), out);
            }
            case Ast.Unify u -> {
                patternVars(u.left(), out);
                patternVars(u.right(), out);
                refKeys(u.left(), out);
                refKeys(u.right(), out);
            }
            case Ast.SomeIn s -> {
                patternVars(s.key(), out);
                patternVars(s.value(), out);
                refKeys(s.collection(), out);
            }
            case Ast.TermExpr t -> refKeys(t.term(), out);
            default -> {
            }
        }
        return out;
    }

    private static void patternVars(Term pattern, Set<String> out) {
        switch (pattern) {
            case Var v -> {
                if (!v.wildcard()) {
                    out.add(v.name());
                }
            }
            case ArrayTerm a -> a.items().forEach(item -> patternVars(item, out));
            case ObjectTerm o -> o.values().forEach(value -> patternVars(value, out));
            case null, default -> {
            }
        }
    }

    /** Variables used as keys of a reference ({@code input.xs[i]}), which enumerate, so bind. */
    private static void refKeys(Term term, Set<String> out) {
        switch (term) {
            case Ref r -> {
                refKeys(r.head(), out);
                for (Term step : r.path()) {
                    patternVars(step, out);
                    refKeys(step, out);
                }
            }
            case Binary b -> {
                refKeys(b.left(), out);
                refKeys(b.right(), out);
            }
            case Call c -> c.args().forEach(arg -> refKeys(arg, out));
            case ArrayTerm a -> a.items().forEach(item -> refKeys(item, out));
            case null, default -> {
            }
        }
    }

    private static void reads(Expr expr, Set<String> out) {
        switch (expr) {
            case Ast.Assign a -> vars(a.right(), out);
            case Ast.Unify u -> {
                vars(u.left(), out);
                vars(u.right(), out);
            }
            case Ast.TermExpr t -> vars(t.term(), out);
            case Ast.SomeIn s -> vars(s.collection(), out);
            case Ast.Every e -> {
                vars(e.collection(), out);
                Set<String> inner = new HashSet<>();
                e.body().forEach(x -> reads(x, inner));
                e.body().forEach(x -> inner.removeAll(produces(x)));
                patternVarsRemoved(e.key(), inner);
                patternVarsRemoved(e.value(), inner);
                out.addAll(inner);
            }
            case Ast.Not n -> reads(n.expr(), out);
            case Ast.SomeDecl d -> {
            }
        }
        switch (expr) {
            case Ast.TermExpr t -> t.withs().forEach(w -> vars(w.value(), out));
            case Ast.Assign a -> a.withs().forEach(w -> vars(w.value(), out));
            case Ast.Unify u -> u.withs().forEach(w -> vars(w.value(), out));
            default -> {
            }
        }
    }

    private static void patternVarsRemoved(Term pattern, Set<String> from) {
        Set<String> names = new HashSet<>();
        patternVars(pattern, names);
        from.removeAll(names);
    }

    private static void vars(Term term, Set<String> out) {
        switch (term) {
            case Var v -> {
                if (!v.wildcard()) {
                    out.add(v.name());
                }
            }
            case Ref r -> {
                vars(r.head(), out);
                r.path().forEach(t -> vars(t, out));
            }
            case ArrayTerm a -> a.items().forEach(t -> vars(t, out));
            case SetTerm s -> s.items().forEach(t -> vars(t, out));
            case ObjectTerm o -> {
                o.keys().forEach(t -> vars(t, out));
                o.values().forEach(t -> vars(t, out));
            }
            case Call c -> c.args().forEach(t -> vars(t, out));
            case Binary b -> {
                vars(b.left(), out);
                vars(b.right(), out);
                vars(b.keyOrNull(), out);
            }
            case Ast.Negative n -> vars(n.term(), out);
            case Comprehension c -> {
                // Only the variables the comprehension does not bind itself come from outside.
                Set<String> inner = new HashSet<>();
                vars(c.key(), inner);
                vars(c.value(), inner);
                c.body().forEach(x -> reads(x, inner));
                c.body().forEach(x -> inner.removeAll(produces(x)));
                c.body().forEach(x -> {
                    if (x instanceof Ast.SomeDecl d) {
                        d.names().forEach(inner::remove);
                    }
                });
                out.addAll(inner);
            }
            case null, default -> {
            }
        }
    }
}
