package org.livesurvey.ingest.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of the import commands: one input file and options of the form {@code --name value}. */
record ImportArguments(Path input, Map<String, Path> options) {

    static final String TAXONOMY = "--taxonomy";
    private static final Path DEFAULT_TAXONOMY = Path.of("taxonomy");

    /** @throws IllegalArgumentException for a missing input, an unknown option or an option without a value */
    static ImportArguments parse(List<String> args, Set<String> allowedOptions) {
        Path input = null;
        Map<String, Path> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (!allowedOptions.contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, Path.of(args.get(++i)));
            } else if (input == null) {
                input = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("the input file is missing");
        }
        return new ImportArguments(input, Map.copyOf(options));
    }

    Path taxonomyDir() {
        return options.getOrDefault(TAXONOMY, DEFAULT_TAXONOMY);
    }

    /** @throws IllegalArgumentException when the option was not given */
    Path required(String option) {
        Path value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException(option + " is required");
        }
        return value;
    }
}
