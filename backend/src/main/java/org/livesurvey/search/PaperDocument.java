package org.livesurvey.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.livesurvey.paper.IndexablePaper;
import org.livesurvey.results.ReproductionStatus;

/**
 * A paper as the index holds it (mapping {@code search/papers-mapping-v2.json}): the text fields searched, the keyword
 * fields filtered and counted (named like the {@link SearchField} keys), and what a result list shows.
 *
 * @param category     every category path of the paper with all its ancestors, so that a parent counts its subtree
 * @param categories   the paper's own paths as curated, primary first, for display
 * @param publishedOn  the earliest day the partial date {@code published} stands for, for sorting
 * @param reproduction the paper's {@link ReproductionStatus} key, {@code none} when no reproduction checks it
 */
record PaperDocument(
        String id,
        String title,
        @JsonProperty("abstract") String abstractText,
        List<String> authors,
        String venue,
        String published,
        @JsonProperty("published_on") String publishedOn,
        List<String> categories,
        int version,
        List<String> category,
        String year,
        List<String> author,
        String contribution,
        List<String> modality,
        String training,
        List<String> tag,
        @JsonProperty("has_code") String hasCode,
        String reproduction,
        @JsonProperty("suggest_title") List<String> suggestTitle,
        @JsonProperty("suggest_author") List<String> suggestAuthor) {

    static PaperDocument of(IndexablePaper paper, ReproductionStatus reproduction) {
        LocalDate publishedOn = earliestDay(paper.published());
        return new PaperDocument(
                paper.id(),
                paper.title(),
                paper.abstractText(),
                paper.authors(),
                paper.venue(),
                paper.published(),
                publishedOn == null ? null : publishedOn.toString(),
                paper.categories(),
                paper.version(),
                withAncestors(paper.categories()),
                publishedOn == null ? null : String.valueOf(publishedOn.getYear()),
                paper.authors(),
                paper.contribution(),
                paper.modality(),
                paper.training(),
                paper.tags(),
                String.valueOf(paper.hasCode()),
                reproduction.key(),
                titleCompletions(paper.title()),
                paper.authors());
    }

    /** {@code a/b/c} becomes {@code a}, {@code a/b}, {@code a/b/c}; each path once, in first-seen order. */
    static List<String> withAncestors(List<String> paths) {
        Set<String> all = new LinkedHashSet<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            while (slash >= 0) {
                all.add(path.substring(0, slash));
                slash = path.indexOf('/', slash + 1);
            }
            all.add(path);
        }
        return List.copyOf(all);
    }

    /**
     * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as the first day it can mean; {@code null} when absent or
     * not a date (the validator rejects those, this only keeps a bad row from failing the whole index).
     */
    static LocalDate earliestDay(String published) {
        if (published == null) {
            return null;
        }
        try {
            String[] parts = published.split("-");
            int year = Integer.parseInt(parts[0]);
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
            return parts.length > 3 ? null : LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /**
     * The whole title, and for titles like {@code DyMU: Dynamic Merging ...} also the part after the colon: the
     * completion suggester matches from the start of an input, and people start typing the descriptive part too.
     */
    static List<String> titleCompletions(String title) {
        List<String> inputs = new ArrayList<>(List.of(title));
        int colon = title.indexOf(": ");
        if (colon > 0 && colon + 2 < title.length()) {
            inputs.add(title.substring(colon + 2));
        }
        return List.copyOf(inputs);
    }
}
