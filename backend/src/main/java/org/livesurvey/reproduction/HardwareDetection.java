package org.livesurvey.reproduction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which hardware classes this instance's workers take. CPU jobs always; GPU jobs when configured, or, on
 * {@code auto}, when the interpreter's PyTorch sees CUDA: a GPU that the experiments' PyTorch cannot use is no GPU
 * to them.
 */
final class HardwareDetection {

    private static final Logger log = LoggerFactory.getLogger(HardwareDetection.class);
    private static final long PROBE_TIMEOUT_SECONDS = 120;

    private HardwareDetection() {
    }

    static Set<HardwareClass> classes(RunnerProperties.GpuMode mode, Path python) {
        boolean gpu = switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> torchSeesCuda(python);
        };
        return gpu ? EnumSet.allOf(HardwareClass.class) : EnumSet.of(HardwareClass.CPU);
    }

    private static boolean torchSeesCuda(Path python) {
        List<String> probe = List.of(python.toString(), "-c", "import torch; print(torch.cuda.is_available())");
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            boolean cuda = process.exitValue() == 0 && output.endsWith("True");
            log.info("GPU jobs {}: {} -c 'torch.cuda.is_available()' said {}", cuda ? "taken" : "not taken", python,
                    output.isEmpty() ? "nothing" : output.lines().reduce((first, second) -> second).orElse(""));
            return cuda;
        } catch (IOException e) {
            log.warn("GPU jobs not taken: {} cannot be run ({})", python, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
