package org.livesurvey.site.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SitePagesController.class)
class SitePagesControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void explainsHowToContributeAndHowToValidate() throws Exception {
        mvc.perform(get("/contribute"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Contribute | LiveSurvey</title>"),
                        containsString("<meta name=\"description\" content=\"How to add a paper"),
                        containsString("taxonomy/papers/&lt;id&gt;.yaml"),
                        containsString("id: '2504.17040'"),
                        containsString("./livesurvey validate"),
                        containsString("unknown category 'efficiency/token-compresion', did you mean"))));
    }

    @Test
    void documentsTheApiWithExamplesForThisSite() throws Exception {
        mvc.perform(get("https://survey.example:8443/api"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>API | LiveSurvey</title>"),
                        containsString("href=\"/swagger-ui.html\""),
                        containsString("href=\"/v3/api-docs\""),
                        containsString("href=\"/problems\""),
                        containsString("curl <span>https://survey.example:8443</span>/api/v1/papers/2504.17040"))));
    }
}
