package org.livesurvey.taxonomy;

import org.livesurvey.LiveSurveyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Syncs the taxonomy once Flyway has migrated the database and the context is up. A failed sync never stops the
 * application: the database keeps the last good data, which the site goes on serving, and the log says why.
 */
@Component
class StartupTaxonomySync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupTaxonomySync.class);

    private final TaxonomySyncService syncService;
    private final LiveSurveyProperties properties;

    StartupTaxonomySync(TaxonomySyncService syncService, LiveSurveyProperties properties) {
        this.syncService = syncService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.syncOnStartup()) {
            log.info("Taxonomy sync at start-up is off (livesurvey.sync-on-startup=false)");
            return;
        }
        try {
            syncService.syncAtStartup();
        } catch (TaxonomyInvalidException e) {
            e.problems().forEach(problem -> log.error("taxonomy: {}", problem));
            log.error("The taxonomy has {} problem(s): nothing was synced, serving the last good data",
                    e.problems().size());
        } catch (RuntimeException e) {
            log.error("The taxonomy sync at start-up failed: serving the last good data", e);
        }
    }
}
