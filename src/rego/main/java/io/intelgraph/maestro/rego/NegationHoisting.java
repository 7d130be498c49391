package io.intelgraph.maestro.rego;

import io.intelgraph.maestro.rego.Ast.ArrayTerm;
import io.intelgraph.maestro.rego.Ast.Binary;
import io.intelgraph.maestro.rego.Ast.Call;
import io.intelgraph.maestro.rego.Ast.Expr;
import io.intelgraph.maestro.rego.Ast.ObjectTerm;
import io.intelgraph.maestro.rego.Ast.Ref;
import io.intelgraph.maestro.rego.Ast.SetTerm;
import io.intelgraph.maestro.rego.Ast.Term;
import io.intelgraph.maestro.rego.Ast.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * OPA's compiler moves the calls nested in an expression's operands out of it, into expressions of their own before
 * it (ast/compile.go's expandExpr, in every body); for a negated expression that changes its meaning: in
 * {@code not f(0) == 1} an undefined {@code f(0)} makes the body undefined rather than the {@code not} true (OPA
 * issue 7558, found by Enterprise Contract's tests). Only negations are rewritten here, where the move matters: the
 * expression's own call or comparison stays inside, each call, operator or call-headed reference among its operands
 * becomes {@code $hoistN = …} before it (innermost first), comprehensions are left as the closures they are.
 */
final class NegationHoisting extends AstRewriter {

    private int generated;
    /** The "with" modifiers of the negation being rewritten: OPA copies them onto the calls it moves out. */
    private List<Ast.With> withs = List.of();

    /** The modules with their negations' operand calls moved out of them. */
    static List<Ast.Module> resolve(List<Ast.Module> modules) {
        NegationHoisting hoisting = new NegationHoisting();
        return modules.stream().map(m -> m.withRules(m.rules().stream().map(hoisting::rule).toList())).toList();
    }

    @Override
    List<Expr> expand(Expr expr) {
        if (!(expr instanceof Ast.Not not)) {
            return List.of(expr(expr));
        }
        List<Expr> out = new ArrayList<>();
        withs = not.withs();
        Expr inner = switch (not.expr()) {
            case Ast.TermExpr t -> new Ast.TermExpr(operandsOf(t.term(), out, t.where()), t.withs(), t.where());
            case Ast.Unify u -> new Ast.Unify(hoist(u.left(), out, u.where()), hoist(u.right(), out, u.where()), u.withs(),
                    u.where());
            default -> not.expr();
        };
        out.add(new Ast.Not(expr(inner), not.withs()));
        return out;
    }

    /** The expression's own term: a call or operator keeps its place, its operands are hoisted from. */
    private Term operandsOf(Term term, List<Expr> out, String where) {
        return term instanceof Call || term instanceof Binary ? withOperandsHoisted(term, out, where)
                : hoist(term, out, where);
    }

    /** A call or operator with every call in its operands moved out into {@code out}; any other term as it is. */
    private Term withOperandsHoisted(Term term, List<Expr> out, String where) {
        return switch (term) {
            case Call c -> new Call(c.name(), c.args().stream().map(a -> hoist(a, out, where)).toList(), c.where());
            case Binary b -> new Binary(b.op(), hoist(b.left(), out, where), hoist(b.right(), out, where),
                    b.keyOrNull() == null ? null : hoist(b.keyOrNull(), out, where));
            default -> term;
        };
    }

    /** An operand with every call in it moved out into {@code out}, innermost first. */
    private Term hoist(Term term, List<Expr> out, String where) {
        return switch (term) {
            case Call c -> generate(withOperandsHoisted(c, out, where), out, where);
            case Binary b -> generate(withOperandsHoisted(b, out, where), out, where);
            case Ref r -> new Ref(hoist(r.head(), out, where), r.path().stream().map(p -> hoist(p, out, where)).toList());
            case ArrayTerm a -> new ArrayTerm(a.items().stream().map(i -> hoist(i, out, where)).toList());
            case SetTerm s -> new SetTerm(s.items().stream().map(i -> hoist(i, out, where)).toList());
            case ObjectTerm o -> new ObjectTerm(o.keys().stream().map(k -> hoist(k, out, where)).toList(),
                    o.values().stream().map(v -> hoist(v, out, where)).toList());
            case null, default -> term;
        };
    }

    private Term generate(Term value, List<Expr> out, String where) {
        Var name = new Var("$hoist" + generated++);
        out.add(new Ast.Unify(name, value, withs, where));
        return name;
    }
}
