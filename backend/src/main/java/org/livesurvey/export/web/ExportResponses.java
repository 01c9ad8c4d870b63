package org.livesurvey.export.web;

import java.nio.charset.StandardCharsets;

import org.livesurvey.export.ExportFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP response for an exported file, the same for one paper and for a result set. */
public final class ExportResponses {

    private ExportResponses() {
    }

    /**
     * The file as a download: its media type with {@code charset=UTF-8}, and {@code Content-Disposition: attachment}
     * with the file name, e.g. {@code 2504.17040.bib}. {@code Vary: Accept} because the format may come from there.
     *
     * @param fileBaseName ASCII, without extension: a paper id or a name such as {@code livesurvey-search}
     */
    public static ResponseEntity<String> attachment(String content, ExportFormat format, String fileBaseName) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(fileBaseName + "." + format.fileExtension())
                .build();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(content);
    }
}
