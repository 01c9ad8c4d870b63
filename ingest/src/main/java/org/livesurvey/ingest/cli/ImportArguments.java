package org.livesurvey.ingest.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of the import commands: one input, options of the form {@code --name value} and flags of the form
 * {@code --name}.
 */
record ImportArguments(Path input, Map<String, String> options, Set<String> flags) {

    static final String TAXONOMY = "--taxonomy";
    static final Path DEFAULT_TAXONOMY = Path.of("taxonomy");

    /** @throws IllegalArgumentException for a missing input, an unknown option or an option without a value */
    static ImportArguments parse(List<String> args, Set<String> allowedOptions) {
        return parse(args, allowedOptions, Set.of());
    }

    static ImportArguments parse(List<String> args, Set<String> allowedOptions, Set<String> allowedFlags) {
        Path input = null;
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (allowedFlags.contains(arg)) {
                flags.add(arg);
            } else if (arg.startsWith("--")) {
                if (!allowedOptions.contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, args.get(++i));
            } else if (input == null) {
                input = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("the input file is missing");
        }
        return new ImportArguments(input, Map.copyOf(options), Set.copyOf(flags));
    }

    Path taxonomyDir() {
        String dir = options.get(TAXONOMY);
        return dir == null ? DEFAULT_TAXONOMY : Path.of(dir);
    }

    /** @throws IllegalArgumentException when the option was not given */
    Path required(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException(option + " is required");
        }
        return Path.of(value);
    }

    /** The option's value, or {@code null} when it was not given. */
    String text(String option) {
        return options.get(option);
    }

    boolean flag(String flag) {
        return flags.contains(flag);
    }
}
