package org.livesurvey.ingest.metadata;

import java.util.Locale;
import java.util.Set;

/**
 * Author names in one display form, "Given Family", whatever order the source uses; the order of authors is never
 * changed. Markers such as "et al." or "others" are not names: they say the list was cut short.
 */
public final class PersonNames {

    private static final Set<String> TRUNCATION_MARKERS = Set.of("et al", "et al.", "others", "and others", "etal");

    private PersonNames() {
    }

    /** "Given Family" from separate parts; either may be {@code null} (a mononym, a consortium). */
    public static String fromParts(String family, String given) {
        String f = Texts.orNull(family);
        String g = Texts.orNull(given);
        if (f == null) {
            return g;
        }
        return g == null ? f : g + " " + f;
    }

    /**
     * "Family, Given" (one comma) becomes "Given Family"; "Family, Jr., Given" becomes "Given Family Jr."; a name
     * without a comma is already in display order and stays as it is.
     */
    public static String display(String name) {
        String clean = Texts.orNull(name);
        if (clean == null) {
            return null;
        }
        String[] parts = clean.split("\\s*,\\s*");
        return switch (parts.length) {
            case 2 -> fromParts(parts[0], parts[1]);
            case 3 -> fromParts(parts[0] + " " + parts[1], parts[2]);
            default -> clean;
        };
    }

    /** Whether the "name" is a marker that the source cut the author list short. */
    public static boolean isTruncationMarker(String name) {
        return name != null && TRUNCATION_MARKERS.contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
