package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Complaints about the help delivered on the pages: staff register from the citizen, the provider answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveredHelpComplaintWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffRegisterOnTheCitizensGrantAndTheProviderAnswersOnItsPage() {
        LocalDate today = DecisionTestData.today();
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        WebSession staff = WebSession.logIn(port, "visitator");
        WebSession.Page form = staff.get("/delivered-help-complaints?citizenId=" + granted.citizenId());
        assertThat(form.body()).contains("value=\"" + granted.grantKey() + "\"");

        WebSession.Page registered = staff.post("/delivered-help-complaints", List.of(Map.entry("grantKey", granted.grantKey().toString()),
                Map.entry("receivedOn", today.toString()), Map.entry("text", "Hjælperen glemte medicinen.")));
        assertThat(registered.body()).contains("Klagen er registreret og sendt til leverandøren.");
        long id = jdbc.sql("select id from delivered_help_complaint where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single();

        WebSession provider = WebSession.logIn(port, "leverandor-a");
        assertThat(provider.get("/provider/complaints").body()).contains("Hjælperen glemte medicinen.").contains("id=\"nav-provider-complaints\"");
        assertThat(WebSession.logIn(port, "leverandor-b").get("/provider/complaints").body()).doesNotContain("Hjælperen glemte medicinen.");
        WebSession.Page answered = provider.post("/provider/complaints/" + id + "/statement",
                List.of(Map.entry("version", "0"), Map.entry("statement", "Vi har talt med hjælperen.")));
        assertThat(answered.body()).contains("Redegørelsen er sendt.").contains("Vi har talt med hjælperen.");
        assertThat(staff.get("/delivered-help-complaints").body()).contains("Vi har talt med hjælperen.");
    }

    /** Seed 002: a complaint the citizen gave the provider about the decision is forwarded from the provider's page. */
    @Test
    void theProviderForwardsAComplaintAboutTheDecisionFromItsPage() {
        LocalDate today = DecisionTestData.today();
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        WebSession provider = WebSession.logIn(port, "leverandor-a");
        assertThat(provider.get("/provider/complaints").body()).contains("id=\"forward-form\"", "Videresend klagen til kommunen");

        WebSession.Page empty = provider.post("/provider/complaints/decision", List.of(
                Map.entry("grantKey", granted.grantKey().toString()), Map.entry("receivedOn", today.toString()),
                Map.entry("channel", "WRITTEN"), Map.entry("text", "")));
        assertThat(empty.body()).doesNotContain("Klagen er videresendt til kommunen");
        assertThat(jdbc.sql("select count(*) from complaint where decision_id = ?").param(granted.decisionId())
                .query(Long.class).single()).isZero();

        WebSession.Page forwarded = provider.post("/provider/complaints/decision", List.of(
                Map.entry("grantKey", granted.grantKey().toString()), Map.entry("receivedOn", today.toString()),
                Map.entry("channel", "WRITTEN"), Map.entry("documentReference", "Brev fra borgeren"),
                Map.entry("text", "Jeg vil have hjælp hver dag.")));
        assertThat(forwarded.body()).contains("Klagen er videresendt til kommunen, som genvurderer afgørelsen.");
        assertThat(jdbc.sql("select created_by from complaint where decision_id = ?").param(granted.decisionId())
                .query(String.class).single()).isEqualTo("leverandor-a");
        // another provider does not reach the help
        WebSession.Page other = WebSession.logIn(port, "leverandor-b").post("/provider/complaints/decision", List.of(
                Map.entry("grantKey", granted.grantKey().toString()), Map.entry("receivedOn", today.toString()),
                Map.entry("channel", "WRITTEN"), Map.entry("text", "Forsøg.")));
        assertThat(other.body()).doesNotContain("Klagen er videresendt");
        assertThat(jdbc.sql("select count(*) from complaint where decision_id = ?").param(granted.decisionId())
                .query(Long.class).single()).isEqualTo(1);
    }
}
