package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint form on the decision page and the complaint's page, as a browser posts them (no JavaScript). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aComplaintIsRegisteredFromTheDecisionPageAndMaintainedOnItsPage() {
        LocalDate today = DecisionTestData.today();
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        WebSession caseworker = WebSession.logIn(port, "visitator");
        assertThat(caseworker.get("/decisions/" + granted.decisionId()).tag("complaint-link")).contains("/complaints/new");
        caseworker.get("/decisions/" + granted.decisionId() + "/complaints/new");

        Page refused = caseworker.post("/decisions/" + granted.decisionId() + "/complaints", List.of(
                Map.entry("receivedOn", today.toString()), Map.entry("channel", "ORAL"), Map.entry("text", "Utilfreds.")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.tag("complaint-errors")).isNotEmpty();
        assertThat(refused.body()).contains("Skriv et notat om, hvad borgeren sagde",
                "Klag over hele afgørelsen eller vælg de bevillinger eller afslag");
        assertThat(jdbc.sql("select count(*) from complaint where decision_id = ?").param(granted.decisionId())
                .query(Long.class).single()).isZero();

        Page saved = caseworker.post("/decisions/" + granted.decisionId() + "/complaints", List.of(
                Map.entry("receivedOn", today.toString()), Map.entry("channel", "ORAL"),
                Map.entry("oralNote", "Datteren ringede: moren kan ikke klare sig med ét bad."),
                Map.entry("parts", "grant:" + granted.grantKey()), Map.entry("text", "For lidt hjælp til bad.")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String path = saved.location().replaceFirst("^https?://[^/]+", "");
        Page page = caseworker.get(path);
        assertThat(page.body()).contains("Under genvurdering", "Kvittering til klager (PDF)", "Mundtligt");
        assertThat(page.tag("change-after-complaint")).contains("afterComplaintId=");
        long complaintId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        // the decision's own change form carries the complaint reference
        assertThat(caseworker.get("/decisions/" + granted.decisionId() + "/change?afterComplaintId=" + complaintId)
                .tag("afterComplaintId")).contains("value=\"" + complaintId + "\"");

        caseworker.get(path);
        Page maintained = caseworker.post(path + "/outcome", List.of(Map.entry("version", "0"),
                Map.entry("outcome", "MAINTAINED"), Map.entry("reason", "Hjælpen svarer til behovet.")));
        assertThat(maintained.status()).as(maintained.body()).isEqualTo(302);
        Page after = caseworker.get(path);
        assertThat(after.body()).contains("Skal videresendes til Ankestyrelsen", "Fastholdt");
        assertThat(after.body()).doesNotContain("id=\"outcome-form\"");
    }

    @Test
    void theDecisionPageListsItsComplaintsInDanishWithDatesLatenessAndALink() {
        LocalDate today = DecisionTestData.today();
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        long onTime = ComplaintRows.insert(jdbc, granted.decisionId(), today, "RECONSIDERING", null, null);
        long late = ComplaintRows.insert(jdbc, granted.decisionId(), today, "FORWARDING", "MAINTAINED", "Fastholdt.");
        jdbc.sql("update complaint set late = true where id = ?").param(late).update();
        WebSession caseworker = WebSession.logIn(port, "visitator");

        Page decision = caseworker.get("/decisions/" + granted.decisionId());
        assertThat(decision.tag("decision-complaints-section")).contains("/decisions/" + granted.decisionId() + "/complaints");
        Page section = caseworker.get("/decisions/" + granted.decisionId() + "/complaints");

        assertThat(section.status()).isEqualTo(200);
        String deadline = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today.plusWeeks(4));
        assertThat(row(section, onTime)).contains("Under genvurdering", deadline,
                "href=\"/complaints/" + onTime + "\"").doesNotContain("For sent");
        assertThat(row(section, late)).contains("Skal videresendes til Ankestyrelsen", "For sent",
                "href=\"/complaints/" + late + "\"");
        assertThat(section.body()).doesNotContain("RECONSIDERING", "FORWARDING");
    }

    private static String row(Page page, long complaintId) {
        int start = page.body().indexOf("id=\"decision-complaint-" + complaintId + "\"");
        assertThat(start).as("row of complaint " + complaintId).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start));
    }
}
