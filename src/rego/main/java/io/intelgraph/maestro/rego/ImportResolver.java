package io.intelgraph.maestro.rego;

import io.intelgraph.maestro.rego.Ast.ArrayTerm;
import io.intelgraph.maestro.rego.Ast.Call;
import io.intelgraph.maestro.rego.Ast.Expr;
import io.intelgraph.maestro.rego.Ast.Module;
import io.intelgraph.maestro.rego.Ast.ObjectTerm;
import io.intelgraph.maestro.rego.Ast.Ref;
import io.intelgraph.maestro.rego.Ast.Rule;
import io.intelgraph.maestro.rego.Ast.Scalar;
import io.intelgraph.maestro.rego.Ast.Term;
import io.intelgraph.maestro.rego.Ast.Var;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces a module's import aliases by the references they stand for ({@code m.v} after {@code import data.x as m}
 * becomes {@code data.x.v}), as OPA's compiler does: an alias belongs to its file, not to the package, and a function
 * imported by name ({@code import data.lib.f}) is called as {@code f(…)}.
 */
final class ImportResolver extends AstRewriter {

    private final Map<String, List<String>> imports;
    /** The names a rule declares itself (arguments, {@code :=}, {@code some}): they hide an alias. */
    private Set<String> locals = Set.of();

    private ImportResolver(Map<String, List<String>> imports) {
        this.imports = imports;
    }

    static Module resolve(Module module) {
        Map<String, List<String>> usable = new LinkedHashMap<>(module.imports());
        // A rule of the module's own with the alias's name wins over the import.
        module.rules().forEach(rule -> usable.remove(rule.name()));
        if (usable.isEmpty()) {
            return new Module(module.packagePath(), module.rules(), module.file(), Map.of(), module.packageLine(),
                    module.annotations());
        }
        ImportResolver resolver = new ImportResolver(usable);
        List<Rule> rules = module.rules().stream().map(resolver::rule).toList();
        return new Module(module.packagePath(), rules, module.file(), Map.of(), module.packageLine(), module.annotations());
    }

    @Override
    Rule rule(Rule rule) {
        if (rule == null) {
            return null;
        }
        Set<String> declared = new HashSet<>();
        rule.args().forEach(arg -> vars(arg, declared));
        rule.body().forEach(expr -> declarations(expr, declared));
        locals = declared;
        return super.rule(rule);
    }

    private static void declarations(Expr expr, Set<String> out) {
        switch (expr) {
            case Ast.Assign a -> vars(a.left(), out);
            case Ast.SomeDecl d -> out.addAll(d.names());
            case Ast.SomeIn s -> {
                vars(s.key(), out);
                vars(s.value(), out);
            }
            case Ast.Every e -> {
                vars(e.key(), out);
                vars(e.value(), out);
                e.body().forEach(inner -> declarations(inner, out));
            }
            case Ast.Not n -> declarations(n.expr(), out);
            default -> {
            }
        }
    }

    private static void vars(Term pattern, Set<String> out) {
        switch (pattern) {
            case Var v -> out.add(v.name());
            case ArrayTerm a -> a.items().forEach(item -> vars(item, out));
            case ObjectTerm o -> o.values().forEach(value -> vars(value, out));
            case null, default -> {
            }
        }
    }

    @Override
    Term term(Term term) {
        return switch (term) {
            case Var v -> alias(v.name()) == null ? v : reference(alias(v.name()), List.of());
            case Ref r when r.head() instanceof Var v && alias(v.name()) != null -> reference(alias(v.name()), terms(r.path()));
            case Call c when alias(c.name().get(0)) != null -> {
                List<String> name = new ArrayList<>(alias(c.name().get(0)));
                name.addAll(c.name().subList(1, c.name().size()));
                yield new Call(List.copyOf(name), terms(c.args()), c.where());
            }
            case null, default -> super.term(term);
        };
    }

    private List<String> alias(String name) {
        return locals.contains(name) ? null : imports.get(name);
    }

    /** {@code data.a.b} plus the rest of the path; {@code import data} / {@code import input} stand for the root. */
    private static Term reference(List<String> target, List<Term> rest) {
        List<Term> path = new ArrayList<>();
        target.subList(1, target.size()).forEach(part -> path.add(new Scalar(part)));
        path.addAll(rest);
        Var root = new Var(target.get(0));
        return path.isEmpty() ? root : new Ref(root, List.copyOf(path));
    }
}
