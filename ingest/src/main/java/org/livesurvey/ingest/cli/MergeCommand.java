package org.livesurvey.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.livesurvey.ingest.importer.PaperMerger;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;

/**
 * {@code merge <duplicate-id> <kept-id> [--taxonomy DIR]}: folds a duplicate file into the paper it duplicates (what
 * the validator and {@code add} suggest for near-identical titles); the duplicate's id stays findable as a former id.
 */
final class MergeCommand implements CliCommand {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String usage() {
        return "merge <duplicate-id> <kept-id> [--taxonomy DIR]   fold a duplicate paper file into the one kept";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2) {
            throw new IllegalArgumentException("two paper ids are needed");
        }
        String duplicateId = args.get(0);
        String keptId = args.get(1);
        // the kept id stands where the other import commands take their input
        ImportArguments options = ImportArguments.parse(args.subList(1, args.size()), Set.of(ImportArguments.TAXONOMY));
        Path taxonomyDir = options.taxonomyDir();
        ExistingTaxonomy taxonomy;
        try {
            taxonomy = ExistingTaxonomy.read(taxonomyDir);
        } catch (ExistingTaxonomy.TaxonomyNotImportableException e) {
            return ImportReportPrinter.print(e, err);
        }
        Map<String, Paper> byId = taxonomy.papers().stream().collect(Collectors.toMap(Paper::id, Function.identity()));
        Paper duplicate = byId.get(duplicateId);
        Paper kept = byId.get(keptId);
        if (duplicate == null || kept == null || duplicateId.equals(keptId)) {
            throw new IllegalArgumentException("need two different papers of " + taxonomyDir + "/papers; unknown: "
                    + (duplicate == null ? duplicateId : keptId));
        }
        new PaperFileWriter().write(taxonomyDir, PaperMerger.absorb(kept, duplicate));
        try {
            Files.delete(PaperFileWriter.fileOf(taxonomyDir, duplicateId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the file of " + duplicateId, e);
        }
        out.println("merged " + duplicateId + " into " + keptId + " (" + duplicateId + " is now a former id of "
                + keptId + ")");
        return 0;
    }
}
