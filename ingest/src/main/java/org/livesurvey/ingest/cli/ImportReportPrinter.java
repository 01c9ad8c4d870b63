package org.livesurvey.ingest.cli;

import java.io.PrintStream;

import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.livesurvey.ingest.importer.ImportReport;
import org.livesurvey.ingest.taxonomy.Problem;

/** How the import commands report: errors and warnings one per line, then the counts; exit status 1 on errors. */
final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    static int print(ImportReport report, PrintStream out, PrintStream err) {
        report.warnings().forEach(warning -> err.println("warning: " + warning));
        report.conflicts().forEach(conflict -> err.println("conflict: " + conflict));
        report.nearMisses().forEach(miss -> err.println("near miss: " + miss));
        report.errors().forEach(err::println);
        report.entries().forEach(out::println);
        out.println(report.summary());
        return report.errors().isEmpty() ? 0 : 1;
    }

    static int print(ExistingTaxonomy.TaxonomyNotImportableException e, PrintStream err) {
        for (Problem problem : e.problems()) {
            err.println(problem.format());
        }
        err.println(e.getMessage() + "; nothing was imported");
        return 1;
    }
}
