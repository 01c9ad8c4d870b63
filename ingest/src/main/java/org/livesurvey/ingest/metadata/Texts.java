package org.livesurvey.ingest.metadata;

import java.util.regex.Pattern;

/** Whitespace as metadata sources leave it: hard line breaks inside titles, runs of spaces, tabs. */
public final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    private Texts() {
    }

    /** Every run of whitespace as one space, trimmed; {@code null} for {@code null} or blank text. */
    public static String orNull(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
