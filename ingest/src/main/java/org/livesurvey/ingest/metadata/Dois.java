package org.livesurvey.ingest.metadata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DOIs as sources write them ({@code https://doi.org/10.1/X}, {@code doi:10.1/x}) in one form: bare, lower case. */
public final class Dois {

    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");

    private Dois() {
    }

    /** The bare, lower-case DOI the text names, or {@code null}. DOIs are case-insensitive by definition. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DOI.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        String doi = m.group(1).replaceAll("[.,;]+$", "");
        return doi.toLowerCase(Locale.ROOT);
    }
}
