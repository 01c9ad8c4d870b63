package org.livesurvey.ingestion;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.ingest.classify.PaperClassifier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue's settings, and the two pieces it is built around: where records come from, and who judges them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HarvestProperties.class, ReviewProperties.class})
class IngestionConfiguration {

    /**
     * Judges each harvested record: relevant or not, and under which categories. Provisional: the trained classifier
     * built from the taxonomy directory replaces {@link ProvisionalClassifier} here.
     */
    @Bean
    PaperClassifier paperClassifier(LiveSurveyProperties application) {
        return new ProvisionalClassifier(application.taxonomyDir());
    }

    /** Fetches new records page by page; the ingest library's OAI-PMH harvester goes here once it is in the build. */
    @Bean
    RecordHarvester recordHarvester(HarvestProperties settings) {
        return new NoHarvestClient(settings);
    }
}
