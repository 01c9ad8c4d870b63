package org.livesurvey.embedded.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command lines for PostgreSQL's programs. PostgreSQL refuses to run as root, yet CI and fresh machines run
 * everything as root: there the programs run in a user namespace where our uid is mapped to {@code nobody}. Inside it
 * the files we own still appear as owned by the server's user, so the data directory stays ours on the outside.
 */
final class UnprivilegedCommand {

    private static final int NOBODY = 65534;

    private UnprivilegedCommand() {
    }

    static List<String> of(Path program, String... args) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("unshare", "--user", "--map-user=" + NOBODY, "--map-group=" + NOBODY, "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(args));
        return command;
    }

    static boolean runningAsRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .anyMatch(line -> line.split("\\s+")[2].equals("0")); // effective uid
        } catch (IOException e) {
            return false;
        }
    }
}
