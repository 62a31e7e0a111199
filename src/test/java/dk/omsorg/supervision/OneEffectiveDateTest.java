package dk.omsorg.supervision;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.provider.Providers;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "one effective date everywhere": one back-dated change (25 → 39 minutes a visit, from a day before the
 * decision) takes effect on one day, and the stored grant version, the decision page, the letter, the provider's
 * notice and supervision's granted minutes all use that day. Settlement prices by the same column
 * ({@code decision_grant.effective_from}, see SettlementRunTest's back-dated change). A grant that began before it
 * was decided has no start deadline and no start to track.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneEffectiveDateTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Providers providers;

    @Test
    void aBackDatedChangeShowsTheSameDayInTheVersionThePageTheLetterTheNoticeAndSupervision() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = DecisionTestData.today();
        LocalDate start = today.minusDays(10);
        LocalDate effective = today.minusDays(4);
        long solsikken = SupervisionTestData.provider(jdbc, "solsikken-hjemmepleje");
        long citizenId = citizen(caseworker);
        Map<String, Object> grant = with(SupervisionTestData.hygieneGrant(solsikken, 25), "start", start.toString());
        Response first = caseworker.post("/api/v1/decisions", json(map("citizenId", citizenId,
                "appliedFor", "Personlig pleje", "grants", List.of(grant))));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String key = first.json().get("grants").get(0).get("grantKey").asText();
        assertThat(first.json().get("grants").get(0).get("startBy").isNull())
                .as("help begun before the decision has no start deadline after it").isTrue();
        long firstNotice = NoticeTestData.awaitNotice(jdbc, first.json().get("id").asLong(), solsikken);
        assertThat(jdbc.sql("select count(*) from grant_start where notice_id = ?").param(firstNotice).query(Long.class).single())
                .as("no start to track, so no broken deadline").isZero();

        Response changed = caseworker.post("/api/v1/decisions/" + first.json().get("id").asLong() + "/changes", json(map(
                "version", first.json().get("version").asInt(), "reasoning", "Revurdering: badet tager længere tid.",
                "grants", List.of(with(grant, "grantKey", key, "minutesPerDelivery", 39,
                        "effectiveFrom", effective.toString())))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        long decisionId = changed.json().get("id").asLong();
        String day = DanishText.date(effective);

        // the stored version
        assertThat(jdbc.sql("select effective_from from decision_grant where decision_id = ?").param(decisionId)
                .query(LocalDate.class).single()).isEqualTo(effective);
        // the decision page
        String page = WebSession.logIn(port, "visitator").get("/decisions/" + decisionId).body();
        assertThat(page).contains("gælder fra " + day);
        // the letter
        String letter = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + decisionId + "/letter").body());
        assertThat(letter).contains("39 minutter pr. gang fra " + day + ", før 25",
                "øges fra " + day, "ændrer afgørelsen af " + DanishText.date(today) + " (version 1)",
                "Revurdering: badet tager længere tid.");
        assertThat(letter).doesNotContain("Du får bevilget", "starter senest");
        // the provider's notice
        long noticeId = NoticeTestData.awaitNotice(jdbc, decisionId, solsikken);
        assertThat(jdbc.sql("select effective_on from notice where id = ?").param(noticeId).query(LocalDate.class).single())
                .isEqualTo(effective);
        assertThat(WebSession.logIn(port, "leverandor-a").get("/provider/notices/" + noticeId).body())
                .contains("id=\"effective-on\">" + day + "<");
        // supervision: 6 days at 175 minutes a week, then 4 days at 273
        LocalDate to = today.minusDays(1);
        Set<Long> candidates = SupervisionTestData.candidates(jdbc, providers, start, to).get(solsikken);
        long seed = SupervisionTestData.seedDrawing(solsikken, citizenId, candidates, 100);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", start.toString());
        body.put("to", to.toString());
        body.put("perProvider", 100);
        body.put("providerId", solsikken);
        body.put("seed", seed);
        Response sample = ApiClient.as(port, "tilsyn").post("/api/v1/supervision/samples", json(body));
        assertThat(sample.status()).as(sample.body()).isEqualTo(201);
        JsonNode line = line(sample.json(), solsikken, citizenId);
        assertThat(line.get("grantedMinutes").asInt()).isEqualTo((6 * 175 + 4 * 273) / 7);
    }

    private static long citizen(ApiClient caseworker) {
        var inquiry = caseworker.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Dato Ærø Østergård", "address", "Testvej 1, 2670 Greve",
                "district", "hundige", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Hjælp til personlig pleje", "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        var assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", json(map(
                "inquiryId", inquiry.json().get("id").asLong(), "assessedOn", DecisionTestData.today().toString(),
                "overallAssessment", "Har brug for hjælp efter hofteoperation.", "abilityScores", Map.of(PERSONLIG_PLEJE, 3))));
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        return citizenId;
    }

    private static JsonNode line(JsonNode report, long providerId, long citizenId) {
        for (JsonNode p : report.get("providers")) {
            if (p.get("providerId").asLong() == providerId) {
                for (JsonNode c : p.get("citizens")) {
                    if (c.get("citizenId").asLong() == citizenId) {
                        return c.get("lines").get(0);
                    }
                }
            }
        }
        throw new AssertionError("citizen " + citizenId + " not in the sample: " + report);
    }
}
