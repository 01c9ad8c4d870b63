package org.livesurvey.ingest.metadata;

/** An input that cannot be read as a whole; its message is one line a user can act on. */
public final class MetadataReadException extends RuntimeException {

    /** Why nothing could be read. */
    public enum Kind {
        /** the content does not follow its format (truncated, wrong encoding, broken syntax) */
        MALFORMED,
        /** the content asks for something a reader refuses on principle (DTDs, external entities) */
        UNSAFE,
        /** the input or one of its fields is over the limits of {@link ReadLimits} */
        TOO_LARGE,
        /** a service's error answer saved as a file (arXiv's 400 error feed, an OAI-PMH error) */
        SERVICE_ERROR,
        /** a valid answer of the service that holds no works (e.g. an OpenAlex group_by page) */
        UNSUPPORTED,
        /** no reader recognises the content */
        UNKNOWN_FORMAT
    }

    private final Kind kind;
    private final String code;

    private MetadataReadException(Kind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public static MetadataReadException malformed(String name, String what, Throwable cause) {
        return new MetadataReadException(Kind.MALFORMED, null, name + ": " + what, cause);
    }

    public static MetadataReadException unsafe(String name, String what) {
        return new MetadataReadException(Kind.UNSAFE, null, name + ": refused: " + what, null);
    }

    public static MetadataReadException tooLarge(String name, String what) {
        return new MetadataReadException(Kind.TOO_LARGE, null, name + ": too large: " + what, null);
    }

    /** @param code the service's own code (e.g. {@code noRecordsMatch}, {@code 400}) */
    public static MetadataReadException serviceError(String name, String service, String code, String message) {
        return new MetadataReadException(Kind.SERVICE_ERROR, code,
                name + ": " + service + " answered with an error (" + code + "): " + message, null);
    }

    public static MetadataReadException unsupported(String name, String what) {
        return new MetadataReadException(Kind.UNSUPPORTED, null, name + ": " + what, null);
    }

    public static MetadataReadException unknownFormat(String name, String formatsTried) {
        return new MetadataReadException(Kind.UNKNOWN_FORMAT, null,
                name + ": not a metadata format LiveSurvey reads (tried: " + formatsTried + ")", null);
    }

    public Kind kind() {
        return kind;
    }

    /** The service's error code for {@link Kind#SERVICE_ERROR}, otherwise {@code null}. */
    public String code() {
        return code;
    }
}
