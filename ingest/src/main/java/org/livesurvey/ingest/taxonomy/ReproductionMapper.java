package org.livesurvey.ingest.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.livesurvey.ingest.model.Reproduction;

/** Builds a {@link Reproduction} from a reproduction document that passed the schema. */
final class ReproductionMapper implements DocumentMapper<Reproduction> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> PARAMETERS = new TypeReference<>() {
    };

    @Override
    public Reproduction map(YamlDocument document) {
        JsonNode root = document.root();
        return new Reproduction(
                JsonFields.text(root, "id"),
                JsonFields.text(root, "paper"),
                JsonFields.text(root, "experiment"),
                JsonFields.text(root, "hardware"),
                JsonFields.text(root, "schedule"),
                parameters(root.path("parameters")),
                checks(root.path("checks")));
    }

    private static Map<String, Object> parameters(JsonNode parameters) {
        return parameters.isObject() ? JSON.convertValue(parameters, PARAMETERS) : Map.of();
    }

    private static List<Reproduction.ClaimCheck> checks(JsonNode checks) {
        List<Reproduction.ClaimCheck> out = new ArrayList<>();
        for (JsonNode check : checks) {
            out.add(new Reproduction.ClaimCheck(JsonFields.text(check, "claim"), JsonFields.text(check, "metric"),
                    JsonFields.text(check, "rule"), JsonFields.number(check, "tolerance")));
        }
        return out;
    }
}
