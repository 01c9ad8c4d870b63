package org.livesurvey.export;

/**
 * The media types of the {@link ExportFormat}s as constants, for {@code produces} in request mappings, which
 * takes only compile-time constants.
 */
public final class ExportMediaTypes {

    public static final String BIBTEX = "application/x-bibtex";
    public static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    public static final String RIS = "application/x-research-info-systems";
    public static final String CSV = "text/csv";

    private ExportMediaTypes() {
    }
}
