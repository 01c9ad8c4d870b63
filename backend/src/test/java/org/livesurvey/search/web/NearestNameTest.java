package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NearestNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "yaer,              year",
            "yeer,              year",
            "Year,              year",
            "categroy,          category",
            "categories,        category",
            "cat,               category",
            "venu,              venue",
            "tags,              tag",
            "tga,               tag",
            "authors,           author",
            "hascode,           has_code",
            "has-code,          has_code",
            "code,              has_code",
            "modalities,        modality",
            "publication_year,  year",
            "training_regime,   training",
            "contribution_type, contribution",
            "reproductions,     reproduction"})
    void suggestsTheFieldAClientMostLikelyMeant(String typed, String expected) {
        assertThat(NearestName.among(SearchFieldKeys.ALL, typed)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyzzy", "q", "yr", "id", "title", " ", "\u0000"})
    void suggestsNothingWhenNoFieldIsClose(String typed) {
        assertThat(NearestName.among(SearchFieldKeys.ALL, typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"year, year, 0", "yaer, year, 1", "year, yr, 2", "kitten, sitting, 3", "'', abc, 3", "ca, abc, 3"})
    void countsEditsWithSwapsOfNeighboursAsOne(String a, String b, int distance) {
        assertThat(NearestName.editDistance(a, b)).isEqualTo(distance);
        assertThat(NearestName.editDistance(b, a)).isEqualTo(distance);
    }
}
