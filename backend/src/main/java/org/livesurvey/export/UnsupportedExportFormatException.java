package org.livesurvey.export;

import java.util.List;

/** A client asked for an export format that does not exist; {@link ExportFormat#formatNames()} lists those that do. */
public final class UnsupportedExportFormatException extends RuntimeException {

    private final String requested;

    private UnsupportedExportFormatException(String requested) {
        super("unsupported export format '" + requested + "'");
        this.requested = requested;
    }

    public static UnsupportedExportFormatException forName(String requested) {
        return new UnsupportedExportFormatException(requested);
    }

    /** As the client sent it, possibly {@code null}, empty or very long. */
    public String requested() {
        return requested;
    }

    public List<String> supported() {
        return ExportFormat.formatNames();
    }
}
