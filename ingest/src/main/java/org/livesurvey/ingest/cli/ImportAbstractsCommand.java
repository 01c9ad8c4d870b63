package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.livesurvey.ingest.importer.AbstractListImport;
import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.livesurvey.ingest.importer.InvalidInputException;

/**
 * {@code import-abstracts <abstracts.txt> --metadata <file.yaml> [--taxonomy DIR]}: pairs an "Abstract:" list with
 * curated metadata in the same order and adds or updates those papers.
 */
public final class ImportAbstractsCommand implements CliCommand {

    static final String METADATA = "--metadata";

    @Override
    public String name() {
        return "import-abstracts";
    }

    @Override
    public String usage() {
        return "import-abstracts <abstracts.txt> --metadata <file.yaml> [--taxonomy DIR]   add papers from an"
                + " abstract list and their metadata (paired in order)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ImportArguments arguments = ImportArguments.parse(args, Set.of(ImportArguments.TAXONOMY, METADATA));
        Path metadata = arguments.required(METADATA);
        if (!Files.isRegularFile(arguments.input())) {
            throw new IllegalArgumentException("no abstract list at " + arguments.input());
        }
        if (!Files.isRegularFile(metadata)) {
            throw new IllegalArgumentException("no metadata file at " + metadata);
        }
        try {
            return ImportReportPrinter.print(
                    new AbstractListImport().run(arguments.input(), metadata, arguments.taxonomyDir()), out, err);
        } catch (ExistingTaxonomy.TaxonomyNotImportableException e) {
            return ImportReportPrinter.print(e, err);
        } catch (InvalidInputException e) {
            err.println("error: " + e.getMessage() + "; nothing was imported");
            return 1;
        }
    }
}
