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
        if (isCollapsed(text)) {
            return text;
        }
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    // most texts are already collapsed, and the regular expression would replace every single space by a space
    private static boolean isCollapsed(String text) {
        int last = text.length() - 1;
        if (last < 0 || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            boolean collapsible = c == ' ' ? text.charAt(i + 1) == ' ' : c < ' ' || c == '\u00a0';
            if (collapsible) {
                return false;
            }
        }
        return true;
    }
}
