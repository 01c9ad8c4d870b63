package org.livesurvey.ingest.metadata;

/**
 * Bounds on what a reader accepts, so that a hostile or broken file cannot exhaust memory. Far above any real
 * metadata: the longest abstract of the corpus has about 3,000 characters, an OAI-PMH page about 1 MB.
 */
public final class ReadLimits {

    /** One input at most: 256 MiB (a 100,000-record BibTeX file is about 60 MB). */
    public static final int MAX_INPUT_BYTES = 256 * 1024 * 1024;
    /** One field (title, abstract, a name) at most. */
    public static final int MAX_FIELD_CHARS = 100_000;
    /** How much of an input content sniffing looks at. */
    public static final int SNIFF_BYTES = 8192;

    private ReadLimits() {
    }

    /** @throws MetadataReadException ({@link MetadataReadException.Kind#TOO_LARGE}) for an input over the limit */
    public static void checkInputSize(String name, long bytes) {
        if (bytes > MAX_INPUT_BYTES) {
            throw MetadataReadException.tooLarge(name, bytes + " bytes, the limit is " + MAX_INPUT_BYTES);
        }
    }

    /**
     * The value when it is within {@link #MAX_FIELD_CHARS}.
     *
     * @throws FieldTooLongException otherwise; readers report it as a problem of the record
     */
    public static String checkField(String field, String value) {
        if (value != null && value.length() > MAX_FIELD_CHARS) {
            throw new FieldTooLongException(field + " has " + value.length() + " characters, the limit is "
                    + MAX_FIELD_CHARS);
        }
        return value;
    }

    /** A field over {@link #MAX_FIELD_CHARS}: the record is dropped with this message, the rest is read. */
    public static final class FieldTooLongException extends RuntimeException {

        FieldTooLongException(String message) {
            super(message);
        }
    }
}
