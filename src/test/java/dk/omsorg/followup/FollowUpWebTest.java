package dk.omsorg.followup;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.followup.FollowUpTestData.Decided;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up screens over real HTTP: the queue, one follow-up with its forms, the citizen page's section. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseworkerSeesTheQueueCompletesAFollowUpAndTheCitizenPageShowsIt() {
        ApiClient api = ApiClient.as(port, "visitator");
        LocalDate today = DecisionTestData.today();
        long citizenId = FollowUpTestData.applicant(api).citizenId();
        // temporary help ending in 20 days: the reminder is due in 6 days
        Decided help = FollowUpTestData.decide(api, citizenId, null, FollowUpTestData.hygiene(today, today.plusDays(20)));
        JsonNode reminder = FollowUpTestData.awaitOpen(api, jdbc, help.grantKey(), "TEMPORARY_END");
        long id = reminder.get("id").asLong();
        WebSession caseworker = WebSession.logIn(port, "visitator");

        Page queue = caseworker.get("/follow-ups");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("Opfølgninger").contains("href=\"/follow-ups\"");
        assertThat(queue.tag("follow-up-" + id)).contains("due-soon");
        assertThat(row(queue, "follow-up-" + id)).contains("Inden for 14 dage").contains("Daglig hygiejne")
                .contains("Midlertidig bevilling udløber").contains(DecisionTestData.today().plusDays(6).getYear() + "");

        Page show = caseworker.get("/follow-ups/" + id);
        assertThat(show.status()).isEqualTo(200);
        assertThat(show.body()).contains("Fortsættes (E1)").contains("Ændres inden for rammen (E2)")
                .contains("Afsluttes (E3)").contains("Revisitation (E4)").contains("Midlertidig indsats: ved udløb af bevillingen").doesNotContainIgnoringCase("seed 0")
                .contains("id=\"complete-form\"").doesNotContain("id=\"interval-form\"");

        Page unknown = caseworker.post("/follow-ups/" + id + "/complete",
                List.of(Map.entry("result", "MAYBE"), Map.entry("version", reminder.get("version").asText())));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Resultatet „MAYBE“ findes ikke.");

        Page done = caseworker.post("/follow-ups/" + id + "/complete", List.of(Map.entry("result", "END"),
                Map.entry("note", "Hjælpen ophører som planlagt."), Map.entry("version", reminder.get("version").asText())));
        assertThat(done.status()).isEqualTo(302);
        Page after = caseworker.get(done.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(after.body()).contains("Opfølgningen er afsluttet: Afsluttes.");
        assertThat(after.body()).doesNotContain("id=\"follow-up-" + id + "\"");

        Page section = caseworker.htmx("/citizens/" + citizenId + "/follow-ups");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).doesNotContain("<html").contains("citizen-follow-up-" + id)
                .contains("Afsluttet").contains("Afsluttes");
        assertThat(caseworker.get("/citizens/" + citizenId).body()).contains("/citizens/" + citizenId + "/follow-ups");
    }

    /** The table row with the id, to its end. */
    private static String row(Page page, String id) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as("row #" + id).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start));
    }

    @Test
    void aLeaderChoosesWhoseQueueToSeeAndACaseworkerCannot() {
        WebSession leader = WebSession.logIn(port, "leder");
        Page queue = leader.get("/follow-ups?caseworker=visitator2&all=true");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("<select name=\"caseworker\">").contains("Villads Visitator");
        assertThat(WebSession.logIn(port, "visitator").get("/follow-ups?caseworker=visitator2").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "leverandor-a").get("/follow-ups").status()).isEqualTo(403);
    }
}
