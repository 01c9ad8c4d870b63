package org.livesurvey.ingest.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks documents against the taxonomy's JSON Schemas. The schemas are compiled once, when the checker is
 * created: compiling is the expensive part, checking one more file is cheap.
 */
public final class SchemaChecker {

    private record CompiledSchema(JsonSchema schema, SchemaMessageFormatter formatter) {
    }

    private final Map<SchemaKind, CompiledSchema> schemas;

    private SchemaChecker(Map<SchemaKind, CompiledSchema> schemas) {
        this.schemas = schemas;
    }

    /** Compiles the schemas packaged on the classpath. */
    public static SchemaChecker fromClasspath() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        Map<SchemaKind, CompiledSchema> schemas = new EnumMap<>(SchemaKind.class);
        for (SchemaKind kind : SchemaKind.values()) {
            JsonNode schemaJson = readResource(kind.resource());
            JsonSchema schema = factory.getSchema(schemaJson, config);
            schema.initializeValidators();
            schemas.put(kind, new CompiledSchema(schema, new SchemaMessageFormatter(schemaJson)));
        }
        return new SchemaChecker(schemas);
    }

    /** Every schema violation of the document, each at the line of the field it concerns. */
    public List<Problem> check(SchemaKind kind, Path file, YamlDocument document) {
        CompiledSchema compiled = schemas.get(kind);
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage message : compiled.schema().validate(document.root())) {
            SchemaMessageFormatter.Finding finding = compiled.formatter().format(message);
            problems.add(new Problem(file, document.lineOf(finding.pointer()), finding.message()));
        }
        return problems;
    }

    private static JsonNode readResource(String resource) {
        try (InputStream in = SchemaChecker.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is not on the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
