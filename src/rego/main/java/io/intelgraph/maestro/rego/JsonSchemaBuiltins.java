package io.intelgraph.maestro.rego;

/** OPA's jsonschema.go: json.verify_schema and json.match_schema ({@link JsonSchemas}, gojsonschema's answers). */
final class JsonSchemaBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("json.verify_schema", 1, a -> JsonSchemas.verify(a.get(0)));
        r.add("json.match_schema", 2, a -> JsonSchemas.match(a.get(0), a.get(1)));
    }
}
