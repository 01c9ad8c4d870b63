package org.livesurvey.ingest.source.ris;

import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.metadata.PersonNames;

/** Names as RIS and Web of Science write them, "Last, First" or "Last, First, Suffix", in display form. */
final class RisNames {

    private RisNames() {
    }

    /** The display names in order, and whether an "et al." said the list was cut short. */
    record Authors(List<String> names, boolean truncated) {
    }

    static Authors parse(List<String> values) {
        List<String> names = new ArrayList<>();
        boolean truncated = false;
        for (String value : values) {
            if (PersonNames.isTruncationMarker(value)) {
                truncated = true;
            } else {
                String name = display(value);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return new Authors(names, truncated);
    }

    private static String display(String name) {
        String[] parts = name.split("\\s*,\\s*");
        return switch (parts.length) {
            case 0 -> null; // only commas: no name
            case 1 -> PersonNames.fromParts(parts[0], null);
            case 2 -> PersonNames.fromParts(parts[0], parts[1]);
            // RIS puts the suffix last ("Ford, Henry, Jr."), BibTeX between the parts
            default -> PersonNames.fromParts(parts[0] + " " + String.join(" ", List.of(parts).subList(2, parts.length)),
                    parts[1]);
        };
    }
}
