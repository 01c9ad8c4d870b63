package org.livesurvey.ingest.source.bibtex;

import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.metadata.LatexText;
import org.livesurvey.ingest.metadata.PersonNames;
import org.livesurvey.ingest.metadata.Texts;

/**
 * BibTeX name lists ({@code author = {Smith, John and {\"O}zt{\"u}rk, Ali and others}}) as display names. Names are
 * separated by "and" outside braces, so {@code {Barnes and Noble}} stays one (corporate) name; each name is
 * "First von Last", "von Last, First" or "von Last, Jr, First".
 */
final class BibtexNames {

    private BibtexNames() {
    }

    /** The names in display form, in order, and whether the list ended with "and others". */
    record Authors(List<String> names, boolean truncated) {
    }

    static Authors parse(String field) {
        List<String> names = new ArrayList<>();
        boolean truncated = false;
        String collapsed = Texts.orNull(field);
        if (collapsed == null) {
            return new Authors(names, false);
        }
        for (String name : splitOutsideBraces(collapsed, " and ")) {
            String display = display(name);
            if (PersonNames.isTruncationMarker(display)) {
                truncated = true;
            } else if (display != null) {
                names.add(display);
            }
        }
        return new Authors(names, truncated);
    }

    private static String display(String name) {
        List<String> parts = splitOutsideBraces(name, ",");
        return switch (parts.size()) {
            case 2 -> PersonNames.fromParts(decode(parts.get(0)), decode(parts.get(1)));
            // "von Last, Jr, First": the suffix follows the family name
            case 3 -> PersonNames.fromParts(decode(parts.get(0) + " " + parts.get(1)), decode(parts.get(2)));
            default -> Texts.orNull(decode(name));
        };
    }

    private static String decode(String part) {
        return Texts.orNull(LatexText.toUnicode(part));
    }

    /** Splits at each separator (matched without regard to case) that stands outside braces. */
    private static List<String> splitOutsideBraces(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int partStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && text.regionMatches(true, i, separator, 0, separator.length())) {
                parts.add(text.substring(partStart, i).strip());
                partStart = i + separator.length();
                i = partStart - 1;
            }
        }
        parts.add(text.substring(partStart).strip());
        return parts;
    }
}
