package org.livesurvey.ingest.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one import: for each input entry whether it added a paper, changed an existing one (merged) or
 * changed nothing; entries that could not be imported are errors.
 *
 * @param warnings things that were corrected or left out on the way, the import went on
 * @param written  the files written, in the order they were written
 */
public record ImportReport(int added, int merged, int unchanged, List<String> errors, List<String> warnings,
                           List<Path> written) {

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        written = List.copyOf(written);
    }

    /** {@code N added, M merged, K unchanged, E errors} */
    public String summary() {
        return added + " added, " + merged + " merged, " + unchanged + " unchanged, " + errors.size() + " errors";
    }

    /** This report with errors found before the import itself (e.g. lines that could not be read) in front. */
    public ImportReport withEarlierErrors(List<String> earlier) {
        List<String> all = new ArrayList<>(earlier);
        all.addAll(errors);
        return new ImportReport(added, merged, unchanged, all, warnings, written);
    }

    public ImportReport withEarlierWarnings(List<String> earlier) {
        List<String> all = new ArrayList<>(earlier);
        all.addAll(warnings);
        return new ImportReport(added, merged, unchanged, errors, all, written);
    }
}
