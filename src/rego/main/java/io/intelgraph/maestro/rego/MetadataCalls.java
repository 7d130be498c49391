package io.intelgraph.maestro.rego;

import io.intelgraph.maestro.rego.Ast.ArrayTerm;
import io.intelgraph.maestro.rego.Ast.Call;
import io.intelgraph.maestro.rego.Ast.Module;
import io.intelgraph.maestro.rego.Ast.ObjectTerm;
import io.intelgraph.maestro.rego.Ast.Rule;
import io.intelgraph.maestro.rego.Ast.Scalar;
import io.intelgraph.maestro.rego.Ast.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rego.metadata.rule()} and {@code rego.metadata.chain()} replaced, in each rule, by the value they have there,
 * as OPA's compiler rewrites them (its rewriteRegoMetadataCalls): the annotations of every module are indexed by what
 * they annotate, then each rule's calls become constants. The chain starts at the rule (its path, and its rule-scope
 * annotations when it has some), then its document-scope annotations, its package's, and the subpackages-scope
 * annotations of the package and its ancestors, nearest first.
 */
final class MetadataCalls extends AstRewriter {

    private final Term chain;
    private final Term rule;

    private MetadataCalls(Term chain, Term rule) {
        this.chain = chain;
        this.rule = rule;
    }

    /** The modules with their rules' metadata calls resolved; a misplaced annotation scope is a parse error. */
    static List<Module> resolve(List<Module> modules) {
        Index index = new Index(modules);
        List<Module> out = new ArrayList<>(modules.size());
        for (Module m : modules) {
            out.add(m.withRules(m.rules().stream().map(r -> index.rewriter(m, r).rule(r)).toList()));
        }
        return out;
    }

    @Override
    Term term(Term term) {
        if (term instanceof Call c && c.args().isEmpty()) {
            if (c.joined().equals("rego.metadata.chain")) {
                return chain;
            }
            if (c.joined().equals("rego.metadata.rule")) {
                return rule;
            }
        }
        return super.term(term);
    }

    /** The annotations of all modules, by what they annotate. */
    private static final class Index {

        private final Map<String, Map<Object, Object>> packages = new HashMap<>();
        private final Map<String, Map<Object, Object>> subpackages = new HashMap<>();
        private final Map<String, Map<Object, Object>> documents = new HashMap<>();
        /** Rule-scope annotations by the rule's "file:line". */
        private final Map<String, Map<Object, Object>> rules = new HashMap<>();

        Index(List<Module> modules) {
            for (Module m : modules) {
                for (Annotations.Block block : m.annotations()) {
                    if (block.targetLine() == m.packageLine()) {
                        Map<Object, Object> value = Annotations.value(block, "package", true);
                        (value.get("scope").equals("package") ? packages : subpackages).putIfAbsent(m.packageName(), value);
                        continue;
                    }
                    for (Rule r : m.rules()) {
                        if (line(r) == block.targetLine()) {
                            Map<Object, Object> value = Annotations.value(block, "rule", false);
                            if (value.get("scope").equals("document")) {
                                documents.putIfAbsent(String.join(".", path(m, r)), value);
                            } else {
                                rules.putIfAbsent(r.where(), value);
                            }
                            break;
                        }
                    }
                }
            }
        }

        MetadataCalls rewriter(Module m, Rule r) {
            List<String> path = path(m, r);
            List<Object> chain = new ArrayList<>();
            Map<Object, Object> own = rules.get(r.where());
            chain.add(entry(path, own));
            add(chain, path, documents.get(String.join(".", path)));
            add(chain, m.packagePath(), packages.get(m.packageName()));
            for (int n = m.packagePath().size(); n > 0; n--) {
                List<String> prefix = m.packagePath().subList(0, n);
                add(chain, prefix, subpackages.get(String.join(".", prefix)));
            }
            return new MetadataCalls(term(chain), term(own == null ? Map.of() : own));
        }

        private static void add(List<Object> chain, List<String> path, Map<Object, Object> annotations) {
            if (annotations != null) {
                chain.add(entry(path, annotations));
            }
        }

        private static Map<Object, Object> entry(List<String> path, Map<Object, Object> annotations) {
            Map<Object, Object> entry = new LinkedHashMap<>();
            if (annotations != null) {
                entry.put("annotations", annotations);
            }
            entry.put("path", List.<Object>copyOf(path));
            return entry;
        }

        /** The rule's place under data: its package, then its (possibly dotted) name. */
        private static List<String> path(Module m, Rule r) {
            List<String> path = new ArrayList<>(m.packagePath());
            path.addAll(Arrays.asList(r.name().split("\\.")));
            return path;
        }

        private static int line(Rule r) {
            return Integer.parseInt(r.where().substring(r.where().lastIndexOf(':') + 1));
        }
    }

    /** A constant value as the term that builds it. */
    private static Term term(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Term> keys = new ArrayList<>();
            List<Term> values = new ArrayList<>();
            map.forEach((k, v) -> {
                keys.add(term(k));
                values.add(term(v));
            });
            return new ObjectTerm(List.copyOf(keys), List.copyOf(values));
        }
        if (value instanceof List<?> list) {
            return new ArrayTerm(list.stream().map(MetadataCalls::term).toList());
        }
        return new Scalar(Values.of(value));
    }
}
