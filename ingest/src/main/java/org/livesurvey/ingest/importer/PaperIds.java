package org.livesurvey.ingest.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;

/** Paper ids and what arXiv ids tell: the file-name forms that CONTRIBUTING.md defines. */
public final class PaperIds {

    /** Slugs are cut at a word boundary to at most this many characters. */
    public static final int MAX_SLUG_LENGTH = 80;

    private static final Pattern NEW_STYLE_ARXIV = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}");
    private static final Pattern OLD_STYLE_ARXIV = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/(\\d{2})(\\d{2})\\d{3}");
    private static final Pattern OLD_STYLE_AS_ID = Pattern.compile("^([a-z-]+(?:\\.[A-Z]{2})?)-(\\d{7})$");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("v\\d+$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private PaperIds() {
    }

    /**
     * The arXiv id without a version suffix, or {@code null} when the text is not an arXiv id.
     */
    public static String normalizeArxivId(String text) {
        if (text == null) {
            return null;
        }
        String id = VERSION_SUFFIX.matcher(text.strip()).replaceFirst("");
        return NEW_STYLE_ARXIV.matcher(id).matches() || OLD_STYLE_ARXIV.matcher(id).matches() ? id : null;
    }

    /**
     * The arXiv id a paper is: its identifiers' or, for a file named after one, its id's ({@code hep-th-9901001} is
     * {@code hep-th/9901001}); {@code null} for a paper known by a DOI or a title slug.
     */
    public static String arxivIdOf(Paper paper) {
        String arxiv = paper.identifiers().arxiv();
        return arxiv != null ? arxiv : normalizeArxivId(OLD_STYLE_AS_ID.matcher(paper.id()).replaceFirst("$1/$2"));
    }

    /** {@code 2504.17040} stays as it is; old-style {@code hep-th/9901001} becomes {@code hep-th-9901001}. */
    public static String fromArxiv(String arxivId) {
        return arxivId.replace('/', '-');
    }

    /** {@code doi-} and the DOI in lower case with every run of other characters than letters and digits as {@code -}. */
    public static String fromDoi(String doi) {
        return "doi-" + trimHyphens(NOT_SLUG.matcher(doi.toLowerCase(Locale.ROOT)).replaceAll("-"));
    }

    /**
     * A kebab-case slug of the title: accents dropped, other characters than ASCII letters and digits as hyphens,
     * cut at a hyphen to at most {@link #MAX_SLUG_LENGTH} characters; {@code untitled} when nothing is left.
     */
    public static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2018\u2019`\u00b4]", "");
        String slug = trimHyphens(NOT_SLUG.matcher(ascii).replaceAll("-"));
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The year and month an arXiv id was assigned in, or {@code null} for a text that is not an arXiv id. */
    public static PartialDate monthOf(String arxivId) {
        String id = normalizeArxivId(arxivId);
        if (id == null) {
            return null;
        }
        Matcher newStyle = NEW_STYLE_ARXIV.matcher(id);
        Matcher oldStyle = OLD_STYLE_ARXIV.matcher(id);
        Matcher matched = newStyle.matches() ? newStyle : oldStyle;
        if (!matched.matches()) {
            return null;
        }
        int twoDigitYear = Integer.parseInt(matched.group(1));
        int month = Integer.parseInt(matched.group(2));
        // new-style ids started in 2007; old-style ids ran from 1991 to 2007
        int year = matched == newStyle || twoDigitYear < 91 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
        return month >= 1 && month <= 12 ? new PartialDate(year, month, null) : null;
    }

    private static String trimHyphens(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
