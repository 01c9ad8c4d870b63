package org.livesurvey.ingest.source.bibtex;

/**
 * One {@code @type{...}} of a BibTeX file as it stands in the text, before it is parsed.
 *
 * @param line      the 1-based line of its {@code @}
 * @param type      the entry type in lower case ({@code article}, {@code string})
 * @param key       the citation key; empty when the entry has none
 * @param parseText the text to give the parser: the entry with its key replaced by a plain one, since real keys
 *                  hold characters (a DOI's {@code <>;}) that the parser refuses; {@code null} when the entry is flawed
 * @param flaw      why the entry cannot be read ("is not closed before line 9"), or {@code null}
 */
record EntryChunk(int line, String type, String key, String parseText, String flaw) {

    /** How messages name the entry: {@code entry 'key' at line 3}. */
    String describe() {
        String name = key.isEmpty() ? "entry without a key" : "entry '" + key + "'";
        return (type.equals("string") ? "@string" : name) + " at line " + line;
    }
}
