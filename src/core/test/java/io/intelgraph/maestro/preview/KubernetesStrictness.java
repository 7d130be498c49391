package io.intelgraph.maestro.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * kubeconform -strict's two checks on rendered manifests — no field Kubernetes does not know, no
 * value of the wrong type — made against the Kubernetes API types of fabric8's model (generated
 * from Kubernetes' OpenAPI definitions): each document is read into its typed object and written
 * back without the catch-all "additional properties"; what does not come back unchanged is reported.
 */
final class KubernetesStrictness {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** fabric8's mapper, minus the any-getter that would write unknown fields back out. */
    private static final ObjectMapper KNOWN_FIELDS_ONLY = Serialization.jsonMapper().copy()
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnyGetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            });

    private KubernetesStrictness() {
    }

    /** "Kind/name: path is …" for every unknown or mistyped field of every document; empty when strict. */
    static List<String> unknownFields(String yaml) {
        List<String> problems = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                KubernetesResource typed = Serialization.unmarshal(document.toString(), KubernetesResource.class);
                String object = document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
                compare(object, "", document, KNOWN_FIELDS_ONLY.valueToTree(typed), problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void compare(String object, String path, JsonNode given, JsonNode known, List<String> problems) {
        if (given.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode back = known == null ? null : known.get(field.getKey());
                if (back == null || back.isNull()) {
                    if (!empty(field.getValue())) {
                        problems.add(object + ": " + at + " is not a field Kubernetes knows");
                    }
                } else {
                    compare(object, at, field.getValue(), back, problems);
                }
            }
        } else if (given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                compare(object, path + "[" + i + "]", given.get(i), known.get(i), problems);
            }
        } else if (given.isTextual() && !known.isTextual() || given.isBoolean() != known.isBoolean()
                || !given.asText().equals(known.asText())) {
            // A number where Kubernetes reads a quantity or int-or-string is fine; the reverse is not.
            problems.add(object + ": " + path + " is " + given + ", Kubernetes reads " + known);
        }
    }

    private static boolean empty(JsonNode value) {
        return value.isNull() || value.isContainerNode() && value.isEmpty();
    }
}
