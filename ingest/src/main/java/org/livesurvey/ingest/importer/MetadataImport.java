package org.livesurvey.ingest.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataFormats;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.source.ReadProblem;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;

/**
 * Any metadata into the taxonomy: each input's format is sniffed, its records are read, turned into papers, matched
 * against the taxonomy (ids, titles, similar titles) and merged or added. What a file already says is kept; the
 * input fills what it lacks and is credited per field in {@code sources:}; disagreements are reported as conflicts.
 * An input that cannot be read, and a record that cannot become a paper, are errors: nothing of them is written.
 */
public final class MetadataImport {

    /** One input: its bytes and how messages name it (a path, or {@code -} for standard input). */
    public record Input(String name, byte[] content) {
    }

    /** Told after each input is read, for a progress line on long imports. */
    public interface Progress {

        void read(String name, String format, int records, int inputsDone, int inputsTotal);
    }

    /**
     * @param category the category path new papers get instead of the suggested ones, or {@code null}
     */
    public record Options(boolean dryRun, String category) {
    }

    private final MetadataFormats formats;

    public MetadataImport(MetadataFormats formats) {
        this.formats = formats;
    }

    /**
     * @throws ExistingTaxonomy.TaxonomyNotImportableException when the taxonomy has problems
     * @throws IllegalArgumentException                        when {@code options.category} is not in the tree
     */
    public ImportReport run(List<Input> inputs, Path taxonomyDir, Options options, Progress progress) {
        ExistingTaxonomy existing = ExistingTaxonomy.read(taxonomyDir);
        if (options.category() != null && !existing.categoryPaths().contains(options.category())) {
            throw new IllegalArgumentException("no category " + options.category() + " in the tree");
        }
        RecordToPaper converter = new RecordToPaper(new TitleKeywordClassifier(existing.categoriesByPath().values()));
        List<String> errors = new ArrayList<>();
        List<IncomingPaper> incoming = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            try {
                MetadataBatch batch = formats.read(input.content(), input.name());
                batch.problems().stream().map(ReadProblem::toString).forEach(errors::add);
                for (MetadataRecord record : batch.records()) {
                    convert(converter, record, batch.format() + " " + fileName(input.name()), options, incoming, errors);
                }
                progress.read(input.name(), batch.format(), batch.records().size(), i + 1, inputs.size());
            } catch (MetadataReadException e) {
                errors.add(e.getMessage());
            }
        }
        return new PaperImporter(new PaperFileWriter(), options.dryRun())
                .importPapers(taxonomyDir, existing.papers(), incoming, MergePolicy.KEEP_EXISTING)
                .withEarlierErrors(errors);
    }

    private static void convert(RecordToPaper converter, MetadataRecord record, String provenance, Options options,
                                List<IncomingPaper> incoming, List<String> errors) {
        try {
            IncomingPaper paper = converter.convert(record, provenance);
            incoming.add(options.category() == null ? paper : paper.withCategories(List.of(options.category())));
        } catch (IllegalArgumentException e) {
            errors.add(record.origin() + ": " + e.getMessage() + "; not imported");
        }
    }

    private static String fileName(String name) {
        return name.equals("-") ? "(standard input)" : Path.of(name).getFileName().toString();
    }
}
