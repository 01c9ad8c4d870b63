package org.livesurvey.reproduction;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine a worker runs on, for the provenance of its runs.
 *
 * @param cpuModel as {@code /proc/cpuinfo} names it; {@code null} where it cannot be read
 * @param memoryMb total memory in MiB; {@code null} where {@code /proc/meminfo} cannot be read
 */
record HostFacts(String host, String cpuModel, Long memoryMb) {

    private static final Pattern MEM_TOTAL = Pattern.compile("MemTotal:\\s+(\\d+) kB");
    private static final Pattern MODEL_NAME = Pattern.compile("(?m)^model name\\s*:\\s*(.+)$");

    static HostFacts ofThisMachine() {
        return new HostFacts(hostName(), readCpuModel(), readMemoryMb());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }

    private static String readCpuModel() {
        try {
            Matcher matcher = MODEL_NAME.matcher(Files.readString(Path.of("/proc/cpuinfo")));
            return matcher.find() ? matcher.group(1).strip() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Long readMemoryMb() {
        try {
            Matcher matcher = MEM_TOTAL.matcher(Files.readString(Path.of("/proc/meminfo")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
