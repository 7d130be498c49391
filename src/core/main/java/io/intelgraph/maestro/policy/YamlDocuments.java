package io.intelgraph.maestro.policy;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents of a YAML (or JSON) text as plain Java values, read as conftest reads them (Go's YAML 1.1
 * decoder): anchors and aliases resolved to the anchored value, merge keys ({@code <<: *base}) applied,
 * timestamps left as the text written, mapping keys as strings. Alias bombs ("billion laughs") are refused
 * with an error naming the limit: at most {@link #MAX_ALIASES} aliases of collections per document, and at
 * most {@link #MAX_NODES} values once every alias is expanded.
 */
final class YamlDocuments {

    /** Aliases of mappings or sequences in one document; plain manifests have none, hand-written ones a few. */
    static final int MAX_ALIASES = 100;
    /** Values in one document with every alias expanded: far above any manifest, far below a bomb's size. */
    static final int MAX_NODES = 1_000_000;

    private YamlDocuments() {
    }

    static List<Object> read(String text) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        Yaml yaml = new Yaml(new Scalars(options), new Representer(new DumperOptions()), new DumperOptions(), options);
        List<Object> documents = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                // A constructor per document: SnakeYAML's constructor remembers every node it built until the
                // document ends, which composeAll never signals, so one constructor would hold the whole stream.
                documents.add(new Expansion(new Scalars(options)).value(node));
            }
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("Number of aliases")) {
                throw new IOException("the YAML uses more than " + MAX_ALIASES
                        + " aliases of mappings or sequences in one document, the limit against alias bombs", e);
            }
            throw new IOException("invalid YAML: " + message, e);
        }
        return documents;
    }

    /** One document's node graph turned into values, counting every value that an alias copies. */
    private static final class Expansion {
        private final Scalars scalars;
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        private int values;

        Expansion(Scalars scalars) {
            this.scalars = scalars;
        }

        Object value(Node node) throws IOException {
            if (++values > MAX_NODES) {
                throw new IOException(String.format("the YAML expands its aliases to more than %,d values in one"
                        + " document, the limit against alias bombs", MAX_NODES));
            }
            if (node instanceof ScalarNode scalar) {
                return scalars.scalar(scalar);
            }
            if (!open.add(node)) {
                throw new IOException("the YAML has a recursive alias (an anchored value that contains its own alias)"
                        + " near line " + (node.getStartMark().getLine() + 1));
            }
            try {
                if (node instanceof SequenceNode sequence) {
                    List<Object> list = new ArrayList<>(sequence.getValue().size());
                    for (Node item : sequence.getValue()) {
                        list.add(value(item));
                    }
                    return list;
                }
                MappingNode mapping = (MappingNode) node;
                scalars.merge(mapping);
                Map<String, Object> map = new LinkedHashMap<>();
                for (NodeTuple entry : mapping.getValue()) {
                    map.put(key(entry.getKeyNode()), value(entry.getValueNode()));
                }
                return map;
            } finally {
                open.remove(node);
            }
        }

        /** Keys become strings, as JSON needs (Go's YAML-to-JSON conversion does the same). */
        private String key(Node node) throws IOException {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            throw new IOException("the YAML has a mapping or sequence as a key near line " + (node.getStartMark().getLine() + 1));
        }
    }

    /** SnakeYAML's YAML 1.1 scalar resolution (ints, floats, booleans, nulls), timestamps kept as their text. */
    private static final class Scalars extends SafeConstructor {
        Scalars(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }

        /** Built directly, not through constructObject's per-node memo, which a scalar does not need. */
        Object scalar(ScalarNode node) {
            return getConstructor(node).construct(node);
        }

        /** Applies merge keys ({@code <<}) in place, as the YAML 1.1 merge type says. */
        void merge(MappingNode node) {
            flattenMapping(node);
        }
    }
}
