package org.livesurvey.ingest.metadata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv identifiers in every form sources write them: {@code 2504.17040v2}, {@code arXiv:2504.17040},
 * {@code http://arxiv.org/abs/hep-th/9901001v1}, {@code https://arxiv.org/pdf/2504.17040v1.pdf},
 * {@code 10.48550/arXiv.2504.17040}, old-style {@code math.GT/0309136}.
 */
public final class ArxivIds {

    private static final Pattern ID = Pattern.compile(
            "(?:^|[/:\\s]|arxiv\\.)("
                    + "\\d{4}\\.\\d{4,5}"
                    + "|[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7}"
                    + ")(?:v(\\d+))?(?:\\.pdf)?/?$",
            Pattern.CASE_INSENSITIVE);

    private ArxivIds() {
    }

    /** An id without version, and the version when the text names one. */
    public record Versioned(String id, Integer version) {
    }

    /** The id the text names, or {@code null} when it names none. */
    public static Versioned parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = ID.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        String id = m.group(1);
        int slash = id.indexOf('/');
        if (slash > 0) {
            // the archive is lower case ("hep-th"), a subject class upper case ("math.GT")
            String archive = id.substring(0, slash);
            int dot = archive.indexOf('.');
            archive = dot < 0 ? archive.toLowerCase(Locale.ROOT)
                    : archive.substring(0, dot).toLowerCase(Locale.ROOT) + archive.substring(dot).toUpperCase(Locale.ROOT);
            id = archive + id.substring(slash);
        }
        return new Versioned(id, version(m.group(2)));
    }

    /** A version too large for an int is no real one: the id stands without it. */
    private static Integer version(String digits) {
        if (digits == null) {
            return null;
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    /** The id without version, or {@code null}. */
    public static String idOf(String text) {
        Versioned parsed = parse(text);
        return parsed == null ? null : parsed.id();
    }
}
