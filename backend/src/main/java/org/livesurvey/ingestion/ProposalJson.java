package org.livesurvey.ingestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code jsonb} columns of proposals, in snake_case like the API: written and read by a mapper of their own, so
 * that what is stored does not depend on how the web layer names JSON properties.
 */
final class ProposalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private static final TypeReference<List<Proposal.SuggestedCategory>> SUGGESTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** What made the classifier say so: the column {@code evidence}. */
    record Evidence(List<String> topFeatures, List<Proposal.SimilarPaper> nearestPapers) {

        Evidence {
            topFeatures = topFeatures == null ? List.of() : List.copyOf(topFeatures);
            nearestPapers = nearestPapers == null ? List.of() : List.copyOf(nearestPapers);
        }
    }

    private ProposalJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static List<Proposal.SuggestedCategory> suggestions(String json) {
        return JSON.readValue(json, SUGGESTIONS);
    }

    /** @return empty for SQL null */
    static List<String> texts(String json) {
        return json == null ? List.of() : JSON.readValue(json, TEXTS);
    }

    static Evidence evidence(String json) {
        return JSON.readValue(json, Evidence.class);
    }

    static Map<String, Object> object(String json) {
        return JSON.readValue(json, OBJECT);
    }
}
