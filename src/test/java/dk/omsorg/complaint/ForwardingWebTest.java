package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.pdfText;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The caseworker's forwarding page (the task's link): edit, choose, send, then record Ankestyrelsen's decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardingWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseworkerEditsSendsAndRecordsAnkestyrelsensDecisionOnThePage() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = DecisionTestData.today();
        Applicant applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        String reason = "Konkret vurdering: varigt behov.";
        Response made = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "override", true, "overrideReason", reason, "grants",
                List.of(with(grant("daglig-hygiejne", 1, "DAY", "EVENING", 20, today, null), "overrideReason", reason)))));
        long decisionId = made.json().get("id").asLong();
        long id = ComplaintRows.insert(jdbc, decisionId, today.minusDays(2), "FORWARDING", "MAINTAINED", "Fastholdt efter nyt besøg.");
        WebSession web = WebSession.logIn(port, "visitator");

        WebSession.Page page = web.get("/complaints/" + id + "/forwarding");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Fastholdt efter nyt besøg.").contains("LETTER:" + decisionId).doesNotContain("id=\"breach\"");

        WebSession.Page saved = web.post("/complaints/" + id + "/forwarding/draft", List.of(Map.entry("version", "0"),
                Map.entry("statement", "Kommunen fastholder afgørelsen om bad."), Map.entry("documents", "LETTER:" + decisionId)));
        assertThat(saved.body()).contains("Kladden er gemt.");
        WebSession.Page stale = web.post("/complaints/" + id + "/forwarding/send", List.of(Map.entry("version", "0")));
        assertThat(stale.body()).contains("ændret af en anden");
        WebSession.Page sent = web.post("/complaints/" + id + "/forwarding/send", List.of(Map.entry("version", "1")));
        assertThat(sent.body()).contains("Klagen er sendt til Ankestyrelsen.").contains("/forwarding/bundle");
        assertThat(pdfText(web.file("/complaints/" + id + "/forwarding/bundle").body()))
                .contains("Kommunen fastholder afgørelsen om bad.");

        WebSession.Page recorded = web.post("/complaints/" + id + "/appeal-outcome", List.of(
                Map.entry("version", String.valueOf(jdbc.sql("select version from complaint where id = ?").param(id).query(Integer.class).single())),
                Map.entry("outcome", "REMANDED"), Map.entry("decidedOn", today.toString()), Map.entry("text", "Sagen skal behandles igen.")));
        assertThat(recorded.body()).contains("Ankestyrelsens afgørelse er registreret.").contains("Hjemvist");
        assertThat(ComplaintRows.status(jdbc, id)).isEqualTo("APPEAL_DECIDED");
    }
}
