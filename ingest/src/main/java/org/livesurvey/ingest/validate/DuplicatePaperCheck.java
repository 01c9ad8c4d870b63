package org.livesurvey.ingest.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.TitleNormalizer;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * Two files must not describe one paper: same id, arXiv id, DOI (case-insensitive) or normalised title. The later
 * file (in file order) is reported, once per earlier file it duplicates, at the line of the first key they share.
 */
final class DuplicatePaperCheck implements TaxonomyCheck {

    /** One way of recognising a paper: the value to compare, the field it comes from, and how to name it. */
    private record Key(String kind, String value, String shown, String pointer) {
    }

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Located<Paper>> firstByKey = new HashMap<>();
        for (Located<Paper> paper : reading.papers()) {
            Set<Path> reported = new LinkedHashSet<>();
            for (Key key : keysOf(paper.value())) {
                String lookup = key.kind() + ":" + key.value();
                Located<Paper> first = firstByKey.putIfAbsent(lookup, paper);
                if (first != null && !reported.contains(first.file()) && !isSameTitleOfDistinctArxivPapers(key,
                        first.value(), paper.value())) {
                    reported.add(first.file());
                    problems.add(paper.problemAt(key.pointer(), "duplicate of "
                            + shownPath(reading.directory(), first.file()) + ": same " + key.shown()));
                }
            }
        }
        return problems;
    }

    private static List<Key> keysOf(Paper paper) {
        List<Key> keys = new ArrayList<>();
        keys.add(new Key("id", paper.id(), "id " + paper.id(), "/id"));
        String arxiv = arxivOf(paper);
        if (arxiv != null) {
            String pointer = paper.identifiers().arxiv() != null ? "/identifiers/arxiv" : "/id";
            keys.add(new Key("arxiv", arxiv.toLowerCase(Locale.ROOT), "arXiv id " + arxiv, pointer));
        }
        String doi = paper.identifiers().doi();
        if (doi != null) {
            keys.add(new Key("doi", doi.toLowerCase(Locale.ROOT), "DOI " + doi, "/identifiers/doi"));
        }
        String title = TitleNormalizer.normalizeTitle(paper.title());
        if (!title.isEmpty()) {
            keys.add(new Key("title", title, "title (normalised: '" + title + "')", "/title"));
        }
        return keys;
    }

    /** The arXiv id in paper-id form: from the identifiers, or the id itself when it is an arXiv id. */
    private static String arxivOf(Paper paper) {
        if (paper.identifiers().arxiv() != null) {
            return ArxivIds.toPaperId(paper.identifiers().arxiv());
        }
        return ArxivIds.isArxivPaperId(paper.id()) ? paper.id() : null;
    }

    /**
     * Two arXiv submissions with different ids are different papers even when their titles read the same (two
     * surveys both called "Reasoning with Large Language Models, a Survey" exist); a title match counts only when
     * at least one side has no arXiv id.
     */
    private static boolean isSameTitleOfDistinctArxivPapers(Key key, Paper first, Paper later) {
        if (!"title".equals(key.kind())) {
            return false;
        }
        String firstArxiv = arxivOf(first);
        String laterArxiv = arxivOf(later);
        return firstArxiv != null && laterArxiv != null && !firstArxiv.equalsIgnoreCase(laterArxiv);
    }

    private static String shownPath(Path directory, Path file) {
        Path absoluteDirectory = directory.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path shown = absoluteFile.startsWith(absoluteDirectory) ? absoluteDirectory.relativize(absoluteFile) : file;
        return shown.toString().replace('\\', '/');
    }
}
