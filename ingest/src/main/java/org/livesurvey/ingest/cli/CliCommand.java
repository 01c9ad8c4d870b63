package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the {@code livesurvey-ingest} command line. */
public interface CliCommand {

    /** The word that selects the command, e.g. {@code validate}. */
    String name();

    /** One line: arguments and what the command does. */
    String usage();

    /** Runs the command; the result is the process exit status (0 = success). */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
