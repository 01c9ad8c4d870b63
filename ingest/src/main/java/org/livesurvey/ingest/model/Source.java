package org.livesurvey.ingest.model;

import java.util.List;

/**
 * Where a paper was found: a curated list and the heading path inside it, or another metadata source.
 *
 * @param list    e.g. {@code DevoAllen/Awesome-Reasoning-Economy-Papers}
 * @param section heading path joined with {@code " > "}, or {@code null}
 * @param fields  the fields this source filled in (e.g. {@code authors}, {@code abstract}); empty for a list that
 *                only says the paper belongs to a section
 */
public record Source(String list, String section, List<String> fields) {

    public Source {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Source(String list, String section) {
        this(list, section, List.of());
    }
}
