package dk.omsorg.citizen.web;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact caseworker (kontaktvisitator, issue 15) over real HTTP: chosen on the overview's summary by a caseworker,
 * coordinator or leader among the municipality's caseworkers, refused in Danish otherwise with nothing changed, 409 on a
 * stale form; and set by the first assignment of an inquiry to a caseworker, never overwriting one already chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactCaseworkerWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long citizenId;
    long inquiryId;

    @BeforeEach
    void setUp() {
        var inquiry = ApiClient.as(port, "koordinator").post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Kontakt Karla Ågård", "address", "Kontaktvej 1, 2670 Greve",
                "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Hjælp til rengøring",
                "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        citizenId = inquiry.json().get("citizenId").asLong();
        inquiryId = inquiry.json().get("id").asLong();
    }

    private String contact() {
        return jdbc.sql("select contact_caseworker from citizen where id = ?").param(citizenId).query(String.class).optional().orElse(null);
    }

    private int version() {
        return jdbc.sql("select version from citizen where id = ?").param(citizenId).query(Integer.class).single();
    }

    private Page choose(WebSession web, String username, Object version) {
        web.get("/citizens/" + citizenId);   // the form's CSRF token
        return web.post("/citizens/" + citizenId + "/contact-caseworker",
                List.of(Map.entry("contactCaseworker", username), Map.entry("version", String.valueOf(version))));
    }

    @Test
    void aCaseworkerChoosesTheContactCaseworkerShownByNameAndAudited() {
        WebSession caseworker = WebSession.logIn(port, "visitator");
        long mark = NoticeTestData.lastAuditId(jdbc);

        Page saved = choose(caseworker, "visitator2", version());

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/citizens/" + citizenId);
        assertThat(contact()).isEqualTo("visitator2");
        Page page = caseworker.get("/citizens/" + citizenId);
        assertThat(page.body()).contains("Kontaktvisitator er nu Villads Visitator.");
        assertThat(page.body()).containsPattern("id=\"citizen-contact-caseworker\"[^>]*>\\s*Villads Visitator\\s*<");
        assertThat(jdbc.sql("select count(*) from audit_event where id > ? and username = 'visitator' and action = 'UPDATE' and resource = 'citizen' and citizen_id = ? and detail = 'kontaktvisitator valgt'")
                .params(mark, citizenId).query(Long.class).single()).isEqualTo(1);
        // the coordinator and the leader may too
        assertThat(choose(WebSession.logIn(port, "koordinator"), "visitator", version()).status()).isEqualTo(302);
        assertThat(choose(WebSession.logIn(port, "leder"), "visitator2", version()).status()).isEqualTo(302);
        assertThat(contact()).isEqualTo("visitator2");
    }

    @Test
    void aUserOfAnotherMunicipalityIsRefusedInDanishAndNothingChanges() {
        WebSession caseworker = WebSession.logIn(port, "visitator");
        int before = version();

        Page refused = choose(caseworker, "visitator-esbjerg", before);

        assertThat(refused.status()).isEqualTo(302);
        assertThat(caseworker.get("/citizens/" + citizenId).body())
                .contains("Der er ingen visitator med brugernavnet visitator-esbjerg i kommunen.");
        assertThat(contact()).isNull();
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void aUserWhoIsNotACaseworkerIsRefusedInDanishAndNothingChanges() {
        WebSession caseworker = WebSession.logIn(port, "visitator");
        int before = version();

        choose(caseworker, "koordinator", before);

        assertThat(caseworker.get("/citizens/" + citizenId).body())
                .contains("Kirsten Koordinator er ikke visitator og kan derfor ikke være kontaktvisitator.");
        assertThat(contact()).isNull();
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void aChoiceOnAStaleFormIs409AndChangesNothing() {
        WebSession caseworker = WebSession.logIn(port, "visitator");
        int read = version();
        assertThat(choose(caseworker, "visitator", read).status()).isEqualTo(302);

        Page stale = choose(caseworker, "visitator2", read);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Oplysningerne er opdateret af en anden");
        assertThat(contact()).isEqualTo("visitator");
    }

    @Test
    void theSupervisorMayNotChooseNorIsOfferedTheForm() {
        WebSession supervisor = WebSession.logIn(port, "tilsyn");
        assertThat(supervisor.get("/citizens/" + citizenId).body()).doesNotContain("contact-caseworker-form");
        assertThat(choose(supervisor, "visitator", version()).status()).isEqualTo(403);
        assertThat(contact()).isNull();
    }

    @Test
    void assigningAnInquiryMakesTheCaseworkerTheContactCaseworkerOnlyWhenThereIsNone() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        assertThat(coordinator.post("/api/v1/inquiries/" + inquiryId + "/assignment", json(map("caseworker", "visitator"))).status())
                .isEqualTo(200);
        assertThat(contact()).isEqualTo("visitator");
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'citizen' and citizen_id = ? and detail = 'kontaktvisitator sat ved tildeling'")
                .param(citizenId).query(Long.class).single()).isEqualTo(1);

        // a later inquiry of the citizen, assigned to another caseworker, leaves the contact caseworker as it is
        var second = coordinator.post("/api/v1/inquiries", json(map(
                "cprNumber", jdbc.sql("select cpr_number from citizen where id = ?").param(citizenId).query(String.class).single(),
                "source", "CITIZEN", "receivedAt", "2025-02-06T10:00:00+01:00", "request", "Hjælp til bad",
                "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(coordinator.post("/api/v1/inquiries/" + second.json().get("id").asLong() + "/assignment",
                json(map("caseworker", "visitator2"))).status()).isEqualTo(200);
        assertThat(contact()).isEqualTo("visitator");
        // and the page shows who by name
        assertThat(WebSession.logIn(port, "visitator2").get("/citizens/" + citizenId).body())
                .containsPattern("id=\"citizen-contact-caseworker\"[^>]*>\\s*Vibeke Visitator\\s*<");
    }

    @Test
    void aContactCaseworkerChosenBeforeTheAssignmentIsKept() {
        assertThat(choose(WebSession.logIn(port, "visitator"), "visitator2", version()).status()).isEqualTo(302);

        ApiClient.as(port, "koordinator").post("/api/v1/inquiries/" + inquiryId + "/assignment", json(map("caseworker", "visitator")));

        assertThat(contact()).isEqualTo("visitator2");
        assertThat(jdbc.sql("select assigned_to from inquiry where id = ?").param(inquiryId).query(String.class).single())
                .isEqualTo("visitator");
    }
}
