package org.livesurvey.ingest.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.livesurvey.ingest.classify.ClassifierAudit;
import org.livesurvey.ingest.classify.ClassifierEvaluation;
import org.livesurvey.ingest.classify.ClassifierInput;
import org.livesurvey.ingest.classify.Classification;
import org.livesurvey.ingest.classify.TaxonomyClassifier;
import org.livesurvey.ingest.importer.MetadataImport;
import org.livesurvey.ingest.importer.RecordToPaper;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataFormats;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.source.corpus.CorpusMetadataReader;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;

/**
 * {@code classify <file|dir|-> [--explain]}: one JSON object per record on standard output, in input order, saying
 * whether the paper is in the survey's field and where it would be filed. {@code --evaluate} prints the
 * cross-validated figures of the classifier on the taxonomy; {@code --audit} lists filed papers whose branch it
 * strongly disputes. The classifier is trained from the taxonomy each time (seconds).
 */
final class ClassifyCommand implements CliCommand {

    private static final String EXPLAIN = "--explain";
    private static final String EVALUATE = "--evaluate";
    private static final String AUDIT = "--audit";

    private final ObjectMapper json = new ObjectMapper();
    private final InputStream stdin;

    ClassifyCommand() {
        this(System.in);
    }

    ClassifyCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public String usage() {
        return "classify <file|dir|-> [--explain] | --evaluate | --audit  [--taxonomy DIR]   is each paper in the"
                + " field, and where (JSON lines); cross-validated figures; disputed filings";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains(EVALUATE) || args.contains(AUDIT)) {
            Taxonomy taxonomy = taxonomy(taxonomyOption(args));
            if (args.contains(EVALUATE)) {
                out.print(ClassifierEvaluation.run(taxonomy).toText());
            } else {
                printAudit(ClassifierAudit.run(taxonomy), out);
            }
            return 0;
        }
        ImportArguments arguments = ImportArguments.parse(args, Set.of(ImportArguments.TAXONOMY), Set.of(EXPLAIN));
        TaxonomyClassifier classifier = TaxonomyClassifier.train(taxonomy(arguments.taxonomyDir()));
        int failures = 0;
        for (MetadataImport.Input input : MetadataInputs.read(arguments.input(), stdin)) {
            try {
                MetadataBatch batch = read(input);
                batch.problems().forEach(p -> err.println(p));
                failures += batch.problems().size();
                for (MetadataRecord record : batch.records()) {
                    failures += print(record, classifier, arguments.flag(EXPLAIN), out, err);
                }
            } catch (MetadataReadException e) {
                err.println(e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /**
     * Any supported format; a {@code .jsonl} file no format claims is read as JSON lines with at least a
     * {@code title} (the corpus reader's fields), the simplest input a tool can write.
     */
    private static MetadataBatch read(MetadataImport.Input input) {
        try {
            return MetadataFormats.all().read(input.content(), input.name());
        } catch (MetadataReadException e) {
            if (e.kind() == MetadataReadException.Kind.UNKNOWN_FORMAT && input.name().endsWith(".jsonl")) {
                return new CorpusMetadataReader().read(input.content(), input.name());
            }
            throw e;
        }
    }

    private int print(MetadataRecord record, TaxonomyClassifier classifier, boolean explain, PrintStream out,
                      PrintStream err) {
        if (record.title() == null) {
            err.println(record.origin() + ": no title; not classified");
            return 1;
        }
        Classification result = classifier.classify(ClassifierInput.of(record));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", RecordToPaper.idOf(record));
        line.put("arxiv_id", record.arxivId());
        line.put("relevant", result.relevant());
        line.put("relevance", rounded(result.relevance()));
        line.put("categories", result.categories().stream().map(c -> {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("path", c.path());
            category.put("confidence", rounded(c.confidence()));
            return category;
        }).toList());
        if (explain) {
            line.put("because", result.topFeatures());
            line.put("similar", result.nearestPapers());
        }
        try {
            out.println(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values always serialises", e);
        }
        return 0;
    }

    private static void printAudit(List<ClassifierAudit.Dispute> disputes, PrintStream out) {
        for (ClassifierAudit.Dispute d : disputes) {
            var best = d.suggestion().categories().get(0);
            out.printf(Locale.ROOT, "%s  %s%n  filed:     %s (classifier: %.2f)%n  suggested: %s (%.2f)%n"
                            + "  because:   %s%n%n", d.id(), d.title(), String.join(", ", d.filed()),
                    d.filedConfidence(), best.path(), best.confidence(),
                    String.join(", ", d.suggestion().topFeatures()));
        }
        out.printf(Locale.ROOT, "%d filed papers disputed (cross-validated: filed branches < %.1f, another >= %.1f)%n",
                disputes.size(), ClassifierAudit.FILED_AT_MOST, ClassifierAudit.OTHER_AT_LEAST);
    }

    private static Path taxonomyOption(List<String> args) {
        int at = args.indexOf(ImportArguments.TAXONOMY);
        return at >= 0 && at + 1 < args.size() ? Path.of(args.get(at + 1)) : ImportArguments.DEFAULT_TAXONOMY;
    }

    private static Taxonomy taxonomy(Path dir) {
        return new TaxonomyReader().read(dir).taxonomy();
    }

    private static double rounded(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
