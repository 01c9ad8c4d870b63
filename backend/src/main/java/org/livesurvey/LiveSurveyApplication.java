package org.livesurvey;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The LiveSurvey website and API: {@code java -jar backend/target/livesurvey.jar} from the repository root. */
@SpringBootApplication
@EnableConfigurationProperties(LiveSurveyProperties.class)
public class LiveSurveyApplication {

    public static void main(String[] args) {
        SpringApplication.run(LiveSurveyApplication.class, args);
    }
}
