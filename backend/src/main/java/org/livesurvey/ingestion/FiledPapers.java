package org.livesurvey.ingestion;

import java.nio.file.Path;

import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.livesurvey.ingest.importer.KnownPapers;
import org.livesurvey.ingest.importer.RecordToPaper;
import org.livesurvey.ingest.importer.TitleKeywordClassifier;

/**
 * The taxonomy as one harvest sees it, read once at its start: the papers filed, and the importer's way of turning a
 * record into a paper (id, identifiers, links) so that a record is matched exactly as {@code ./livesurvey add} would.
 */
record FiledPapers(KnownPapers known, RecordToPaper converter) {

    /** @throws ExistingTaxonomy.TaxonomyNotImportableException when a taxonomy file has a problem */
    static FiledPapers read(Path taxonomyDir) {
        ExistingTaxonomy taxonomy = ExistingTaxonomy.read(taxonomyDir);
        return new FiledPapers(KnownPapers.of(taxonomy.papers()),
                new RecordToPaper(new TitleKeywordClassifier(taxonomy.categoriesByPath().values())));
    }
}
