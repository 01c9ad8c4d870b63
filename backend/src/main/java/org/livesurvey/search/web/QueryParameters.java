package org.livesurvey.search.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

import org.springframework.util.MultiValueMap;

/**
 * Reads single query parameters strictly: given twice ({@code q=a&q=b}) is a mistake rather than something to
 * guess about, numbers are whole and within range, and text has a length limit. Mistakes are
 * {@code invalid-parameter} or {@code query-too-long} problems naming the parameter.
 */
final class QueryParameters {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private QueryParameters() {
    }

    /** The parameter's one value, empty when absent. */
    static Optional<String> single(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw invalid(name, "The parameter '" + name + "' is given " + values.size() + " times; give it once.");
        }
        return Optional.ofNullable(values.get(0));
    }

    /** @param value a whole number written in ASCII digits, from {@code min} to {@code max} */
    static int wholeNumber(String name, String value, int min, int max) {
        String digits = value.strip();
        int number = WHOLE_NUMBER.matcher(digits).matches() ? Integer.parseInt(digits) : -1;
        if (number < min || number > max) {
            throw invalid(name, "The parameter '" + name + "' must be a whole number from " + min + " to " + max
                    + ", not '" + ApiProblemException.abbreviated(value) + "'.");
        }
        return number;
    }

    /** Counts UTF-16 characters, as the search core does, so that both agree on every limit. */
    static void checkLength(String name, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw ApiProblemException.of(ProblemType.QUERY_TOO_LONG,
                    "The parameter '" + name + "' is longer than " + maxLength + " characters.",
                    Map.of("parameter", name, "max_length", maxLength));
        }
    }

    static ApiProblemException invalid(String name, String detail) {
        return ApiProblemException.of(ProblemType.INVALID_PARAMETER, detail, Map.of("parameter", name));
    }
}
