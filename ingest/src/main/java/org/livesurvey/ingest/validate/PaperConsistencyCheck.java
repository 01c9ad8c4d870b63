package org.livesurvey.ingest.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.taxonomy.JsonPointers;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/** What must hold within one paper file beyond its schema: its name, its ids, its dates and its claims. */
final class PaperConsistencyCheck implements TaxonomyCheck {

    private final Clock clock;

    PaperConsistencyCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        List<Problem> problems = new ArrayList<>();
        // a paper dated today in one time zone is dated tomorrow in another: allow one day
        LocalDate lastPossibleDay = LocalDate.now(clock).plusDays(1);
        for (Located<Paper> paper : reading.papers()) {
            checkFileName(paper, problems);
            checkArxivIdentifier(paper, problems);
            checkDates(paper, lastPossibleDay, problems);
            checkClaims(paper, problems);
        }
        return problems;
    }

    private static void checkFileName(Located<Paper> paper, List<Problem> problems) {
        String nameId = TaxonomyReader.idOf(paper.file());
        String id = paper.value().id();
        if (!nameId.equals(id)) {
            problems.add(paper.problemAt("/id", "id: '" + id + "' differs from the file name "
                    + paper.file().getFileName() + " (the file must be named " + id + ".yaml)"));
        }
    }

    private static void checkArxivIdentifier(Located<Paper> paper, List<Problem> problems) {
        String id = paper.value().id();
        String arxiv = paper.value().identifiers().arxiv();
        if (arxiv != null && ArxivIds.isArxivPaperId(id) && !ArxivIds.toPaperId(arxiv).equals(id)) {
            problems.add(paper.problemAt("/identifiers/arxiv",
                    "identifiers.arxiv: '" + arxiv + "' does not match the id '" + id + "'"));
        }
    }

    private static void checkDates(Located<Paper> located, LocalDate lastPossibleDay, List<Problem> problems) {
        Paper paper = located.value();
        for (String field : List.of("published", "updated")) {
            PartialDate date = "published".equals(field) ? paper.published() : paper.updated();
            if (date != null && date.earliest().isAfter(lastPossibleDay)) {
                problems.add(located.problemAt("/" + field, field + ": " + date + " is in the future"));
            }
        }
        if (paper.published() != null && paper.updated() != null
                && latest(paper.updated()).isBefore(paper.published().earliest())) {
            problems.add(located.problemAt("/updated", "updated: " + paper.updated()
                    + " is before published " + paper.published()));
        }
    }

    /** The last day a partial date can stand for: {@code 2025-04} may mean April 30th. */
    private static LocalDate latest(PartialDate date) {
        if (date.month() == null) {
            return LocalDate.of(date.year(), 12, 31);
        }
        return date.day() == null ? YearMonth.of(date.year(), date.month()).atEndOfMonth() : date.earliest();
    }

    private static void checkClaims(Located<Paper> paper, List<Problem> problems) {
        Map<String, String> firstPointerOfId = new HashMap<>();
        List<Claim> claims = paper.value().claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            String claimPointer = JsonPointers.child("/claims", i);
            String idPointer = JsonPointers.child(claimPointer, "id");
            String first = firstPointerOfId.putIfAbsent(claim.id(), idPointer);
            if (first != null) {
                problems.add(paper.problemAt(idPointer, JsonPointers.display(idPointer) + ": '" + claim.id()
                        + "' repeats " + JsonPointers.display(first) + " (claim ids are unique in a paper)"));
            }
            if (claim.min() != null && claim.max() != null && claim.min() > claim.max()) {
                String minPointer = JsonPointers.child(claimPointer, "min");
                problems.add(paper.problemAt(minPointer, JsonPointers.display(claimPointer) + ": min "
                        + shown(paper, minPointer) + " is greater than max "
                        + shown(paper, JsonPointers.child(claimPointer, "max"))));
            }
        }
    }

    // the number as written in the file (84 rather than 84.0)
    private static String shown(Located<Paper> paper, String pointer) {
        return paper.document().root().at(pointer).toString();
    }
}
