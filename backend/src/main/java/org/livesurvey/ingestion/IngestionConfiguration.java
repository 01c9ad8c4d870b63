package org.livesurvey.ingestion;

import org.livesurvey.LiveSurveyProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue's settings, and the two pieces it is built around: where records come from, and who judges them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HarvestProperties.class, ReviewProperties.class})
class IngestionConfiguration {

    /** Judges each harvested record: relevant or not, and under which categories, trained from the taxonomy. */
    @Bean
    TaxonomyTrainedClassifier paperClassifier(LiveSurveyProperties application) {
        return new TaxonomyTrainedClassifier(application.taxonomyDir());
    }

    /** Fetches new records page by page from the OAI-PMH source. */
    @Bean
    RecordHarvester recordHarvester(HarvestProperties settings) {
        return new OaiPmhRecordHarvester(settings);
    }
}
