package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an open special case means for the citizen's decisions and overview (seed 000: "Vi udvælger derfor leverandør
 * til opgaven. Dvs. borger oplyses ikke om frit valg"): no free choice or voucher for the case's interventions, the
 * letter's sentence, the overview's warning and summary line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpecialCaseDecisionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    long citizenId;
    long municipal;
    LocalDate today = DecisionTestData.today();

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        Response inquiry = caseworker.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Særlig Ærø Holm", "address", "Testvej 5, 2670 Greve",
                "district", "greve-nord", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Særlig borgersag", "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        citizenId = inquiry.json().get("citizenId").asLong();
        municipal = jdbc.sql("select id from provider where municipality_id = 253 and code = 'greve-hjemmeplejen'")
                .query(Long.class).single();
    }

    void openCase() {
        Response opened = caseworker.post("/api/v1/citizens/" + citizenId + "/special-cases",
                json(SpecialCaseApiTest.opening(null, List.of("DAY", "EVENING"), false)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    Response decide(Map<String, Object> provider) {
        return caseworker.post("/api/v1/decisions", json(map("citizenId", citizenId, "appliedFor", "Fast vagt",
                "overrideReason", "Særlig borgersag: fast vagt dag og aften.",
                "grants", List.of(with(grant("fast-vagt", 1, "DAY", "DAY,EVENING", 480, today, today.plusMonths(2)),
                        "provider", provider)))));
    }

    long decisions() {
        return jdbc.sql("select count(*) from decision where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    @Test
    void freeChoiceAndAVoucherAreRefusedForTheCasesInterventionWhileTheCaseIsOpenAndNothingIsStored() {
        openCase();
        for (Map<String, Object> choice : List.of(map("providerId", municipal, "kind", "FREE_CHOICE", "reason", null),
                map("providerId", null, "kind", "FREE_CHOICE_VOUCHER", "reason", null))) {
            Response refused = decide(choice);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors")).anySatisfy(e -> {
                assertThat(e.get("field").asText()).isEqualTo("grants[0].provider.kind");
                assertThat(e.get("message").asText()).isEqualTo("Bevilling 1 (Fast vagt): borgeren har en særlig borgersag, "
                        + "hvor kommunen udvælger leverandøren. Der er ikke frit valg eller fritvalgsbevis.");
            });
        }
        assertThat(decisions()).isZero();
    }

    @Test
    void theLetterSaysTheMunicipalitySelectsTheProviderInASpecialIndividualArrangement() {
        openCase();
        Response decided = decide(map("providerId", municipal, "kind", "SELECTED_BY_MUNICIPALITY",
                "reason", "Særlig borgersag: kommunen udvælger leverandøren."));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        String letter = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + decided.json().get("id").asLong()
                + "/letter").body()).replaceAll("\\s+", " ");
        assertThat(letter).contains("Der er tale om en særlig individuel ordning (særlig borgersag), hvor kommunen udvælger "
                + "leverandøren");
        assertThat(letter).contains("Du har derfor ikke frit valg af leverandør til denne hjælp.");
    }

    @Test
    void theOverviewShowsTheOpenCaseWithALinkAndWarnsOfIt() {
        WebSession web = WebSession.logIn(port, "visitator");
        String base = "/citizens/" + citizenId;
        assertThat(web.get(base).body()).contains("hx-get=\"" + base + "/special-case/summary\"");
        assertThat(web.htmx(base + "/special-case/summary").body()).contains("Ingen særlig borgersag.")
                .contains("href=\"" + base + "/special-case\"");

        openCase();

        String summary = web.htmx(base + "/special-case/summary").body().replaceAll("\\s+", " ");
        long id = jdbc.sql("select id from special_case where citizen_id = ?").param(citizenId).query(Long.class).single();
        assertThat(summary).contains("id=\"special-case-summary-line\"").contains("Særlig borgersag (Under vurdering), kontaktvisitator ")
                .contains("næste opfølgning").contains("href=\"/special-cases/" + id + "\"");
        assertThat(web.htmx(base + "/grants/warnings").body()).contains("id=\"warning-special-case\"");
        String page = web.get("/special-cases/" + id).body().replaceAll("\\s+", " ");
        assertThat(page).contains("id=\"special-case-contact-caseworker\"").contains("Under vurdering")
                .contains("kun har fast vagt/1:1 overvågning i nattimerne").contains("Særlig borgersag oprettet.");
    }

    @Test
    void theCareCentresReportOfMinutesBeyondTheNormalFrameIsShownInTheCase() {
        // a citizen Solsikken (leverandor-a) already delivers to
        var granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        Response opened = caseworker.post("/api/v1/citizens/" + granted.citizenId() + "/special-cases",
                json(with(SpecialCaseApiTest.opening(null, List.of("EVENING", "NIGHT"), false), "setting", "CARE_CENTRE")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().get("specialCase").get("id").asLong();

        Response report = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                json(map("kind", "EXTRA_MINUTES", "text", "Uge 12: 240 minutter ud over rammen i aftenvagten.")));
        assertThat(report.status()).as(report.body()).isEqualTo(201);

        WebSession web = WebSession.logIn(port, "visitator");
        String path = "/citizens/" + granted.citizenId() + "/notices/extra-minutes";
        assertThat(web.get("/special-cases/" + id).body()).contains("hx-get=\"" + path + "\"");
        assertThat(web.htmx(path).body().replaceAll("\\s+", " ")).contains("Minutter ud over den normale ramme")
                .contains("Solsikken Hjemmepleje ApS").contains("Uge 12: 240 minutter ud over rammen i aftenvagten.");
    }
}
