package org.livesurvey.search.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.livesurvey.search.SearchField;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

/** The field names of {@code filter=} and {@code facets=}, and the unknown-field problem with its suggestion. */
final class SearchFieldKeys {

    static final List<String> ALL = Arrays.stream(SearchField.values()).map(SearchField::key).toList();

    private SearchFieldKeys() {
    }

    /**
     * @param role how the detail calls the field: {@code filter} or {@code facet}
     * @throws ApiProblemException {@link ProblemType#UNKNOWN_FIELD} naming the nearest valid field, if one is close
     */
    static SearchField resolve(String key, String role, String parameter) {
        return SearchField.fromKey(key.strip()).orElseThrow(() -> unknown(key.strip(), role, parameter));
    }

    private static ApiProblemException unknown(String key, String role, String parameter) {
        Optional<String> suggestion = NearestName.among(ALL, key);
        String shown = ApiProblemException.abbreviated(key);
        String detail = suggestion
                .map(name -> "Unknown " + role + " field '" + shown + "'; did you mean '" + name + "'?")
                .orElse("Unknown " + role + " field '" + shown + "'; the fields are: " + String.join(", ", ALL) + ".");
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("parameter", parameter);
        members.put("field", shown);
        members.put("suggestion", suggestion.orElse(null));
        members.put("valid_fields", ALL);
        return ApiProblemException.of(ProblemType.UNKNOWN_FIELD, detail, members);
    }
}
