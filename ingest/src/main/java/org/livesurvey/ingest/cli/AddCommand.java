package org.livesurvey.ingest.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.livesurvey.ingest.importer.FileChange;
import org.livesurvey.ingest.importer.ImportReport;
import org.livesurvey.ingest.importer.MetadataImport;
import org.livesurvey.ingest.metadata.MetadataFormats;

/**
 * {@code add <file|dir|-> [--taxonomy DIR] [--category PATH] [--dry-run]}: any metadata a contributor has (BibTeX,
 * RIS, arXiv, OpenAlex, Semantic Scholar, CSL-JSON, corpus JSONL) becomes paper files: sniffed, read, matched
 * against the taxonomy, merged or added. Exit status 0 when every record was imported, 1 when some were not.
 */
final class AddCommand implements CliCommand {

    private static final String DRY_RUN = "--dry-run";
    private static final String CATEGORY = "--category";

    private final InputStream stdin;

    AddCommand() {
        this(System.in);
    }

    AddCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "add";
    }

    @Override
    public String usage() {
        return "add <file|dir|-> [--taxonomy DIR] [--category PATH] [--dry-run]   read any metadata format, add or"
                + " merge its papers (--dry-run prints the diff instead)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ImportArguments arguments = ImportArguments.parse(args, Set.of(ImportArguments.TAXONOMY, CATEGORY),
                Set.of(DRY_RUN));
        List<MetadataImport.Input> inputs = MetadataInputs.read(arguments.input(), stdin);
        MetadataImport.Options options = new MetadataImport.Options(arguments.flag(DRY_RUN),
                arguments.text(CATEGORY));
        ImportReport report;
        try {
            report = new MetadataImport(MetadataFormats.all())
                    .run(inputs, arguments.taxonomyDir(), options, progressTo(err, inputs.size()));
        } catch (ExistingTaxonomy.TaxonomyNotImportableException e) {
            return ImportReportPrinter.print(e, err);
        }
        if (options.dryRun()) {
            printDiff(report, out);
        }
        return ImportReportPrinter.print(report, out, err);
    }

    /** One line per input once there are several, so a long import shows that it moves. */
    private static MetadataImport.Progress progressTo(PrintStream err, int total) {
        long start = System.nanoTime();
        AtomicInteger records = new AtomicInteger();
        return (name, format, count, done, all) -> {
            int soFar = records.addAndGet(count);
            if (total > 1 || count >= 10_000) {
                double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
                err.printf(Locale.ROOT, "read %d/%d: %s (%s, %d records); %d records in %.1f s%n",
                        done, all, name, format, count, soFar, seconds);
            }
        };
    }

    private static void printDiff(ImportReport report, PrintStream out) {
        Path cwd = Path.of("").toAbsolutePath();
        for (FileChange change : report.changes()) {
            Path absolute = change.path().toAbsolutePath().normalize();
            String shown = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : change.path().toString();
            out.print(UnifiedDiff.of(shown, change.before(), change.after()));
        }
        out.println("dry run: nothing was written");
    }
}
