package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LiveSurveyPropertiesTest {

    @Test
    void aBlankAdminTokenKeepsTheAdminApiClosed() {
        assertThat(withToken(null).adminApiEnabled()).isFalse();
        assertThat(withToken("").adminApiEnabled()).isFalse();
        assertThat(withToken("   ").adminApiEnabled()).isFalse();
        assertThat(withToken("t0ken").adminApiEnabled()).isTrue();
    }

    @Test
    void neverPrintsTheAdminToken() {
        assertThat(withToken("very-secret-token").toString())
                .doesNotContain("very-secret-token")
                .contains("adminToken=(set)");
    }

    private static LiveSurveyProperties withToken(String token) {
        return new LiveSurveyProperties(Path.of("data"), Path.of("taxonomy"), token, true);
    }
}
