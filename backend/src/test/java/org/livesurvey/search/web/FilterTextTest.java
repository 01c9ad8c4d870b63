package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.livesurvey.search.SearchField;

class FilterTextTest {

    @Test
    void writesFieldsInTheirOrderWithIncludesBeforeExcludes() {
        SearchFilters filters = new SearchFilters(
                Map.of(SearchField.YEAR, List.of("2025", "2024"), SearchField.CATEGORY, List.of("efficiency")),
                Map.of(SearchField.TAG, List.of("survey")));

        assertThat(FilterText.of(filters)).isEqualTo("category:efficiency,year:2025|2024,!tag:survey");
    }

    @Test
    void quotesOnlyValuesTheParserWouldReadDifferently() {
        assertThat(FilterText.value("NeurIPS 2025")).isEqualTo("NeurIPS 2025");
        assertThat(FilterText.value("efficiency/token-compression")).isEqualTo("efficiency/token-compression");
        assertThat(FilterText.value("ACL, Findings")).isEqualTo("\"ACL, Findings\"");
        assertThat(FilterText.value("a|b")).isEqualTo("\"a|b\"");
        assertThat(FilterText.value("!important")).isEqualTo("\"!important\"");
        assertThat(FilterText.value(" padded")).isEqualTo("\" padded\"");
        assertThat(FilterText.value("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    @Test
    void writesNothingWithoutFilters() {
        assertThat(FilterText.of(SearchFilters.NONE)).isEmpty();
    }

    /** Whatever the values, the parser reads back exactly what was written: page links never change a filter. */
    @Test
    void roundTripsThroughTheParser() {
        Random random = new Random(2504_17040L);
        String alphabet = "ab ,|!\"\\:-/é";
        for (int run = 0; run < 500; run++) {
            Map<SearchField, List<String>> include = new LinkedHashMap<>();
            Map<SearchField, List<String>> exclude = new LinkedHashMap<>();
            for (SearchField field : List.of(SearchField.CATEGORY, SearchField.VENUE, SearchField.TAG)) {
                if (random.nextBoolean()) {
                    include.put(field, values(random, alphabet));
                }
                if (random.nextInt(3) == 0) {
                    exclude.put(field, values(random, alphabet));
                }
            }
            SearchFilters filters = new SearchFilters(include, exclude);

            assertThat(FilterParser.parse(FilterText.of(filters))).as(FilterText.of(filters)).isEqualTo(filters);
        }
    }

    private static List<String> values(Random random, String alphabet) {
        List<String> values = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (values.size() < count) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!value.toString().isBlank() && !values.contains(value.toString())) {
                values.add(value.toString());
            }
        }
        return values;
    }
}
