package org.livesurvey.ingest.validate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * Validates a whole taxonomy directory and reports every problem at once: each file against its schema (done while
 * reading), then the checks that span files. A validator compiles its schemas once; reuse it.
 */
public final class TaxonomyValidator {

    private final TaxonomyReader reader;
    private final List<TaxonomyCheck> checks;

    public TaxonomyValidator() {
        this(new TaxonomyReader(), Clock.systemUTC());
    }

    /** @param clock decides which dates lie in the future */
    public TaxonomyValidator(TaxonomyReader reader, Clock clock) {
        this.reader = reader;
        this.checks = List.of(
                new CategoryTreeCheck(),
                new PaperConsistencyCheck(clock),
                new CategoryReferenceCheck(),
                new DuplicatePaperCheck(),
                new SimilarPaperCheck(),
                new LinkedArxivCheck(),
                new FormerIdCheck(),
                new ReproductionReferenceCheck(),
                new ExperimentReferenceCheck());
    }

    /** @throws IllegalArgumentException when {@code taxonomyDir} is not a directory */
    public ValidationReport validate(Path taxonomyDir) {
        TaxonomyReading reading = reader.read(taxonomyDir);
        List<Problem> problems = new ArrayList<>(reading.problems());
        for (TaxonomyCheck check : checks) {
            problems.addAll(check.check(reading));
        }
        return new ValidationReport(reading.taxonomy(), problems, reading.paperFileIds().size(),
                reading.taxonomy().categoriesByPath().size(), reading.reproductionFiles());
    }
}
