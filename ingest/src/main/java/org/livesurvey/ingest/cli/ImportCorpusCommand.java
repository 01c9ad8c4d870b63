package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.livesurvey.ingest.importer.CorpusImport;
import org.livesurvey.ingest.importer.ExistingTaxonomy;

/** {@code import-corpus <papers.jsonl> [--taxonomy DIR]}: adds the corpus records to the taxonomy, merging duplicates. */
public final class ImportCorpusCommand implements CliCommand {

    @Override
    public String name() {
        return "import-corpus";
    }

    @Override
    public String usage() {
        return "import-corpus <papers.jsonl> [--taxonomy DIR]   add corpus records as paper files, merging duplicates"
                + " (default dir: taxonomy)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ImportArguments arguments = ImportArguments.parse(args, Set.of(ImportArguments.TAXONOMY));
        if (!Files.isRegularFile(arguments.input())) {
            throw new IllegalArgumentException("no corpus file at " + arguments.input());
        }
        try {
            return ImportReportPrinter.print(new CorpusImport().run(arguments.input(), arguments.taxonomyDir()), out, err);
        } catch (ExistingTaxonomy.TaxonomyNotImportableException e) {
            return ImportReportPrinter.print(e, err);
        }
    }
}
