package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionTestData;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Opening a special case in the browser's form from the inquiry "Særlig borgersag": errors in Danish with what was typed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpecialCaseWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebSession web;
    long citizenId;
    long inquiryId;

    @BeforeEach
    void setUp() {
        var inquiry = ApiClient.as(port, "visitator").post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Særlig Webborger", "address", "Testvej 9, 2670 Greve",
                "district", "greve-nord", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Særlig borgersag", "legalBasis", "SEL § 83", "priority", "NORMAL")));
        citizenId = inquiry.json().get("citizenId").asLong();
        inquiryId = inquiry.json().get("id").asLong();
        web = WebSession.logIn(port, "visitator");
    }

    private List<Map.Entry<String, String>> fields(List<String> shifts, String respiration) {
        List<Map.Entry<String, String>> f = new ArrayList<>(List.of(Map.entry("inquiryId", "" + inquiryId),
                Map.entry("setting", "HOME"), Map.entry("need", "Svær demens; uro om natten og om dagen."),
                Map.entry("packageCriteriaMet", "true"), Map.entry("respirationCaused", respiration),
                Map.entry("informedOn", DecisionTestData.today().toString())));
        shifts.forEach(s -> f.add(Map.entry("shifts", s)));
        return f;
    }

    private long cases() {
        return jdbc.sql("select count(*) from special_case where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    @Test
    void theInquiryLeadsToTheFormAndNightOnlyIsRefusedWithTheCriterionAndWhatWasTyped() {
        assertThat(web.get("/inquiries/" + inquiryId).body())
                .contains("href=\"/citizens/" + citizenId + "/special-case?inquiryId=" + inquiryId + "\"");
        Page form = web.get("/citizens/" + citizenId + "/special-case?inquiryId=" + inquiryId);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"special-case-form\"").contains("kun har fast vagt/1:1 overvågning i nattimerne");

        Page refused = web.post("/citizens/" + citizenId + "/special-case", fields(List.of("NIGHT"), "false"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Kriteriet er ikke opfyldt: „Borgeren har behov for fast vagt/1:1 overvågning i to af")
                .contains("Svær demens; uro om natten og om dagen.");
        assertThat(cases()).isZero();
    }

    @Test
    void respirationIsToldInDanishAndDayAndNightOpensTheCase() {
        web.get("/citizens/" + citizenId + "/special-case"); // the form, with its CSRF token
        Page referred = web.post("/citizens/" + citizenId + "/special-case", fields(List.of("DAY", "NIGHT"), "true"));
        assertThat(referred.status()).isEqualTo(200);
        assertThat(referred.body()).contains("id=\"special-case-referred\"").contains("opgave til den faglige koordinator");
        assertThat(cases()).isZero();

        web.get("/citizens/" + citizenId + "/special-case");
        Page opened = web.post("/citizens/" + citizenId + "/special-case", fields(List.of("DAY", "NIGHT"), "false"));
        assertThat(opened.status()).isEqualTo(302);
        long id = jdbc.sql("select id from special_case where citizen_id = ?").param(citizenId).query(Long.class).single();
        assertThat(opened.location()).endsWith("/special-cases/" + id);
        assertThat(web.get("/special-cases/" + id).body()).contains("Under vurdering").contains("Særlig borgersag oprettet.");
        // the citizen's form now leads to the open case
        assertThat(web.get("/citizens/" + citizenId + "/special-case").location()).endsWith("/special-cases/" + id);
    }
}
