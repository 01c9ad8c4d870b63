package org.livesurvey.ingest.source.bibtex;

import java.util.HashMap;
import java.util.Map;

/**
 * A parsed entry: its fields by lower-case name, as text with the LaTeX still in it and {@code @string} macros
 * already replaced.
 */
record BibtexEntry(EntryChunk chunk, Map<String, String> fields) {

    BibtexEntry {
        fields = Map.copyOf(fields);
    }

    String field(String name) {
        return fields.get(name);
    }

    /**
     * This entry with the fields it lacks taken from the entry its {@code crossref} names, as BibTeX does: a paper
     * in proceedings gets the proceedings' booktitle, year and publisher.
     */
    BibtexEntry inheritingFrom(BibtexEntry parent) {
        Map<String, String> merged = new HashMap<>(parent.fields);
        merged.remove("crossref");
        merged.putAll(fields);
        return new BibtexEntry(chunk, merged);
    }
}
