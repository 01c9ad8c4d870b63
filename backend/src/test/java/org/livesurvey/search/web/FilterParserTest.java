package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.livesurvey.search.SearchField;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

class FilterParserTest {

    @Test
    void readsTheExampleOfTheApiDocumentation() {
        SearchFilters filters = FilterParser.parse("category:efficiency,year:2024|2025,!tag:survey");

        assertThat(filters).isEqualTo(new SearchFilters(
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2024", "2025")),
                Map.of(SearchField.TAG, List.of("survey"))));
    }

    @Test
    void absentOrBlankFilterFiltersNothing() {
        assertThat(FilterParser.parse(null)).isEqualTo(SearchFilters.NONE);
        assertThat(FilterParser.parse("")).isEqualTo(SearchFilters.NONE);
        assertThat(FilterParser.parse("   ")).isEqualTo(SearchFilters.NONE);
    }

    @Test
    void keepsTheOrderOfValuesAndDropsRepeatedOnes() {
        SearchFilters filters = FilterParser.parse("venue:NeurIPS 2025|ICLR 2025|NeurIPS 2025");

        assertThat(filters.include()).containsExactly(
                Map.entry(SearchField.VENUE, List.of("NeurIPS 2025", "ICLR 2025")));
    }

    @Test
    void ignoresSpacesAroundNamesAndValuesAsAPlusInAUrlBecomesOne() {
        assertThat(FilterParser.parse("  year : 2025 |  2024 , ! tag :  survey "))
                .isEqualTo(new SearchFilters(Map.of(SearchField.YEAR, List.of("2025", "2024")),
                        Map.of(SearchField.TAG, List.of("survey"))));
    }

    @Test
    void fieldNamesIgnoreCase() {
        assertThat(FilterParser.parse("Category:efficiency,HAS_CODE:TRUE").include()).isEqualTo(
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.HAS_CODE, List.of("true")));
    }

    @Test
    void keepsCategoryPathsAndColonsInsideValues() {
        assertThat(FilterParser.parse("category:efficiency/reasoning-economy/long2short-rl,venue:ACL: Findings")
                .include()).isEqualTo(Map.of(
                SearchField.CATEGORY, List.of("efficiency/reasoning-economy/long2short-rl"),
                SearchField.VENUE, List.of("ACL: Findings")));
    }

    @Test
    void quotedValuesMayHoldTheSeparatorsAndEscapedQuotes() {
        SearchFilters filters = FilterParser.parse(
                "venue:\"Findings of ACL, 2025\"|\"A|B\",tag:\"say \\\"hi\\\"\",author:\"back\\\\slash\",!tag:\"!x\"");

        assertThat(filters.include()).isEqualTo(Map.of(
                SearchField.VENUE, List.of("Findings of ACL, 2025", "A|B"),
                SearchField.TAG, List.of("say \"hi\""),
                SearchField.AUTHOR, List.of("back\\slash")));
        assertThat(filters.exclude()).isEqualTo(Map.of(SearchField.TAG, List.of("!x")));
    }

    @Test
    void negatedValuesInTheOpenAlexStyleExcludeToo() {
        assertThat(FilterParser.parse("tag:!survey|!benchmark"))
                .isEqualTo(new SearchFilters(Map.of(), Map.of(SearchField.TAG, List.of("survey", "benchmark"))));
    }

    @Test
    void aFieldMayBeIncludedAndExcludedAndRepeatedExclusionsAddUp() {
        SearchFilters filters = FilterParser.parse("tag:rl,!tag:survey,!tag:benchmark|survey");

        assertThat(filters.include()).isEqualTo(Map.of(SearchField.TAG, List.of("rl")));
        assertThat(filters.exclude()).isEqualTo(Map.of(SearchField.TAG, List.of("survey", "benchmark")));
    }

    @Test
    void expandsYearRanges() {
        assertThat(FilterParser.parse("year:2023-2025|2020").include())
                .isEqualTo(Map.of(SearchField.YEAR, List.of("2023", "2024", "2025", "2020")));
        assertThat(FilterParser.parse("year:2024 - 2024").include())
                .isEqualTo(Map.of(SearchField.YEAR, List.of("2024")));
    }

    @Test
    void everyFieldCanBeFilteredByItsKey() {
        Map<SearchField, List<String>> expected = new LinkedHashMap<>();
        StringBuilder filter = new StringBuilder();
        for (SearchField field : SearchField.values()) {
            String value = switch (field) {
                case YEAR -> "2025";
                case HAS_CODE -> "false";
                default -> "some value";
            };
            filter.append(filter.isEmpty() ? "" : ",").append(field.key()).append(':').append(value);
            expected.put(field, List.of(value));
        }

        assertThat(FilterParser.parse(filter.toString()).include()).isEqualTo(expected);
    }

    @Test
    void unknownFieldSuggestsTheNearestOne() {
        assertThatThrownBy(() -> FilterParser.parse("category:efficiency,yaer:2025"))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_FIELD);
                    assertThat(problem.detail()).isEqualTo("Unknown filter field 'yaer'; did you mean 'year'?");
                    assertThat(problem.members()).containsEntry("parameter", "filter")
                            .containsEntry("field", "yaer")
                            .containsEntry("suggestion", "year")
                            .containsEntry("valid_fields", SearchFieldKeys.ALL);
                });
    }

    @Test
    void unknownFieldFarFromEveryFieldListsThemAll() {
        assertThatThrownBy(() -> FilterParser.parse("xyzzy:1"))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_FIELD);
                    assertThat(problem.detail()).isEqualTo("Unknown filter field 'xyzzy'; the fields are: category, "
                            + "year, venue, contribution, modality, training, tag, has_code, reproduction, author.");
                    assertThat(problem.members()).doesNotContainKey("suggestion");
                });
    }

    @ParameterizedTest
    @CsvSource({
            "'a',                     'Expected field:value at position 1, but ''a'' is not followed by '':''.', 1",
            "'efficiency',            'Expected field:value at position 1, but ''efficiency'' is not followed by "
                    + "'':''.', 1",
            "'year:2025,,tag:x',      'Empty filter clause at position 11: remove the extra comma, or write "
                    + "field:value there.', 11",
            "',year:2025',            'Empty filter clause at position 1: remove the extra comma, or write "
                    + "field:value there.', 1",
            "'year:2025,',            'Empty filter clause at position 11: remove the extra comma, or write "
                    + "field:value there.', 11",
            "':2025',                 'A field name is missing before the '':'' at position 1.', 1",
            "'year:',                 'A value is missing at position 6.', 6",
            "'year:2025|',            'A value is missing at position 11.', 11",
            "'tag:!',                 'A value is missing at position 5.', 5",
            "'venue:\"ACL',           'The quote at position 7 is not closed.', 7",
            "'venue:\"ACL\"x',        'Unexpected ''x'' at position 12: after a quoted value comes ''|'', '','' "
                    + "or the end.', 12",
            "'venue:AC\"L\"',         'A quote at position 9 inside a value; quote the whole value: "
                    + "field:\"a value\".', 9",
            "'tag:\"a\\b\"',          'Inside quotes a backslash escapes only ''\"'' or ''\\'' (position 7).', 7",
            "'year:2025,year:2024',   'The field ''year'' is filtered twice (again at position 11); give its "
                    + "values once, joined with ''|'': year:a|b.', 11",
            "'tag:a|!b',              'The clause at position 1 mixes values with and without ''!''; exclude "
                    + "with a separate clause: tag:a,!tag:b.', 1",
            "'!tag:!b',               'The clause at position 1 negates twice; write ''!tag:value'' or "
                    + "''tag:!value''.', 1",
            "'year:25',               '''year'' takes a year such as 2025 or a range such as 2023-2025, not "
                    + "''25'' (position 6).', 6",
            "'year:2025-2023',        'The year range at position 6 must run forward and span at most 50 "
                    + "years.', 6",
            "'year:1975-2025',        'The year range at position 6 must run forward and span at most 50 "
                    + "years.', 6",
            "'year:1976-2025|1970',   'The field ''year'' has more than 50 values to include (position 16).', 16",
            "'year:٢٠٢٥',             '''year'' takes a year such as 2025 or a range such as 2023-2025, not "
                    + "''٢٠٢٥'' (position 6).', 6",
            "'has_code:yes',          '''has_code'' takes true or false, not ''yes'' (position 10).', 10"})
    void malformedFiltersAreInvalidFilterProblemsThatSayWhere(String filter, String detail, int position) {
        assertThatThrownBy(() -> FilterParser.parse(filter))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_FILTER);
                    assertThat(problem.detail()).isEqualTo(detail);
                    assertThat(problem.members()).containsEntry("parameter", "filter")
                            .containsEntry("position", position);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"year:20\u000025", "tag:a\nb", "tag:\u007f"})
    void controlCharactersAreRefusedWithTheirPosition(String filter) {
        assertThatThrownBy(() -> FilterParser.parse(filter))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_FILTER);
                    assertThat(problem.detail()).startsWith("The filter has a control character at position ");
                });
    }

    @Test
    void aValueLongerThanTheLimitIsRefused() {
        String filter = "venue:" + "v".repeat(FilterParser.MAX_VALUE_LENGTH + 1);

        assertThatThrownBy(() -> FilterParser.parse(filter))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> assertThat(problem.detail())
                        .isEqualTo("The value at position 7 is longer than 200 characters."));
        assertThat(FilterParser.parse("venue:" + "v".repeat(FilterParser.MAX_VALUE_LENGTH)).include())
                .containsKey(SearchField.VENUE);
    }

    @Test
    void tooManyValuesForOneFieldAreRefused() {
        String filter = "!tag:" + values("t", 50) + ",!tag:t51";

        assertThatThrownBy(() -> FilterParser.parse(filter))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> assertThat(problem.detail()).isEqualTo("The field 'tag' has more than 50 "
                        + "values to exclude (position " + (filter.indexOf("t51") + 1) + ")."));
        assertThat(FilterParser.parse("tag:" + values("t", 50) + ",!tag:" + values("t", 50)).exclude()
                .get(SearchField.TAG)).hasSize(50);
    }

    @Test
    void tooManyValuesInAllAreRefused() {
        String filter = "tag:" + values("t", 50) + ",venue:" + values("v", 50) + ",author:" + values("a", 50)
                + ",category:" + values("c", 50) + ",contribution:x";

        assertThatThrownBy(() -> FilterParser.parse(filter))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> assertThat(problem.detail()).isEqualTo("The filter has more than 200 values."));
    }

    private static String values(String prefix, int count) {
        return String.join("|", java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList());
    }

    @Test
    void aFilterLongerThanTheLimitIsAQueryTooLongProblem() {
        String filter = "tag:" + "x".repeat(FilterParser.MAX_LENGTH);

        assertThatThrownBy(() -> FilterParser.parse(filter))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.QUERY_TOO_LONG);
                    assertThat(problem.detail()).isEqualTo("The parameter 'filter' is longer than 2000 characters.");
                    assertThat(problem.members()).containsEntry("parameter", "filter")
                            .containsEntry("max_length", 2000);
                });
    }

    @Test
    void echoesALongUnknownFieldShortened() {
        assertThatThrownBy(() -> FilterParser.parse("q".repeat(300) + ":x"))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_FIELD);
                    assertThat(problem.detail()).hasSizeLessThan(200).contains("q".repeat(40) + "…");
                });
    }
}
