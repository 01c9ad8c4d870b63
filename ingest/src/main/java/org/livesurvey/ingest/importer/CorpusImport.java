package org.livesurvey.ingest.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.source.CorpusJsonlReader;
import org.livesurvey.ingest.source.CorpusRecord;
import org.livesurvey.ingest.source.ReadProblem;
import org.livesurvey.ingest.source.ReadResult;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;

/**
 * Imports a corpus JSONL file into a taxonomy directory. Lines that cannot be read and records that cannot become
 * papers are reported as errors; all other records are imported.
 */
public final class CorpusImport {

    private final SectionRules rules;
    private final WrongArxivLinks wrongArxivLinks;

    public CorpusImport() {
        this(SectionRules.bundled(), WrongArxivLinks.bundled());
    }

    public CorpusImport(SectionRules rules, WrongArxivLinks wrongArxivLinks) {
        this.rules = rules;
        this.wrongArxivLinks = wrongArxivLinks;
    }

    /** @throws ExistingTaxonomy.TaxonomyNotImportableException when the taxonomy has problems */
    public ImportReport run(Path corpusFile, Path taxonomyDir) {
        ExistingTaxonomy existing = ExistingTaxonomy.read(taxonomyDir);
        CorpusPaperMapper mapper = new CorpusPaperMapper(
                new SectionClassifier(rules, existing.categoryPaths()),
                new TitleKeywordClassifier(existing.categoriesByPath().values()),
                wrongArxivLinks);
        ReadResult<CorpusRecord> read = new CorpusJsonlReader().read(corpusFile);
        List<String> errors = new ArrayList<>(read.problems().stream().map(ReadProblem::toString).toList());
        List<String> warnings = new ArrayList<>();
        List<IncomingPaper> incoming = new ArrayList<>();
        for (CorpusRecord record : read.items()) {
            String origin = corpusFile + ":" + record.line();
            try {
                incoming.add(mapper.map(record, origin, warnings));
            } catch (IllegalArgumentException e) {
                errors.add(origin + ": " + e.getMessage());
            }
        }
        return new PaperImporter(new PaperFileWriter())
                .importPapers(taxonomyDir, existing.papers(), incoming, MergePolicy.KEEP_EXISTING)
                .withEarlierErrors(errors)
                .withEarlierWarnings(warnings);
    }
}
