package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.validate.TaxonomyValidator;
import org.livesurvey.ingest.validate.ValidationReport;

/**
 * {@code validate [taxonomy-dir]}: prints every problem as {@code path:line: message} on stdout (paths relative to
 * the current directory, as editors and CI annotations expect) and a summary on stderr; exits 1 on any problem.
 */
final class ValidateCommand implements CliCommand {

    private static final String DEFAULT_DIRECTORY = "taxonomy";

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate [taxonomy-dir]   check every taxonomy file (default: taxonomy); print each problem as path:line: message";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            throw new IllegalArgumentException("expected at most one argument, the taxonomy directory");
        }
        Path directory = Path.of(args.isEmpty() ? DEFAULT_DIRECTORY : args.get(0));
        ValidationReport report = new TaxonomyValidator().validate(directory);
        Path base = Path.of("");
        for (Problem problem : report.problems()) {
            out.println(problem.format(base));
        }
        err.println(report.summary());
        return report.isValid() ? 0 : 1;
    }
}
