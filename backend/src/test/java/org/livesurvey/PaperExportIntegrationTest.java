package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports over real HTTP from the database, where headers and the JSON/citation split meet the servlet container. */
class PaperExportIntegrationTest extends RunningApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void exportsAStoredPaperAsABibtexDownload() {
        HttpResponse<String> response = get("/api/v1/papers/2504.17040/export?format=bibtex", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-bibtex;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"2504.17040.bib\"");
        assertThat(response.body()).startsWith("""
                @inproceedings{wang2025dymu,
                  author = {Wang, Zhenhailong and Purushwalkam, Senthil},
                  title = {{DyMU}: Dynamic Merging and Virtual Unmerging for Efficient {VLMs}},
                  booktitle = {NeurIPS 2025},
                  year = {2025},
                  month = apr,
                """);
    }

    @Test
    void everyCitationFormatListsTheStoredAuthorsAndBibtexSaysTheListIsCutShort() {
        String bibtex = get("/api/v1/papers/2504.14870/export?format=bibtex", "*/*").body();
        String ris = get("/api/v1/papers/2504.14870/export?format=ris", "*/*").body();
        JsonNode csl = JSON.readTree(get("/api/v1/papers/2504.14870/export?format=csl-json", "*/*").body());

        assertThat(bibtex).contains("  author = {Wang, Hongru and Qian, Cheng and others},\n");
        assertThat(ris).contains("TY  - GEN\r\nAU  - Wang, Hongru\r\nAU  - Qian, Cheng\r\nTI  - ");
        assertThat(csl.get(0).get("author").toString())
                .isEqualTo("[{\"family\":\"Wang\",\"given\":\"Hongru\"},{\"family\":\"Qian\",\"given\":\"Cheng\"}]");
    }

    @Test
    void thePaperAddressAnswersJsonOrACitationByAccept() {
        HttpResponse<String> ris = get("/api/v1/papers/2504.17040", "application/x-research-info-systems");
        HttpResponse<String> json = get("/api/v1/papers/2504.17040", "*/*");

        assertThat(ris.statusCode()).isEqualTo(200);
        assertThat(ris.body()).startsWith("TY  - CONF\r\nAU  - Wang, Zhenhailong\r\n");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(json.body()).get("id").asString()).isEqualTo("2504.17040");
    }

    @Test
    void unknownFormatIsAnUnsupportedExportFormatProblem() {
        HttpResponse<String> response = get("/api/v1/papers/2504.17040/export?format=docx", "*/*");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString())
                .isEqualTo("https://livesurvey.org/problems/unsupported-export-format");
        assertThat(problem.get("formats").toString()).isEqualTo("[\"bibtex\",\"csl-json\",\"ris\",\"csv\"]");
    }
}
