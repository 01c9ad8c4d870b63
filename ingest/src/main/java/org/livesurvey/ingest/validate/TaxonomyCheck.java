package org.livesurvey.ingest.validate;

import java.util.List;

import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/** One kind of check that needs more than a single file's schema: references, duplicates, consistency. */
interface TaxonomyCheck {

    List<Problem> check(TaxonomyReading reading);
}
