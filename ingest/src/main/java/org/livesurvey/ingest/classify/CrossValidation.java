package org.livesurvey.ingest.classify;

import java.util.List;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;

/**
 * Splits filed and listed papers in {@value #FOLDS} by a hash of their id and hands each fold to a classifier trained
 * on the others (vocabulary, models and relevance threshold alike), so no judgement has seen the paper it judges.
 */
final class CrossValidation {

    static final int FOLDS = 5;

    interface Fold {

        void judge(TaxonomyClassifier classifier, List<Paper> heldOutPapers, List<ListedPaper> heldOutListed);
    }

    private CrossValidation() {
    }

    static void run(List<Category> tree, List<Paper> papers, List<ListedPaper> listed, Fold fold) {
        for (int f = 0; f < FOLDS; f++) {
            int current = f;
            TaxonomyClassifier classifier = TaxonomyClassifier.train(tree,
                    papers.stream().filter(p -> foldOf(p.id()) != current).toList(),
                    listed.stream().filter(l -> foldOf(l.arxivId()) != current).toList());
            fold.judge(classifier, papers.stream().filter(p -> foldOf(p.id()) == current).toList(),
                    listed.stream().filter(l -> foldOf(l.arxivId()) == current).toList());
        }
    }

    /** Stable across runs and machines: String.hashCode is specified. */
    static int foldOf(String id) {
        return Math.floorMod(id.hashCode(), FOLDS);
    }
}
