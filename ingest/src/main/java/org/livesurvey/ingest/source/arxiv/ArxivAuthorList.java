package org.livesurvey.ingest.source.arxiv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.livesurvey.ingest.metadata.Texts;

/**
 * The author list of an {@code arXivRaw} record, one string as the submitter typed it:
 * {@code "D.V. Shetty, S.J. Yennello, and G.A. Souliotis"}. Names are in display order already; affiliations in
 * parentheses ({@code "A. Author (MIT), B. Author"}) are not part of them.
 */
final class ArxivAuthorList {

    // ", " ", and " " and " ("; " too, which some submitters use), and the space before a closing "et al."
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[,;]\\s*(?:and\\s+)?|\\s+and\\s+|\\s+(?=et\\.? al\\.?$)", Pattern.CASE_INSENSITIVE);
    // "Smith, Jr., Jane Doe": a suffix after a comma belongs to the name before it
    private static final Pattern SUFFIX = Pattern.compile("(?:Jr|Sr)\\.?|II|III|IV", Pattern.CASE_INSENSITIVE);

    private ArxivAuthorList() {
    }

    /** The names in the order given; "et al." and the like stay in the list as they were written. */
    static List<String> split(String authors) {
        String text = Texts.orNull(withoutParentheses(authors));
        if (text == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            if (part.isEmpty()) {
                continue;
            }
            if (SUFFIX.matcher(part).matches() && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + " " + part);
            } else {
                names.add(part);
            }
        }
        return names;
    }

    /** The text without parenthesised parts, or as it is when its parentheses do not balance. */
    private static String withoutParentheses(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                kept.append(' ');
            } else if (depth == 0) {
                kept.append(c);
            }
        }
        return depth == 0 ? kept.toString() : text;
    }
}
