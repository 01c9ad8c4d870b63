package org.livesurvey.ingest.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.source.AbstractListReader;
import org.livesurvey.ingest.source.ListedAbstract;
import org.livesurvey.ingest.source.ReadProblem;
import org.livesurvey.ingest.source.ReadResult;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;
import org.livesurvey.ingest.taxonomy.PaperListReader;
import org.livesurvey.ingest.taxonomy.Problem;

/**
 * Imports a plain abstract list together with a metadata file that describes the same papers in the same order.
 * The metadata is curated, so it (and the abstract) replaces what the taxonomy says about a paper it matches; the
 * paper's sources are kept.
 */
public final class AbstractListImport {

    /**
     * @throws InvalidInputException when the two files cannot be paired: the list has problems, or the numbers
     *                                  of abstracts and metadata entries differ (nothing is imported then)
     * @throws ExistingTaxonomy.TaxonomyNotImportableException when the taxonomy has problems
     */
    public ImportReport run(Path abstractList, Path metadataFile, Path taxonomyDir) {
        ReadResult<ListedAbstract> abstracts = new AbstractListReader().read(abstractList);
        if (!abstracts.problems().isEmpty()) {
            throw new InvalidInputException("cannot pair abstracts with metadata while the list has problems: "
                    + String.join("; ", abstracts.problems().stream().map(ReadProblem::toString).toList()));
        }
        List<Paper> metadata = readMetadata(metadataFile);
        if (metadata.size() != abstracts.items().size()) {
            throw new InvalidInputException(abstractList + " has " + abstracts.items().size() + " abstracts but "
                    + metadataFile + " describes " + metadata.size() + " papers; they are paired in order");
        }
        ExistingTaxonomy existing = ExistingTaxonomy.read(taxonomyDir);
        List<String> errors = new ArrayList<>();
        List<IncomingPaper> incoming = new ArrayList<>();
        for (int i = 0; i < metadata.size(); i++) {
            ListedAbstract listed = abstracts.items().get(i);
            String origin = abstractList + ":" + listed.line();
            Paper paper = withAbstract(metadata.get(i), listed.text());
            List<String> unknown = paper.categories().stream()
                    .filter(c -> !existing.categoryPaths().contains(c)).toList();
            if (paper.categories().isEmpty() || !unknown.isEmpty()) {
                errors.add(origin + ": " + paper.id() + " needs categories of the tree; unknown: " + unknown);
            } else {
                incoming.add(new IncomingPaper(paper, origin));
            }
        }
        return new PaperImporter(new PaperFileWriter())
                .importPapers(taxonomyDir, existing.papers(), incoming, MergePolicy.PREFER_INCOMING)
                .withEarlierErrors(errors);
    }

    private static List<Paper> readMetadata(Path metadataFile) {
        PaperListReader.Result metadata = new PaperListReader().read(metadataFile);
        if (!metadata.problems().isEmpty()) {
            throw new InvalidInputException(String.join("; ", metadata.problems().stream().map(Problem::format).toList()));
        }
        return metadata.papers();
    }

    private static Paper withAbstract(Paper paper, String abstractText) {
        return new Paper(paper.id(), paper.title(), paper.authors(), paper.published(), paper.updated(),
                paper.venue(), paper.identifiers(), paper.links(), abstractText, paper.categories(), paper.tags(),
                paper.contribution(), paper.modality(), paper.training(), paper.claims(), paper.sources());
    }
}
