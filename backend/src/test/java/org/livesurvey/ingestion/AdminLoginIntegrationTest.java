package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The maintainers' login on the running application: the admin pages need it, the password is the admin credential,
 * every form needs its CSRF token, logging out ends it; the public site stays as it was, without session or token.
 */
class AdminLoginIntegrationTest extends ReviewQueueApplicationTest {

    @Test
    void theAdminPagesSendAnonymousVisitorsToTheLoginPage() {
        MaintainerSession visitor = new MaintainerSession(port);

        for (String page : new String[] {"/admin", "/admin/proposals"}) {
            HttpResponse<String> response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        HttpResponse<String> login = visitor.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Maintainers’ login", "name=\"password\"", "name=\"_csrf\"",
                "/css/livesurvey.css");
    }

    @Test
    void theRightPasswordLogsInAndLeadsToTheDashboard() {
        MaintainerSession maintainer = new MaintainerSession(port);

        HttpResponse<String> login = maintainer.logIn("admin", ADMIN_TOKEN);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        HttpResponse<String> dashboard = maintainer.get("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Harvest and review queue", "Harvest now");
    }

    @Test
    void aWrongPasswordOrUserIsRefused() {
        MaintainerSession intruder = new MaintainerSession(port);

        for (List<String> attempt : List.of(List.of("admin", "not-" + ADMIN_TOKEN), List.of("root", ADMIN_TOKEN),
                List.of("admin", ""))) {
            HttpResponse<String> login = intruder.logIn(attempt.get(0), attempt.get(1));
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/login?error"));
        }
        assertThat(intruder.get("/login?error").body()).contains("Wrong user name or password.");
        assertThat(intruder.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        MaintainerSession maintainer = new MaintainerSession(port);
        assertThat(maintainer.postWithoutToken("/login", Map.of("username", "admin", "password", ADMIN_TOKEN))
                .statusCode()).isEqualTo(403);
        maintainer.logIn("admin", ADMIN_TOKEN);

        assertThat(maintainer.postWithoutToken("/admin/harvest", Map.of()).statusCode()).isEqualTo(403);
        assertThat(maintainer.post("/admin/harvest", "forged-token", Map.of()).statusCode()).isEqualTo(403);
        assertThat(harvester.requests()).isEmpty();
    }

    @Test
    void loggingOutEndsTheSession() {
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);

        HttpResponse<String> logout = maintainer.submit("/admin", "/logout", Map.of());

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?logout"));
        assertThat(maintainer.get("/admin").statusCode()).isEqualTo(302);
        assertThat(maintainer.get("/login?logout").body()).contains("You are logged out.");
    }

    @Test
    void thePublicSiteGetsNeitherSessionNorSecurityHeaders() {
        MaintainerSession reader = new MaintainerSession(port);

        for (String page : new String[] {"/", "/search?q=%25%3B", "/api/v1/categories", "/papers/2504.17040"}) {
            HttpResponse<String> response = reader.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as(page).isEmpty();
            assertThat(response.headers().firstValue("X-Frame-Options")).as(page).isEmpty();
            assertThat(response.headers().allValues("Cache-Control")).as(page).noneMatch(v -> v.contains("no-store"));
        }
        assertThat(reader.get("/papers/2504.17040;x=1").statusCode()).isNotEqualTo(400);
    }
}
