package org.livesurvey.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livesurvey.search.SearchField;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

/**
 * Reads {@code filter=} in the OpenAlex style: {@code category:efficiency,year:2024|2025,!tag:survey}.
 * <ul>
 * <li>{@code ,} joins clauses, all of which must hold (AND); {@code |} joins the values of one clause, any of which
 * may hold (OR);</li>
 * <li>{@code !} before the field excludes the values ({@code !tag:survey}); OpenAlex's {@code tag:!survey} means the
 * same, and then every value of the clause must carry the {@code !};</li>
 * <li>a value may be put in double quotes to contain {@code , | ! "} or leading spaces: {@code venue:"ACL, Findings"};
 * inside quotes {@code \"} is a quote and {@code \\} a backslash. Unquoted, spaces around names and values are
 * ignored (a {@code +} in a URL is a space);</li>
 * <li>{@code year} takes years ({@code 2025}) and ranges ({@code 2023-2025}); {@code has_code} takes {@code true} or
 * {@code false}; other fields take their values as they appear in results (e.g. category paths);</li>
 * <li>a field may be given once to include and once to exclude; excluded values of a repeated {@code !field} add
 * up.</li>
 * </ul>
 * Every mistake is an {@link ApiProblemException}: {@code invalid-filter} with the 1-based position, or
 * {@code unknown-field} with the nearest valid field.
 */
final class FilterParser {

    static final String PARAMETER = "filter";
    static final int MAX_LENGTH = 2_000;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_VALUES = 200;
    /** The search core's bound on one field's values; a year range counts each of its years. */
    static final int MAX_VALUES_PER_FIELD = 50;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");

    private FilterParser() {
    }

    static SearchFilters parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return SearchFilters.NONE;
        }
        QueryParameters.checkLength(PARAMETER, filter, MAX_LENGTH);
        for (int i = 0; i < filter.length(); i++) {
            if (Character.isISOControl(filter.charAt(i))) {
                throw invalid("The filter has a control character at position " + (i + 1) + ".", i);
            }
        }
        return new Scanner(filter).filters();
    }

    private static ApiProblemException invalid(String detail, int index) {
        return ApiProblemException.of(ProblemType.INVALID_FILTER, detail,
                Map.of("parameter", PARAMETER, "position", index + 1));
    }

    /** One pass over the text; {@code pos} is the index of the next character to read. */
    private static final class Scanner {

        private final String text;
        private final Map<SearchField, Set<String>> include = new LinkedHashMap<>();
        private final Map<SearchField, Set<String>> exclude = new LinkedHashMap<>();
        private int pos;
        private int valueCount;

        Scanner(String text) {
            this.text = text;
        }

        SearchFilters filters() {
            clause();
            while (!atEnd()) {
                // a clause ends at its end, a comma or (after a quoted value) something the clause rejected
                pos++;
                clause();
            }
            return new SearchFilters(frozen(include), frozen(exclude));
        }

        private void clause() {
            skipSpaces();
            int start = pos;
            if (atEnd() || peek() == ',') {
                throw invalid("Empty filter clause at position " + (start + 1)
                        + ": remove the extra comma, or write field:value there.", start);
            }
            boolean negatedField = peek() == '!';
            if (negatedField) {
                pos++;
            }
            SearchField field = field();
            List<Value> values = values();
            boolean negatedValues = values.stream().anyMatch(Value::negated);
            if (negatedValues && values.stream().anyMatch(value -> !value.negated())) {
                throw invalid("The clause at position " + (start + 1) + " mixes values with and without '!'; "
                        + "exclude with a separate clause: " + field.key() + ":a,!" + field.key() + ":b.", start);
            }
            if (negatedField && negatedValues) {
                throw invalid("The clause at position " + (start + 1) + " negates twice; write '!" + field.key()
                        + ":value' or '" + field.key() + ":!value'.", start);
            }
            add(field, values, negatedField || negatedValues, start);
        }

        private SearchField field() {
            skipSpaces();
            int start = pos;
            while (!atEnd() && peek() != ':' && peek() != ',' && peek() != '|') {
                pos++;
            }
            String key = text.substring(start, pos).strip();
            if (atEnd() || peek() != ':') {
                throw invalid("Expected field:value at position " + (start + 1) + ", but '"
                        + ApiProblemException.abbreviated(key) + "' is not followed by ':'.", start);
            }
            if (key.isEmpty()) {
                throw invalid("A field name is missing before the ':' at position " + (pos + 1) + ".", pos);
            }
            pos++;
            return SearchFieldKeys.resolve(key, "filter", PARAMETER);
        }

        private List<Value> values() {
            List<Value> values = new ArrayList<>();
            values.add(value());
            while (!atEnd() && peek() == '|') {
                pos++;
                values.add(value());
            }
            if (!atEnd() && peek() != ',') {
                throw invalid("Unexpected '" + peek() + "' at position " + (pos + 1)
                        + ": after a quoted value comes '|', ',' or the end.", pos);
            }
            return values;
        }

        private Value value() {
            skipSpaces();
            int start = pos;
            boolean negated = !atEnd() && peek() == '!';
            if (negated) {
                pos++;
                skipSpaces();
            }
            String value = !atEnd() && peek() == '"' ? quoted() : bare();
            if (value.isBlank()) {
                throw invalid("A value is missing at position " + (start + 1) + ".", start);
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw invalid("The value at position " + (start + 1) + " is longer than " + MAX_VALUE_LENGTH
                        + " characters.", start);
            }
            return new Value(value, negated, start);
        }

        private String quoted() {
            int opening = pos++;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw invalid("The quote at position " + (opening + 1) + " is not closed.", opening);
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    skipSpaces();
                    return value.toString();
                }
                if (c == '\\') {
                    if (atEnd() || (peek() != '"' && peek() != '\\')) {
                        throw invalid("Inside quotes a backslash escapes only '\"' or '\\' (position " + pos + ").",
                                pos - 1);
                    }
                    c = text.charAt(pos++);
                }
                value.append(c);
            }
        }

        private String bare() {
            int start = pos;
            while (!atEnd() && peek() != ',' && peek() != '|') {
                if (peek() == '"') {
                    throw invalid("A quote at position " + (pos + 1) + " inside a value; quote the whole value: "
                            + "field:\"a value\".", pos);
                }
                pos++;
            }
            return text.substring(start, pos).strip();
        }

        private void add(SearchField field, List<Value> values, boolean excluded, int clauseStart) {
            if (!excluded && include.containsKey(field)) {
                throw invalid("The field '" + field.key() + "' is filtered twice (again at position "
                        + (clauseStart + 1) + "); give its values once, joined with '|': " + field.key()
                        + ":a|b.", clauseStart);
            }
            Set<String> target = (excluded ? exclude : include).computeIfAbsent(field, key -> new LinkedHashSet<>());
            for (Value value : values) {
                for (String normalised : normalised(field, value)) {
                    if (target.add(normalised) && ++valueCount > MAX_VALUES) {
                        throw invalid("The filter has more than " + MAX_VALUES + " values.", value.position());
                    }
                }
                if (target.size() > MAX_VALUES_PER_FIELD) {
                    throw invalid("The field '" + field.key() + "' has more than " + MAX_VALUES_PER_FIELD
                            + " values to " + (excluded ? "exclude" : "include") + " (position "
                            + (value.position() + 1) + ").", value.position());
                }
            }
        }

        private List<String> normalised(SearchField field, Value value) {
            return switch (field) {
                case YEAR -> years(value);
                case HAS_CODE -> List.of(trueOrFalse(value));
                default -> List.of(value.text());
            };
        }

        private List<String> years(Value value) {
            Matcher matcher = YEAR.matcher(value.text());
            if (!matcher.matches()) {
                throw invalid("'year' takes a year such as 2025 or a range such as 2023-2025, not '"
                        + ApiProblemException.abbreviated(value.text()) + "' (position " + (value.position() + 1)
                        + ").", value.position());
            }
            int first = Integer.parseInt(matcher.group(1));
            int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
            if (last < first || last - first >= MAX_VALUES_PER_FIELD) {
                throw invalid("The year range at position " + (value.position() + 1) + " must run forward and span "
                        + "at most " + MAX_VALUES_PER_FIELD + " years.", value.position());
            }
            List<String> years = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                years.add(Integer.toString(year));
            }
            return years;
        }

        private String trueOrFalse(Value value) {
            String lower = value.text().toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw invalid("'has_code' takes true or false, not '" + ApiProblemException.abbreviated(value.text())
                        + "' (position " + (value.position() + 1) + ").", value.position());
            }
            return lower;
        }

        private void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                pos++;
            }
        }

        private boolean atEnd() {
            return pos >= text.length();
        }

        private char peek() {
            return text.charAt(pos);
        }

        private static Map<SearchField, List<String>> frozen(Map<SearchField, Set<String>> values) {
            Map<SearchField, List<String>> frozen = new LinkedHashMap<>();
            values.forEach((field, set) -> frozen.put(field, List.copyOf(set)));
            return frozen;
        }
    }

    /** A value as written, without its quotes and its {@code !}; {@code position} is where it starts (0-based). */
    private record Value(String text, boolean negated, int position) {
    }
}
