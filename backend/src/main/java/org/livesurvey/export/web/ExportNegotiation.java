package org.livesurvey.export.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.livesurvey.export.ExportFormat;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Picks the export format of a request: {@code format=} when given, since a client that names a format in the URL
 * means it; otherwise the most preferred export media type in {@code Accept}; BibTeX when neither says anything, the
 * format people cite with. Shared by every export endpoint so that they all answer alike.
 */
public final class ExportNegotiation {

    /** The formats' media types in enum order, so that a wildcard such as {@code text/*} picks the first it covers. */
    private static final List<MediaType> EXPORT_MEDIA_TYPES = Arrays.stream(ExportFormat.values())
            .map(format -> MediaType.parseMediaType(format.mediaType()))
            .toList();

    /** Highest quality first; among equals, exact types before {@code text/*} before {@code *}{@code /*}. */
    private static final Comparator<MediaType> PREFERENCE = Comparator
            .comparingDouble(MediaType::getQualityValue).reversed()
            .thenComparingInt(type -> type.isWildcardType() ? 2 : type.isWildcardSubtype() ? 1 : 0);

    private ExportNegotiation() {
    }

    /**
     * @param format the {@code format=} parameter, {@code null} when absent
     * @param accept the {@code Accept} header, {@code null} when absent
     * @throws org.livesurvey.export.UnsupportedExportFormatException when {@code format=} names no format
     * @throws HttpMediaTypeNotAcceptableException when {@code Accept} is malformed or admits no export format
     */
    public static ExportFormat choose(String format, String accept) throws HttpMediaTypeNotAcceptableException {
        if (format != null) {
            return ExportFormat.forName(format);
        }
        if (accept == null || accept.isBlank()) {
            return ExportFormat.BIBTEX;
        }
        return fromAccept(accept).orElseThrow(() -> new HttpMediaTypeNotAcceptableException(EXPORT_MEDIA_TYPES));
    }

    private static Optional<ExportFormat> fromAccept(String accept) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse the Accept header.");
        }
        return accepted.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(PREFERENCE)
                .flatMap(type -> EXPORT_MEDIA_TYPES.stream().filter(type::includes).findFirst().stream())
                .findFirst()
                .flatMap(type -> ExportFormat.forMediaType(type.toString()));
    }
}
