package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({"bibtex, BIBTEX", "BibTeX, BIBTEX", "csl-json, CSL_JSON", "csljson, CSL_JSON", "' ris ', RIS",
            "CSV, CSV"})
    void isFoundByTheNameFormatTakes(String name, ExportFormat format) {
        assertThat(ExportFormat.forName(name)).isEqualTo(format);
    }

    @Test
    void anUnknownNameIsRejectedNamingItAndTheValidOnes() {
        assertThatThrownBy(() -> ExportFormat.forName("endnote"))
                .isInstanceOfSatisfying(UnsupportedExportFormatException.class, e -> {
                    assertThat(e.requested()).isEqualTo("endnote");
                    assertThat(e.supported()).containsExactly("bibtex", "csl-json", "ris", "csv");
                });
        assertThatThrownBy(() -> ExportFormat.forName("")).isInstanceOf(UnsupportedExportFormatException.class);
        assertThatThrownBy(() -> ExportFormat.forName("bib")).isInstanceOf(UnsupportedExportFormatException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/x-bibtex                      | BIBTEX   | bib",
            "APPLICATION/X-BIBTEX; charset=UTF-8       | BIBTEX   | bib",
            "application/vnd.citationstyles.csl+json   | CSL_JSON | json",
            "application/x-research-info-systems       | RIS      | ris",
            "text/csv;charset=UTF-8;header=present     | CSV      | csv"})
    void isFoundByItsMediaTypeIgnoringParameters(String mediaType, ExportFormat format, String extension) {
        assertThat(ExportFormat.forMediaType(mediaType)).contains(format);
        assertThat(format.fileExtension()).isEqualTo(extension);
    }

    @Test
    void wildcardsAndOtherTypesAreNoFormatHere() {
        assertThat(ExportFormat.forMediaType("*/*")).isEmpty();
        assertThat(ExportFormat.forMediaType("text/*")).isEmpty();
        assertThat(ExportFormat.forMediaType("application/json")).isEmpty();
        assertThat(ExportFormat.forMediaType(null)).isEmpty();
    }
}
