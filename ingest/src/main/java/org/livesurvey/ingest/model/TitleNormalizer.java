package org.livesurvey.ingest.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a title that two listings of the same paper share: lists change case, accents and punctuation
 * ("Let's Think Dot by Dot" / "Lets think dot-by-dot"), so duplicates are found by comparing this form.
 */
public final class TitleNormalizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // apostrophes join a word ("Let's" = "Lets"); every other non-alphanumeric character separates words
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019`\u00b4]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleNormalizer() {
    }

    /**
     * Lower-case, without accents or punctuation, words separated by single spaces; {@code null} stays {@code null}.
     */
    public static String normalizeTitle(String title) {
        if (title == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        String withoutAccents = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String lower = withoutAccents.toLowerCase(Locale.ROOT);
        String joined = APOSTROPHES.matcher(lower).replaceAll("");
        return SEPARATORS.matcher(joined).replaceAll(" ").strip();
    }
}
