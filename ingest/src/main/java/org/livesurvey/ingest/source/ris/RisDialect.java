package org.livesurvey.ingest.source.ris;

/**
 * The two tagged formats this package reads. Standard RIS writes {@code TY  - JOUR}, repeats a tag for each value
 * and continues a long value on untagged lines. Web of Science writes {@code PT J}, gives a tag once and puts each
 * further value (another author, another line of the title) on a line indented by three spaces.
 */
enum RisDialect {

    STANDARD("TY", false) {
        @Override
        Tagged tagged(String line) {
            boolean tagged = line.length() >= 5 && startsWithTag(line) && line.startsWith("  -", 2)
                    && (line.length() == 5 || line.charAt(5) == ' ');
            return tagged ? new Tagged(line.substring(0, 2), line.substring(Math.min(6, line.length())).strip()) : null;
        }
    },

    WEB_OF_SCIENCE("PT", true) {
        @Override
        Tagged tagged(String line) {
            boolean tagged = line.length() >= 2 && startsWithTag(line) && (line.length() == 2 || line.charAt(2) == ' ');
            return tagged ? new Tagged(line.substring(0, 2), line.substring(Math.min(3, line.length())).strip()) : null;
        }
    };

    /** A tag line split into its tag and value. */
    record Tagged(String tag, String value) {
    }

    private final String startTag;
    private final boolean valuePerLine;

    RisDialect(String startTag, boolean valuePerLine) {
        this.startTag = startTag;
        this.valuePerLine = valuePerLine;
    }

    /** The tag that opens a record; {@code ER} closes one in both. */
    String startTag() {
        return startTag;
    }

    /**
     * Whether an untagged line inside a record is a further value of the last tag (Web of Science) rather than more
     * of its last value (RIS).
     */
    boolean valuePerLine() {
        return valuePerLine;
    }

    /** The line's tag and value, or {@code null} for an untagged line. */
    abstract Tagged tagged(String line);

    private static boolean startsWithTag(String line) {
        char first = line.charAt(0);
        char second = line.charAt(1);
        return first >= 'A' && first <= 'Z' && ((second >= 'A' && second <= 'Z') || (second >= '0' && second <= '9'));
    }
}
