package org.livesurvey.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The citation formats papers can be exported in, as named by {@code format=} and as media types for
 * {@code Accept}. Every format is written in UTF-8.
 */
public enum ExportFormat {

    BIBTEX("bibtex", ExportMediaTypes.BIBTEX, "bib"),
    CSL_JSON("csl-json", ExportMediaTypes.CSL_JSON, "json", "csljson"),
    RIS("ris", ExportMediaTypes.RIS, "ris"),
    CSV("csv", ExportMediaTypes.CSV, "csv");

    private final String formatName;
    private final String mediaType;
    private final String fileExtension;
    private final Set<String> aliases;

    ExportFormat(String formatName, String mediaType, String fileExtension, String... aliases) {
        this.formatName = formatName;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
        this.aliases = Set.of(aliases);
    }

    /** The name {@code format=} takes, e.g. {@code csl-json}. */
    public String formatName() {
        return formatName;
    }

    /** Type and subtype without parameters, e.g. {@code application/x-bibtex}. */
    public String mediaType() {
        return mediaType;
    }

    /** Without the dot, e.g. {@code bib}. */
    public String fileExtension() {
        return fileExtension;
    }

    /** The names {@code format=} accepts, in the order clients should be told about them. */
    public static List<String> formatNames() {
        return Arrays.stream(values()).map(ExportFormat::formatName).toList();
    }

    /**
     * The format a {@code format=} value names, ignoring case; {@code csljson} is accepted for {@code csl-json}.
     *
     * @throws UnsupportedExportFormatException when no format has that name
     */
    public static ExportFormat forName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.formatName.equals(wanted) || format.aliases.contains(wanted))
                .findFirst()
                .orElseThrow(() -> UnsupportedExportFormatException.forName(name));
    }

    /**
     * The format of an exact media type such as {@code application/x-bibtex}, ignoring case and parameters
     * ({@code text/csv;charset=UTF-8} is CSV). Wildcards match nothing here; the web layer resolves them.
     */
    public static Optional<ExportFormat> forMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(bare)).findFirst();
    }
}
