package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;

/** The fields of a paper that a metadata source can fill in, under their names in paper files. */
final class PaperFields {

    private static final Map<String, Function<Paper, Object>> FILLABLE = new LinkedHashMap<>();

    static {
        FILLABLE.put("title", Paper::title);
        FILLABLE.put("authors", Paper::authors);
        FILLABLE.put("published", Paper::published);
        FILLABLE.put("updated", Paper::updated);
        FILLABLE.put("venue", Paper::venue);
        FILLABLE.put("identifiers", Paper::identifiers);
        FILLABLE.put("links", p -> linksWithoutCode(p.links()));
        FILLABLE.put("abstract", Paper::abstractText);
        FILLABLE.put("arxiv_categories", Paper::arxivCategories);
    }

    private PaperFields() {
    }

    /** The fields whose value {@code after} has and {@code before} lacked or gave less precisely. */
    static List<String> filled(Paper before, Paper after) {
        List<String> filled = new ArrayList<>();
        FILLABLE.forEach((field, value) -> {
            if (!Objects.equals(value.apply(before), value.apply(after))) {
                filled.add(field);
            }
        });
        return filled;
    }

    /** The fields a new paper has, all of them filled by its source. */
    static List<String> present(Paper paper) {
        return filled(emptyLike(paper), paper);
    }

    private static Paper emptyLike(Paper paper) {
        return new Paper(paper.id(), null, List.of(), null, null, null, null, null, null, List.of(), List.of(), null,
                List.of(), null, List.of(), List.of());
    }

    // code repositories come from the curated lists, not from bibliographic metadata
    private static Links linksWithoutCode(Links links) {
        return new Links(links.paper(), links.pdf(), null, links.project(), links.venue());
    }
}
