package org.livesurvey.ingestion;

import java.nio.file.Path;
import java.util.List;

import org.livesurvey.ingest.classify.CategorySuggestion;
import org.livesurvey.ingest.classify.Classification;
import org.livesurvey.ingest.classify.ClassifierInput;
import org.livesurvey.ingest.classify.PaperClassifier;
import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.livesurvey.ingest.importer.TitleKeywordClassifier;

/**
 * Stands in for the trained classifier until it is wired in ({@link IngestionConfiguration#paperClassifier}): the
 * categories are the ones the title names by a keyword of the tree ({@link TitleKeywordClassifier#suggest}), each
 * with confidence 1, and a paper is relevant, with relevance 1, when its title names any. It has no evidence to give.
 * The tree is read at the first classification, so that a taxonomy with problems cannot stop the application.
 */
final class ProvisionalClassifier implements PaperClassifier {

    private final Path taxonomyDir;
    private volatile TitleKeywordClassifier keywords;

    ProvisionalClassifier(Path taxonomyDir) {
        this.taxonomyDir = taxonomyDir;
    }

    @Override
    public Classification classify(ClassifierInput input) {
        List<CategorySuggestion> categories = keywords().suggest(input.title()).stream()
                .map(path -> new CategorySuggestion(path, 1.0))
                .toList();
        return new Classification(!categories.isEmpty(), categories.isEmpty() ? 0.0 : 1.0, categories, List.of(),
                List.of());
    }

    private TitleKeywordClassifier keywords() {
        TitleKeywordClassifier current = keywords;
        if (current == null) {
            synchronized (this) {
                if (keywords == null) {
                    keywords = new TitleKeywordClassifier(
                            ExistingTaxonomy.read(taxonomyDir).categoriesByPath().values());
                }
                current = keywords;
            }
        }
        return current;
    }
}
