package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** Entry point of the ingest command line: {@code java -jar livesurvey-ingest-cli.jar <command> [args]}. */
public final class IngestCli {

    static final int USAGE_ERROR = 2;

    private final List<CliCommand> commands;

    IngestCli(List<CliCommand> commands) {
        this.commands = List.copyOf(commands);
    }

    static IngestCli withAllCommands() {
        return new IngestCli(List.of(
                new SyncCommand(),
                new ValidateCommand(),
                new AddCommand(),
                new MergeCommand(),
                new ClassifyCommand(),
                new ImportCorpusCommand(),
                new ImportAbstractsCommand(),
                new RenderListCommand(),
                new HarvestCommand()
        ));
    }

    public static void main(String[] args) {
        System.exit(withAllCommands().run(List.of(args), System.out, System.err));
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<CliCommand> command = args.isEmpty() ? Optional.empty() : find(args.get(0));
        if (command.isEmpty()) {
            printUsage(err);
            return USAGE_ERROR;
        }
        try {
            return command.get().run(args.subList(1, args.size()), out, err);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + command.get().usage());
            return USAGE_ERROR;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private Optional<CliCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private void printUsage(PrintStream err) {
        err.println("usage: livesurvey-ingest <command> [arguments]");
        commands.forEach(c -> err.println("  " + c.usage()));
    }
}
