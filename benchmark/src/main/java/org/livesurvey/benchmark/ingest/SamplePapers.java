package org.livesurvey.benchmark.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The records of the sample files: the real papers in turn, each time under a new arXiv id, dates and version drawn
 * from a fixed seed, and about three in ten with a venue (and, for some venues, a DOI). A real paper without
 * categories borrows those of another, since arXiv gives every paper at least one. The same seed and count give the
 * same records.
 */
final class SamplePapers {

    static final long DEFAULT_SEED = 20_260_209L;

    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 12;

    private SamplePapers() {
    }

    static List<SamplePaper> generate(List<RealPaper> real, int count, long seed) {
        Random random = new Random(seed);
        List<List<String>> categoryLists = real.stream().map(RealPaper::categories).filter(c -> !c.isEmpty())
                .toList();
        if (categoryLists.isEmpty()) {
            categoryLists = List.of(List.of("cs.CL"));
        }
        List<SamplePaper> papers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RealPaper paper = real.get(i % real.size());
            papers.add(sample(i + 1, paper, random, categoryLists));
        }
        return papers;
    }

    private static SamplePaper sample(int number, RealPaper paper, Random random, List<List<String>> categoryLists) {
        LocalDate published = LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String arxivId = String.format(Locale.ROOT, "%02d%02d.%05d", published.getYear() % 100,
                published.getMonthValue(), number % 100_000);
        int version = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(3);
        LocalDate updated = version == 1 ? published : published.plusDays(7 + random.nextInt(200));
        List<String> categories = paper.categories().isEmpty()
                ? categoryLists.get(random.nextInt(categoryLists.size())) : paper.categories();
        Venue venue = random.nextInt(10) < 3 ? Venue.COMMON.get(random.nextInt(Venue.COMMON.size())) : null;
        String doi = venue == null || venue.doiPrefix() == null ? null
                : String.format(Locale.ROOT, "%s/%d.%s-main.%d", venue.doiPrefix(), updated.getYear(), venue.macro(),
                        1 + random.nextInt(1_500));
        return new SamplePaper(number, arxivId, version, published, updated, paper.title(), paper.authors(),
                paper.authorsTruncated(), paper.abstractText(), categories, paper.comment(), venue, doi);
    }
}
