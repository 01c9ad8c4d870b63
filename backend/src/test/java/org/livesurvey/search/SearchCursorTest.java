package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import co.elastic.clients.elasticsearch._types.FieldValue;

class SearchCursorTest {

    @Test
    void aCursorGivesBackTheSortValuesItWasMadeOf() {
        String relevance = SearchCursor.encode(SearchSort.RELEVANCE,
                List.of(FieldValue.of(12.345678f), FieldValue.of("2504.17040")));
        String newest = SearchCursor.encode(SearchSort.NEWEST,
                List.of(FieldValue.of(Long.MIN_VALUE), FieldValue.of("undated")));

        assertThat(SearchCursor.decode(relevance, SearchSort.RELEVANCE)).extracting(FieldValue::_get)
                .containsExactly((double) 12.345678f, "2504.17040");
        assertThat(SearchCursor.decode(newest, SearchSort.NEWEST)).extracting(FieldValue::_get)
                .containsExactly(Long.MIN_VALUE, "undated");
        assertThat(relevance).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not base64!",
            "e30",                                                   // {}
            "W10",                                                   // []
            "eyJzb3J0IjoibmV3ZXN0In0",                               // no "after"
            "eyJzb3J0IjoibmV3ZXN0IiwiYWZ0ZXIiOlsxLDJdfQ",            // after: [1, 2]
            "eyJzb3J0IjoibmV3ZXN0IiwiYWZ0ZXIiOlsxLjUsIngiXX0",       // a fraction for a date
            "eyJzb3J0IjoibmV3ZXN0IiwiYWZ0ZXIiOlsxLCJ4IiwzXX0",       // three values
            "eyJzb3J0IjoibmV3ZXN0IiwiYWZ0ZXIiOnsiYSI6MX19",          // after is an object
            "eyJzb3J0IjoibmV3ZXN0IiwiYWZ0ZXIiOlt7fSwieCJdfQ"})       // an object for a date
    void refusesWhatItDidNotWrite(String cursor) {
        assertThatThrownBy(() -> SearchCursor.decode(cursor, SearchSort.NEWEST))
                .isInstanceOf(InvalidSearchRequestException.class)
                .hasMessage("the cursor is not valid");
    }

    @Test
    void refusesATruncatedCursorAndAnOverlongOne() {
        String cursor = SearchCursor.encode(SearchSort.OLDEST, List.of(FieldValue.of(5L), FieldValue.of("a")));
        String overlong = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sort\":\"oldest\",\"after\":[5,\"" + "a".repeat(2_000) + "\"]}").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SearchCursor.decode(cursor.substring(0, cursor.length() - 3), SearchSort.OLDEST))
                .isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> SearchCursor.decode(overlong, SearchSort.OLDEST))
                .isInstanceOf(InvalidSearchRequestException.class);
    }
}
