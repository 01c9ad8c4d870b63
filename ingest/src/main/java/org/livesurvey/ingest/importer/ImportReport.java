package org.livesurvey.ingest.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one import: for each input entry whether it added a paper, changed an existing one (merged) or
 * changed nothing; entries that could not be imported are errors.
 *
 * @param entries    what each entry that changed a file did: {@code origin: added ID} or {@code origin: merged into ID}
 * @param warnings   things that were corrected or left out on the way, the import went on
 * @param conflicts  values of the input that differ from what a paper file says; the file was kept as it is
 * @param nearMisses entries that may duplicate a paper but were not merged, for a person to decide
 * @param changes    the files created, rewritten or removed, in that order per paper (written unless a dry run)
 */
public record ImportReport(int added, int merged, int unchanged, List<String> entries, List<String> errors,
                           List<String> warnings,
                           List<String> conflicts, List<String> nearMisses, List<FileChange> changes) {

    public ImportReport {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        conflicts = List.copyOf(conflicts);
        nearMisses = List.copyOf(nearMisses);
        changes = List.copyOf(changes);
    }

    /** The files written (created or rewritten). */
    public List<Path> written() {
        return changes.stream().filter(c -> c.after() != null).map(FileChange::path).toList();
    }

    /** The files removed (a paper merged into another, or renamed to its arXiv id). */
    public List<Path> removed() {
        return changes.stream().filter(c -> c.after() == null).map(FileChange::path).toList();
    }

    /** {@code N added, M merged, K unchanged, C conflicts, R near misses, E errors} */
    public String summary() {
        return added + " added, " + merged + " merged, " + unchanged + " unchanged, " + conflicts.size()
                + " conflicts, " + nearMisses.size() + " near misses, " + errors.size() + " errors";
    }

    /** This report with errors found before the import itself (e.g. lines that could not be read) in front. */
    public ImportReport withEarlierErrors(List<String> earlier) {
        List<String> all = new ArrayList<>(earlier);
        all.addAll(errors);
        return new ImportReport(added, merged, unchanged, entries, all, warnings, conflicts, nearMisses, changes);
    }

    public ImportReport withEarlierWarnings(List<String> earlier) {
        List<String> all = new ArrayList<>(earlier);
        all.addAll(warnings);
        return new ImportReport(added, merged, unchanged, entries, errors, all, conflicts, nearMisses, changes);
    }
}
