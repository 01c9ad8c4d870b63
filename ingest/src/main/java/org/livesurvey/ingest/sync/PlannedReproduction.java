package org.livesurvey.ingest.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.livesurvey.ingest.model.Reproduction;

/**
 * A reproduction spec a sync is about to write, with its parameters as JSON for the {@code jsonb} column and the
 * hash of its whole content.
 */
record PlannedReproduction(Reproduction reproduction, String parametersJson, String contentHash) {

    /** Keys sorted at every depth: the order parameters are written in means nothing, and jsonb forgets it too. */
    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static PlannedReproduction of(Reproduction reproduction) {
        return new PlannedReproduction(reproduction, json(reproduction.parameters(), reproduction.id()),
                ContentHash.of(json(canonical(reproduction), reproduction.id())));
    }

    String id() {
        return reproduction.id();
    }

    /** Every field that is stored; the timeout in seconds, as the database keeps it. */
    private static Map<String, Object> canonical(Reproduction reproduction) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", reproduction.id());
        out.put("paper", reproduction.paper());
        out.put("experiment", reproduction.experiment());
        out.put("hardware", reproduction.hardware());
        out.put("config", reproduction.config());
        out.put("parameters", reproduction.parameters());
        out.put("seed", reproduction.seed());
        out.put("schedule", reproduction.schedule());
        out.put("timeoutSeconds", reproduction.timeout().toSeconds());
        out.put("checks", reproduction.checks().stream()
                .map(check -> List.of(check.claim(), check.metric(), check.rule(), check.tolerance()))
                .toList());
        return out;
    }

    private static String json(Object value, String reproductionId) {
        try {
            return CANONICAL_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise reproduction " + reproductionId, e);
        }
    }
}
