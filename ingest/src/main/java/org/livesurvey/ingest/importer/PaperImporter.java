package org.livesurvey.ingest.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.livesurvey.ingest.model.Source;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;

/**
 * Adds incoming papers to a taxonomy directory: each one either merges into the paper it duplicates (the same arXiv
 * id, DOI, normalised or similar title, among the existing papers and those of the same import) or becomes a new
 * file. Only files whose content changes are written, so running the same import twice writes nothing the second
 * time. A paper known only by a title slug that gains an arXiv id moves to its arXiv-id file, the slug kept in
 * {@code former_ids}.
 */
public final class PaperImporter {

    private final PaperFileWriter writer;
    private final boolean dryRun;

    public PaperImporter(PaperFileWriter writer) {
        this(writer, false);
    }

    /** @param dryRun plan the changes and report them, write nothing */
    public PaperImporter(PaperFileWriter writer, boolean dryRun) {
        this.writer = writer;
        this.dryRun = dryRun;
    }

    /**
     * @param existing          the papers already in {@code taxonomyDir/papers}
     * @param policyForExisting how incoming data meets an existing file; duplicates within the input
     *                          are always {@link MergePolicy#COMBINE combined}
     */
    public ImportReport importPapers(Path taxonomyDir, List<Paper> existing, List<IncomingPaper> incoming,
                                     MergePolicy policyForExisting) {
        Run run = new Run(existing, policyForExisting);
        for (IncomingPaper paper : withArxivIdsFirst(incoming)) {
            run.place(paper);
        }
        List<FileChange> changes = run.changes(taxonomyDir, writer);
        if (!dryRun) {
            apply(taxonomyDir, changes, run);
        }
        return run.report(changes);
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

    private void apply(Path taxonomyDir, List<FileChange> changes, Run run) {
        for (FileChange change : changes) {
            if (change.after() != null) {
                writer.write(taxonomyDir, run.index.get(idOf(change.path())));
            } else {
                try {
                    Files.deleteIfExists(change.path());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + change.path(), e);
                }
            }
        }
    }

    private static String idOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    /** The state of one import: the index of all papers, what each entry did, and what was reported. */
    private static final class Run {

        private final PaperIndex index = new PaperIndex();
        private final Map<String, Paper> originals = new LinkedHashMap<>();
        private final MergePolicy policyForExisting;
        private final Set<String> created = new HashSet<>();
        private final Map<String, String> renamedFrom = new LinkedHashMap<>();
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();
        private final List<String> nearMisses = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();

        Run(List<Paper> existing, MergePolicy policyForExisting) {
            this.policyForExisting = policyForExisting;
            for (Paper paper : existing) {
                if (originals.putIfAbsent(paper.id(), paper) == null) {
                    index.put(paper);
                }
            }
        }

        void place(IncomingPaper incoming) {
            var match = index.find(incoming);
            if (match.isPresent() && contradicted(incoming, match.get())) {
                return;
            }
            if (match.isPresent()) {
                merge(incoming, match.get());
            } else {
                create(incoming);
            }
        }

        /** An id that names a paper with an unrelated title: a wrong link in the input, or in the taxonomy. */
        private boolean contradicted(IncomingPaper incoming, PaperIndex.Match match) {
            Paper current = index.get(match.id());
            String title = incoming.paper().title();
            boolean byIdentifier = match.by().equals("arXiv id") || match.by().equals("DOI");
            boolean sameName = Objects.equals(TitleSimilarity.nameOf(title), TitleSimilarity.nameOf(current.title()))
                    && TitleSimilarity.nameOf(title) != null;
            if (byIdentifier && TitleSimilarity.of(title, current.title()) < TitleSimilarity.UNRELATED && !sameName) {
                conflicts.add(incoming.origin() + ": same " + match.by() + " as " + current.id() + " ('"
                        + current.title() + "') but titled '" + title + "'; not merged");
                targets.add(new Target(current.id(), false, incoming.origin()));
                return true;
            }
            return false;
        }

        private void merge(IncomingPaper incoming, PaperIndex.Match match) {
            String id = match.id();
            Paper current = index.get(id);
            warnIfArxivIdsDiffer(incoming, current, match);
            MergePolicy policy = created.contains(id) ? MergePolicy.COMBINE : policyForExisting;
            PaperMerger.Outcome outcome = PaperMerger.mergeReporting(current, incoming.paper(), policy);
            if (incoming.provenance() != null) {
                // curated lists disagree on title forms all the time; a metadata source's disagreement is news
                outcome.conflicts().forEach(c -> conflicts.add(incoming.origin() + ": " + id + ": " + c
                        + "; kept the file's"));
            }
            Paper merged = credited(outcome.paper(), incoming.provenance(), outcome.filled());
            index.put(merged);
            targets.add(new Target(moveToArxivId(merged), false, incoming.origin()));
        }

        private void create(IncomingPaper incoming) {
            Paper paper = incoming.paper();
            if (paper.categories().isEmpty()) {
                errors.add(incoming.origin() + ": no category could be suggested for '" + paper.title()
                        + "'; not added (name one with --category PATH, or add the file by hand)");
                return;
            }
            index.nearMisses(incoming).forEach(miss -> nearMisses.add(incoming.origin() + ": '" + paper.title()
                    + "' may be " + miss.id() + " ('" + miss.title() + "'): " + miss.why()
                    + "; added as a new paper (merge by hand, or add distinct_from)"));
            String id = unusedId(paper.id());
            Paper placed = credited(id.equals(paper.id()) ? paper : paper.withId(id),
                    incoming.provenance(), PaperFields.present(paper));
            index.put(placed);
            created.add(id);
            targets.add(new Target(id, true, incoming.origin()));
        }

        /** The provenance source with the fields it filled, merged into an entry for the same source if any. */
        private static Paper credited(Paper paper, String provenance, List<String> filled) {
            if (provenance == null || filled.isEmpty()) {
                return paper;
            }
            List<Source> sources = new ArrayList<>();
            Set<String> fields = new java.util.LinkedHashSet<>();
            for (Source source : paper.sources()) {
                if (source.list().equals(provenance) && source.section() == null) {
                    fields.addAll(source.fields());
                } else {
                    sources.add(source);
                }
            }
            fields.addAll(filled);
            sources.add(new Source(provenance, null, List.copyOf(fields)));
            return paper.withSources(sources);
        }

        /** A slug paper that now has an arXiv id takes the arXiv id's file name, unless another paper has it. */
        private String moveToArxivId(Paper paper) {
            String arxiv = paper.identifiers().arxiv();
            if (arxiv == null || PaperIds.normalizeArxivId(paper.id()) != null || paper.id().matches(".*-\\d{7}")) {
                return paper.id();
            }
            String arxivId = PaperIds.fromArxiv(arxiv);
            if (index.containsId(arxivId)) {
                return paper.id();
            }
            Paper moved = ArxivLinks.of(paper.renamedTo(arxivId), arxiv, warnings);
            index.rename(paper.id(), moved);
            renamedFrom.put(arxivId, renamedFrom.getOrDefault(paper.id(), paper.id()));
            if (created.remove(paper.id())) {
                created.add(arxivId);
            }
            return arxivId;
        }

        private void warnIfArxivIdsDiffer(IncomingPaper incoming, Paper current, PaperIndex.Match match) {
            String incomingArxiv = incoming.paper().identifiers().arxiv();
            String currentArxiv = current.identifiers().arxiv();
            if (incomingArxiv != null && currentArxiv != null && !incomingArxiv.equals(currentArxiv)) {
                warnings.add(incoming.origin() + ": same " + match.by() + " as " + current.id() + " but arXiv "
                        + incomingArxiv + " instead of " + currentArxiv + "; merged into " + current.id());
            }
        }

        /** Two different titles can share a slug (after cutting it short); the later one gets a number. */
        private String unusedId(String id) {
            if (!index.containsId(id)) {
                return id;
            }
            int n = 2;
            while (index.containsId(id + "-" + n)) {
                n++;
            }
            return id + "-" + n;
        }

        List<FileChange> changes(Path taxonomyDir, PaperFileWriter writer) {
            List<FileChange> changes = new ArrayList<>();
            for (String id : new TreeSet<>(touched())) {
                Paper original = originals.get(id);
                String before = original == null ? null : writer.toYaml(original);
                changes.add(new FileChange(PaperFileWriter.fileOf(taxonomyDir, id), before, writer.toYaml(index.get(id))));
                String oldId = renamedFrom.get(id);
                if (oldId != null && originals.containsKey(oldId)) {
                    changes.add(new FileChange(PaperFileWriter.fileOf(taxonomyDir, oldId),
                            writer.toYaml(originals.get(oldId)), null));
                }
            }
            return changes;
        }

        private Set<String> touched() {
            Set<String> changed = new HashSet<>(created);
            changed.addAll(renamedFrom.keySet());
            for (Paper paper : index.papers()) {
                Paper original = originals.get(paper.id());
                if (original != null && !original.equals(paper)) {
                    changed.add(paper.id());
                }
            }
            return changed;
        }

        ImportReport report(List<FileChange> changes) {
            int added = 0;
            int merged = 0;
            int unchanged = 0;
            List<String> entries = new ArrayList<>();
            for (Target target : targets) {
                Paper original = originals.get(target.id());
                String now = index.get(target.id()).id();
                if (target.created()) {
                    added++;
                    entries.add(target.origin() + ": added " + now);
                } else if (original == null || !Objects.equals(original, index.get(target.id()))) {
                    merged++;
                    entries.add(target.origin() + ": merged into " + now);
                } else {
                    unchanged++;
                }
            }
            return new ImportReport(added, merged, unchanged, entries, errors, warnings, conflicts, nearMisses,
                    changes);
        }
    }

    /** The paper an incoming entry ended up in, whether the entry created it, and where the entry came from. */
    private record Target(String id, boolean created, String origin) {
    }
}
