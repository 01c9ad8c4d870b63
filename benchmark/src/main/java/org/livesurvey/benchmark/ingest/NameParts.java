package org.livesurvey.benchmark.ingest;

/**
 * A display name ("Caio César Teodoro Mendes") cut into given names and the family name the way formats with
 * separate parts need it: the last word is the family name. Readers put the parts together again as
 * "given family", which gives back the display name.
 *
 * @param given {@code null} for a one-word name (a mononym or an organisation)
 */
record NameParts(String given, String family) {

    static NameParts of(String displayName) {
        String name = displayName.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new NameParts(null, name)
                : new NameParts(name.substring(0, space).strip(), name.substring(space + 1));
    }

    /** "Family, Given", as BibTeX and RIS write names. */
    String inverted() {
        return given == null ? family : family + ", " + given;
    }
}
