package org.livesurvey.ingest.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;

/**
 * Adds incoming papers to a taxonomy directory: each one either merges into the paper it duplicates (the same arXiv
 * id, DOI or normalised title, among the existing papers and those of the same import) or becomes a new file. Only
 * files whose content changes are written, so running the same import twice writes nothing the second time.
 */
public final class PaperImporter {

    private final PaperFileWriter writer;

    public PaperImporter(PaperFileWriter writer) {
        this.writer = writer;
    }

    /**
     * @param existing            the papers already in {@code taxonomyDir/papers}
     * @param policyForExisting   how incoming data meets an existing file; duplicates within the input
     *                            are always {@link MergePolicy#COMBINE combined}
     */
    public ImportReport importPapers(Path taxonomyDir, List<Paper> existing, List<IncomingPaper> incoming,
                                     MergePolicy policyForExisting) {
        PaperIndex index = new PaperIndex();
        Map<String, Paper> originals = new LinkedHashMap<>();
        for (Paper paper : existing) {
            if (originals.putIfAbsent(paper.id(), paper) == null) {
                index.put(paper);
            }
        }
        Set<String> created = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (IncomingPaper paper : withArxivIdsFirst(incoming)) {
            targets.add(place(paper, index, created, policyForExisting, warnings));
        }
        List<Path> written = writeChanged(taxonomyDir, index, originals, created);
        return count(targets, index, originals, warnings, written);
    }

    /**
     * Papers with an arXiv id go first, so that when a listing without one matches a paper by title, the paper is
     * already there under its arXiv id rather than under a title slug.
     */
    private static List<IncomingPaper> withArxivIdsFirst(List<IncomingPaper> incoming) {
        return incoming.stream()
                .sorted(Comparator.comparing((IncomingPaper p) -> p.paper().identifiers().arxiv() == null))
                .toList();
    }

    private static Target place(IncomingPaper incoming, PaperIndex index, Set<String> created,
                                MergePolicy policyForExisting, List<String> warnings) {
        Paper paper = incoming.paper();
        var match = index.find(incoming);
        if (match.isPresent()) {
            String id = match.get().id();
            Paper current = index.get(id);
            warnIfArxivIdsDiffer(incoming, current, match.get(), warnings);
            MergePolicy policy = created.contains(id) ? MergePolicy.COMBINE : policyForExisting;
            index.put(PaperMerger.merge(current, paper, policy));
            return new Target(id, false);
        }
        String id = unusedId(paper.id(), index);
        index.put(id.equals(paper.id()) ? paper : withId(paper, id));
        created.add(id);
        return new Target(id, true);
    }

    private static void warnIfArxivIdsDiffer(IncomingPaper incoming, Paper current, PaperIndex.Match match,
                                             List<String> warnings) {
        String incomingArxiv = incoming.paper().identifiers().arxiv();
        String currentArxiv = current.identifiers().arxiv();
        if (incomingArxiv != null && currentArxiv != null && !incomingArxiv.equals(currentArxiv)) {
            warnings.add(incoming.origin() + ": same " + match.by() + " as " + current.id() + " but arXiv "
                    + incomingArxiv + " instead of " + currentArxiv + "; merged into " + current.id());
        }
    }

    /** Two different titles can share a slug (after cutting it short); the later one gets a number. */
    private static String unusedId(String id, PaperIndex index) {
        if (!index.containsId(id)) {
            return id;
        }
        int n = 2;
        while (index.containsId(id + "-" + n)) {
            n++;
        }
        return id + "-" + n;
    }

    private static Paper withId(Paper paper, String id) {
        return new Paper(id, paper.title(), paper.authors(), paper.published(), paper.updated(), paper.venue(),
                paper.identifiers(), paper.links(), paper.abstractText(), paper.categories(), paper.tags(),
                paper.contribution(), paper.modality(), paper.training(), paper.claims(), paper.sources());
    }

    private List<Path> writeChanged(Path taxonomyDir, PaperIndex index, Map<String, Paper> originals,
                                    Set<String> created) {
        List<Path> written = new ArrayList<>();
        for (String id : new TreeSet<>(touched(index, originals, created))) {
            written.add(writer.write(taxonomyDir, index.get(id)));
        }
        return written;
    }

    private static Set<String> touched(PaperIndex index, Map<String, Paper> originals, Set<String> created) {
        Set<String> changed = new HashSet<>(created);
        for (Paper paper : index.papers()) {
            Paper original = originals.get(paper.id());
            if (original != null && !original.equals(paper)) {
                changed.add(paper.id());
            }
        }
        return changed;
    }

    private static ImportReport count(List<Target> targets, PaperIndex index, Map<String, Paper> originals,
                                      List<String> warnings, List<Path> written) {
        int added = 0;
        int merged = 0;
        int unchanged = 0;
        for (Target target : targets) {
            Paper original = originals.get(target.id());
            if (target.created()) {
                added++;
            } else if (original == null || !Objects.equals(original, index.get(target.id()))) {
                merged++;
            } else {
                unchanged++;
            }
        }
        return new ImportReport(added, merged, unchanged, List.of(), warnings, written);
    }

    /** The paper an incoming entry ended up in, and whether the entry created it. */
    private record Target(String id, boolean created) {
    }
}
