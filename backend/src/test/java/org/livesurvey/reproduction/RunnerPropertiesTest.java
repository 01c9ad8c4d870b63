package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RunnerPropertiesTest {

    @Test
    void defaultsRunOneCpuWorkerOverTheRepositorysExperiments() {
        RunnerProperties settings = bind(Map.of());

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.workerThreads()).isEqualTo(1);
        assertThat(settings.python()).isEqualTo(Path.of("/usr/bin/python3"));
        assertThat(settings.experimentsDir()).isEqualTo(Path.of("runner/experiments"));
        assertThat(settings.resultSchema()).isEqualTo(Path.of("runner/result.schema.json"));
        assertThat(settings.logCap().toBytes()).isEqualTo(64 * 1024);
        assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.heartbeatInterval()).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.gpu()).isEqualTo(RunnerProperties.GpuMode.AUTO);
        assertThat(settings.workDirUnder(Path.of("data"))).isEqualTo(Path.of("data/runs"));
    }

    @Test
    void bindsWhatAnOperatorSets() {
        RunnerProperties settings = bind(Map.of("livesurvey.runner.worker-threads", "4",
                "livesurvey.runner.gpu", "on", "livesurvey.runner.work-dir", "/scratch/runs",
                "livesurvey.runner.log-cap", "1MB"));

        assertThat(settings.workerThreads()).isEqualTo(4);
        assertThat(settings.gpu()).isEqualTo(RunnerProperties.GpuMode.ON);
        assertThat(settings.workDirUnder(Path.of("data"))).isEqualTo(Path.of("/scratch/runs"));
        assertThat(settings.logCap().toBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void refusesALeaseThatCouldNeverBeKept() {
        assertThatThrownBy(() -> bind(Map.of("livesurvey.runner.lease", "0s")))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage("livesurvey.runner.lease must be positive, not PT0S");
    }

    private static RunnerProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("livesurvey.runner", RunnerProperties.class);
    }
}
