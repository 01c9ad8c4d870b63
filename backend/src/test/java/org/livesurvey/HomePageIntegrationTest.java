package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class HomePageIntegrationTest extends RunningApplicationTest {

    private static final Pattern COUNT = Pattern.compile("data-path=\"([^\"]+)\" data-papers=\"(\\d+)\"");

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsForEveryNodeTheDistinctPapersFiledUnderItOrBelowIt() {
        HttpResponse<String> home = get("/", "text/html");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(countsOnThePage(home.body())).isEqualTo(countsFromTheDatabase());
    }

    /** The fixture: OTC sits twice below efficiency but counts there once. */
    @Test
    void countsTheFixtureAsExpected() {
        Map<String, Long> counts = countsOnThePage(get("/", "text/html").body());

        assertThat(counts).containsEntry("efficiency", 2L)
                .containsEntry("efficiency/token-compression", 2L)
                .containsEntry("efficiency/reasoning-economy", 1L)
                .containsEntry("efficiency/reasoning-economy/long2short-rl", 1L)
                .containsEntry("reasoning", 1L)
                .containsEntry("alignment", 1L)
                .containsEntry("fine-tuning", 0L)
                .containsEntry("integration", 0L)
                .hasSize(12);
        assertThat(get("/", "text/html").body()).contains("<strong id=\"paper-count\">3</strong>");
    }

    private static Map<String, Long> countsOnThePage(String html) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher matcher = COUNT.matcher(html);
        while (matcher.find()) {
            counts.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        return counts;
    }

    /** Worked out independently of the application's query: paths and their ancestors, one set per node. */
    private Map<String, Long> countsFromTheDatabase() {
        Map<String, Set<String>> papersPerNode = new HashMap<>();
        jdbc.sql("select path from category").query(String.class).list()
                .forEach(path -> papersPerNode.put(path, new HashSet<>()));
        List<Map<String, Object>> rows = jdbc.sql("select paper_id, category_path from paper_category").query().listOfRows();
        for (Map<String, Object> row : rows) {
            String path = (String) row.get("category_path");
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                papersPerNode.get(path.substring(0, slash)).add((String) row.get("paper_id"));
            }
            papersPerNode.get(path).add((String) row.get("paper_id"));
        }
        Map<String, Long> counts = new TreeMap<>();
        papersPerNode.forEach((path, papers) -> counts.put(path, (long) papers.size()));
        return counts;
    }
}
