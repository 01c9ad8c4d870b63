package org.livesurvey.benchmark.load;

/** Writes a value into the API's {@code filter=} syntax. */
final class FilterValues {

    private FilterValues() {
    }

    /**
     * The value as it is, or in double quotes when it holds a character the filter syntax gives a meaning to
     * ({@code , | ! "}) or starts or ends with a space; inside quotes {@code "} and {@code \} are escaped.
     */
    static String quotedIfNeeded(String value) {
        boolean special = value.chars().anyMatch(c -> c == ',' || c == '|' || c == '!' || c == '"' || c == '\\')
                || !value.equals(value.strip());
        if (!special) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
