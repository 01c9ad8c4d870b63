package org.livesurvey.export.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.export.UnsupportedExportFormatException;

import org.springframework.web.HttpMediaTypeNotAcceptableException;

class ExportNegotiationTest {

    @Test
    void formatParameterWinsOverAccept() throws Exception {
        assertThat(ExportNegotiation.choose("ris", "application/x-bibtex")).isEqualTo(ExportFormat.RIS);
    }

    @Test
    void unknownFormatParameterIsRejectedEvenWhenAcceptWouldDo() {
        assertThatThrownBy(() -> ExportNegotiation.choose("xml", "application/x-bibtex"))
                .isInstanceOf(UnsupportedExportFormatException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/csv                                                         | CSV",
            "application/vnd.citationstyles.csl+json                          | CSL_JSON",
            "text/csv;q=0.5, application/x-research-info-systems              | RIS",
            "*/*, text/csv                                                    | CSV",
            "application/json, application/x-bibtex;q=0.9                     | BIBTEX",
            "*/*                                                              | BIBTEX",
            "text/*                                                           | CSV",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8  | BIBTEX",
            "text/csv;q=0, */*;q=0.1                                          | BIBTEX"})
    void withoutFormatTheMostPreferredExportMediaTypeInAcceptDecides(String accept, ExportFormat format)
            throws Exception {
        assertThat(ExportNegotiation.choose(null, accept)).isEqualTo(format);
    }

    @Test
    void withNeitherBibtexIsTheDefault() throws Exception {
        assertThat(ExportNegotiation.choose(null, null)).isEqualTo(ExportFormat.BIBTEX);
        assertThat(ExportNegotiation.choose(null, " ")).isEqualTo(ExportFormat.BIBTEX);
    }

    @Test
    void acceptThatAdmitsNoExportFormatOrCannotBeReadIsNotAcceptable() {
        assertThatThrownBy(() -> ExportNegotiation.choose(null, "image/png, application/json"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> ExportNegotiation.choose(null, "text/csv;q=0"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> ExportNegotiation.choose(null, "not a media type"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }
}
