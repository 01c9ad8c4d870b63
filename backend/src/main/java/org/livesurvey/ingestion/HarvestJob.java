package org.livesurvey.ingestion;

import java.time.LocalDate;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One harvest of every configured set: each set's window is harvested page by page into proposals. A failure is one
 * line in the log and one in the run's row, which the admin page shows; the next run resumes where the failed one
 * stopped. A failing set does not keep the others from being harvested.
 */
@Component
class HarvestJob {

    private static final Logger log = LoggerFactory.getLogger(HarvestJob.class);

    private final HarvestProperties settings;
    private final LiveSurveyProperties application;
    private final RecordHarvester harvester;
    private final ProposalPipeline pipeline;
    private final HarvestRuns runs;

    HarvestJob(HarvestProperties settings, LiveSurveyProperties application, RecordHarvester harvester,
               ProposalPipeline pipeline, HarvestRuns runs) {
        this.settings = settings;
        this.application = application;
        this.harvester = harvester;
        this.pipeline = pipeline;
        this.runs = runs;
    }

    /** @param triggeredBy {@code schedule} or {@code maintainer} */
    void harvestAll(String triggeredBy) {
        for (String set : settings.sets()) {
            harvest(set, triggeredBy);
        }
    }

    private void harvest(String set, String triggeredBy) {
        String source = settings.sourceOf(set);
        HarvestWindow window = runs.nextWindow(source, LocalDate.now(settings.zone()),
                settings.firstRunDays());
        long runId = runs.start(source, triggeredBy, window);
        try {
            ProposalPipeline.RunContext run = new ProposalPipeline.RunContext(runId, source,
                    FiledPapers.read(application.taxonomyDir()));
            HarvestResult result = harvester.harvest(new HarvestRequest(set, settings.metadataPrefix(),
                    window.from(), window.until(), window.checkpoint()), page -> pipeline.propose(run, page));
            if (result.complete()) {
                runs.succeed(runId);
                log.info("Harvest of {} from {} to {}: {} page(s), {} record(s)", source, window.from(),
                        window.until(), result.pages(), result.records());
            } else {
                failed(runId, source, window, "incomplete",
                        "The source stopped answering before its last page; the next run goes on from there.");
            }
        } catch (HarvestFailedException e) {
            failed(runId, source, window, e.kind().key(), e.getMessage());
        } catch (ExistingTaxonomy.TaxonomyNotImportableException e) {
            failed(runId, source, window, "taxonomy-invalid", "The taxonomy has " + e.problems().size()
                    + " problem(s), the first: " + e.problems().get(0).format()
                    + ". Fix them (./livesurvey validate); the next run harvests again.");
        } catch (RuntimeException e) {
            log.error("Harvest of {} stopped by an unexpected error", source, e);
            runs.fail(runId, "internal", "An unexpected error stopped the harvest (" + e.getClass().getSimpleName()
                    + "); the log has the details. The next run resumes from the last page stored.");
        }
    }

    /** One line, no stack trace: an offline machine says so once a run, and the admin page shows the same line. */
    private void failed(long runId, String source, HarvestWindow window, String kind, String message) {
        runs.fail(runId, kind, message);
        log.warn("Harvest of {} from {} to {} failed ({}): {} Retried at the next run.", source, window.from(),
                window.until(), kind, message);
    }
}
