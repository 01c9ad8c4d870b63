package org.livesurvey.ingest.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas are valid JSON Schemas, and the examples contributors copy from CONTRIBUTING.md pass them. */
class SchemaFilesTest {

    private static final Path CONTRIBUTING = Path.of("../CONTRIBUTING.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    private final SchemaChecker checker = SchemaChecker.fromClasspath();
    private final YamlDocumentReader reader = new YamlDocumentReader();

    @ParameterizedTest
    @EnumSource(SchemaKind.class)
    void eachSchemaIsAValidDraft202012Schema(SchemaKind kind) throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(kind.resource())) {
            assertThat(in).as(kind.resource()).isNotNull();
            assertThat(metaSchema.validate(new ObjectMapper().readTree(in))).isEmpty();
        }
    }

    @Test
    void theDocumentedExamplesPassTheirSchemas() throws IOException {
        List<String> examples = yamlBlocks(Files.readString(CONTRIBUTING));
        assertThat(examples).hasSize(2);

        assertThat(problems(SchemaKind.PAPER, examples.get(0))).isEmpty();
        assertThat(problems(SchemaKind.REPRODUCTION, examples.get(1))).isEmpty();
    }

    @Test
    void theRepositoryCategoryTreePassesItsSchema() throws IOException {
        Path categories = Path.of("../taxonomy/categories.yaml");

        assertThat(problems(SchemaKind.CATEGORIES, Files.readString(categories))).isEmpty();
    }

    private List<String> problems(SchemaKind kind, String yaml) {
        Path file = Path.of(kind.name().toLowerCase() + ".yaml");
        YamlDocumentReader.Result parsed = reader.read(file, yaml);
        assertThat(parsed.problems()).isEmpty();
        return checker.check(kind, file, parsed.document()).stream().map(Problem::format).toList();
    }

    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = YAML_BLOCK.matcher(markdown);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }
}
