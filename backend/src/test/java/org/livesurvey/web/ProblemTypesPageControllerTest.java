package org.livesurvey.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(ProblemTypesPageController.class)
class ProblemTypesPageControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void documentsEveryProblemTypeWithAnAnchorOfItsSlug() throws Exception {
        ResultActions page = mvc.perform(get("/problems")).andExpect(status().isOk());

        for (ProblemType problem : ProblemType.values()) {
            page.andExpect(content().string(containsString("<tr id=\"" + problem.slug() + "\">")))
                    .andExpect(content().string(containsString("<code>" + problem.type() + "</code>")))
                    .andExpect(content().string(containsString("<td>" + problem.title() + "</td>")));
        }
    }
}
