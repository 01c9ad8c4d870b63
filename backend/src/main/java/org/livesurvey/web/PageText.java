package org.livesurvey.web;

/** Plain text for the places a page shows in short: meta descriptions, link previews. */
public final class PageText {

    /** About what search engines show of a description. */
    public static final int DESCRIPTION_LENGTH = 160;

    private PageText() {
    }

    /**
     * The text on one line, cut after the last whole word that fits into {@code maxLength} characters (ellipsis
     * included); {@code null} for no text.
     */
    public static String summary(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= maxLength) {
            return oneLine;
        }
        String cut = oneLine.substring(0, maxLength - 1);
        int lastSpace = cut.lastIndexOf(' ');
        if (lastSpace > maxLength / 2) {
            cut = cut.substring(0, lastSpace);
        }
        return stripTrailingPunctuation(cut) + "…";
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;:.-– ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
