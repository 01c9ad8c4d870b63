package org.livesurvey.ingestion;

import java.nio.file.Path;

import org.livesurvey.ingest.classify.Classification;
import org.livesurvey.ingest.classify.ClassifierInput;
import org.livesurvey.ingest.classify.PaperClassifier;
import org.livesurvey.ingest.classify.TaxonomyClassifier;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.taxonomy.PapersSynced;

import org.springframework.context.event.EventListener;

/**
 * The classifier trained from the taxonomy directory, when a harvest first needs it (training takes up to a minute,
 * too long for every start-up and every test context), and again after a sync changed the taxonomy, so accepted and
 * refiled papers teach it.
 */
final class TaxonomyTrainedClassifier implements PaperClassifier {

    private final Path taxonomyDir;
    private volatile TaxonomyClassifier trained;

    TaxonomyTrainedClassifier(Path taxonomyDir) {
        this.taxonomyDir = taxonomyDir;
    }

    @Override
    public Classification classify(ClassifierInput input) {
        return classifier().classify(input);
    }

    @EventListener
    void papersSynced(PapersSynced synced) {
        trained = null;
    }

    private synchronized TaxonomyClassifier classifier() {
        if (trained == null) {
            trained = TaxonomyClassifier.train(new TaxonomyReader().read(taxonomyDir).taxonomy());
        }
        return trained;
    }
}
