package dk.omsorg.specialcase;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.notice.NoticeTestData.AT_MOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Offers, comparison and choice of a special case over real HTTP (seed 000 "Ansvar for at hente tilbud"): two offers
 * at least, compared as monthly cost with the municipal provider's and the primary private provider's rates, the
 * cheapest preselected, another only with a reason; bad input refused in Danish with nothing stored.
 * The case has fast vagt 480 minutes a day in the day and the night shift: 3,360 + 3,360 minutes a week.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpecialCaseOfferApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient leader;
    SpecialCaseOfferFixture fixture;
    long kystens;
    long solsikken;

    @BeforeEach
    void setUp() {
        leader = ApiClient.as(port, "leder");
        fixture = new SpecialCaseOfferFixture(jdbc, ApiClient.as(port, "visitator"));
        fixture.watch("DAY,NIGHT", 480, LocalDate.of(2026, 1, 1));
        kystens = SpecialCaseOfferFixture.provider(jdbc, "kystens-hjemmeservice");
        solsikken = SpecialCaseOfferFixture.provider(jdbc, "solsikken-hjemmepleje");
    }

    static String offer(long providerId, String day, String other, String night) {
        return json(map("providerId", providerId, "receivedOn", "2026-11-02", "rateWeekdayDay", day, "rateOther", other,
                "rateNight", night, "validFrom", "2026-11-01", "validTo", "2027-10-31", "noticeMonths", 1));
    }

    @Test
    void theCheapestOfferIsPreselectedAndAnotherChoiceNeedsAWrittenReason() {
        var first = leader.post("/api/v1/special-cases/" + fixture.caseId + "/offers", offer(kystens, "600,00", "650,00", "700,00"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(fixture.status()).isEqualTo("OFFERS");
        assertThat(fixture.history()).anySatisfy(h -> assertThat(h).contains("Sagens status er nu: tilbud"));
        // one offer cannot be compared
        var tooFew = leader.get("/api/v1/special-cases/" + fixture.caseId + "/comparison");
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.body()).contains("mindst to leverandører");

        // the primary private provider is paid by the takstblad: an offer from it has the takstblad's rates
        var notTakst = leader.post("/api/v1/special-cases/" + fixture.caseId + "/offers", offer(solsikken, "450,00", "521", "530.00"));
        assertThat(notTakst.status()).isEqualTo(400);
        assertThat(notTakst.json().get("errors").get(0).get("field").asText()).isEqualTo("rateWeekdayDay");
        assertThat(notTakst.body()).contains("takstblad", "398,00 kr.");
        assertThat(fixture.count("special_case_offer")).isEqualTo(1);
        var second = leader.post("/api/v1/special-cases/" + fixture.caseId + "/offers", offer(solsikken, "398,00", "521", "530.00"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        long cheap = second.json().get("id").asLong();
        long dear = first.json().get("id").asLong();

        var comparison = leader.get("/api/v1/special-cases/" + fixture.caseId + "/comparison");
        assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
        JsonNode c = comparison.json();
        assertThat(c.get("weeklyMinutes").get("day").asInt()).isEqualTo(3360);
        assertThat(c.get("weeklyMinutes").get("night").asInt()).isEqualTo(3360);
        // monthly cost: 40 h weekday day + 16 h other + 56 h night a week, × 365.25 / 12 / 7 weeks
        assertThat(rows(c)).containsExactly(
                "OFFER Kystens Hjemmeservice ApS 320028.57 false",
                "OFFER Solsikken Hjemmepleje ApS 234525.29 true",
                "MUNICIPAL Greve Kommune Hjemmeplejen 242212.93 false",
                "PRIMARY_PRIVATE Solsikken Hjemmepleje ApS 234525.29 false");
        assertThat(c.get("cheapestOfferId").asLong()).isEqualTo(cheap);
        assertThat(c.get("choice").get("offerId").asLong()).isEqualTo(cheap);

        var noReason = leader.post("/api/v1/special-cases/" + fixture.caseId + "/choice", json(map("offerId", dear, "reason", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(noReason.body()).contains("Skriv en begrundelse");
        assertThat(fixture.count("special_case_choice")).isZero();

        var reasoned = leader.post("/api/v1/special-cases/" + fixture.caseId + "/choice",
                json(map("offerId", dear, "reason", "Kun Kystens har personale med erfaring i svær demens")));
        assertThat(reasoned.status()).as(reasoned.body()).isEqualTo(200);
        assertThat(reasoned.json().get("choice").get("offerId").asLong()).isEqualTo(dear);
        assertThat(reasoned.json().get("cheapestOfferId").asLong()).isEqualTo(cheap);
        assertThat(fixture.history()).anySatisfy(h -> assertThat(h)
                .contains("ikke det billigste", "Kun Kystens har personale med erfaring i svær demens"));
    }

    @Test
    void badOffersAreRefusedInDanishByFieldAndNothingIsStored() {
        var bad = leader.post("/api/v1/special-cases/" + fixture.caseId + "/offers", json(map(
                "providerId", 999999, "receivedOn", null, "rateWeekdayDay", "0", "rateOther", "-10,00", "rateNight", "abc",
                "validFrom", "2026-11-01", "validTo", "2026-10-01", "noticeMonths", 1)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("providerId", "receivedOn", "rateWeekdayDay", "rateOther",
                "rateNight", "validTo");
        assertThat(bad.body()).contains("Leverandøren findes ikke i kommunen", "Timetaksten skal være større end 0 kr.",
                "Timetaksten skal være et beløb i kroner");
        assertThat(fixture.count("special_case_offer")).isZero();
        assertThat(fixture.status()).isEqualTo("ASSESSMENT");
        // only the leader records offers
        var caseworker = ApiClient.as(port, "visitator").post("/api/v1/special-cases/" + fixture.caseId + "/offers",
                offer(kystens, "600,00", "650,00", "700,00"));
        assertThat(caseworker.status()).isEqualTo(403);
        assertThat(fixture.count("special_case_offer")).isZero();
    }

    @Test
    void theLeaderCanAskFinancesControllerToReviewTheOffers() {
        leader.post("/api/v1/special-cases/" + fixture.caseId + "/offers", offer(kystens, "600,00", "650,00", "700,00"));
        // rates left empty for the primary private provider: the takstblad's
        var takst = leader.post("/api/v1/special-cases/" + fixture.caseId + "/offers", offer(solsikken, "", "", ""));
        assertThat(takst.status()).as(takst.body()).isEqualTo(201);
        assertThat(takst.body()).contains("398", "521", "530");
        var review = leader.post("/api/v1/special-cases/" + fixture.caseId + "/review", "{}");
        assertThat(review.status()).as(review.body()).isEqualTo(202);
        await().atMost(AT_MOST).untilAsserted(() -> assertThat(jdbc.sql(
                        "select owner_role from task where kind = 'SPECIAL_CASE_REVIEW' and subject_key = ?")
                .param("special-case-review:" + fixture.caseId).query(String.class).list()).containsExactly("FINANCE"));
    }

    static List<String> rows(JsonNode comparison) {
        List<String> rows = new ArrayList<>();
        for (JsonNode r : comparison.get("rows")) {
            rows.add(r.get("kind").asText() + " " + r.get("providerName").asText() + " "
                    + r.get("monthlyCost").decimalValue().setScale(2).toPlainString() + " " + r.get("cheapest").asBoolean());
        }
        return rows;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
