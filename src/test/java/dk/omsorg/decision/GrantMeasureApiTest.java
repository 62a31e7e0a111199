package dk.omsorg.decision;

import dk.omsorg.additionalcosts.AdditionalCostsFixtures;
import dk.omsorg.delivery.ReassessmentScan;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ikast-Brande's grants measured as seed 001 measures them, over real HTTP: § 100 in kroner a month, § 97 ledsagelse
 * as hours a month, § 84 aflastning as døgn per 12 months, § 107 as a place; stored and read back, and the letter
 * never shows minutes or "gang" for them. A field of the wrong measure is an error by field with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GrantMeasureApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 900) + 50);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReassessmentScan scan;

    ApiClient ikast;

    @BeforeEach
    void client() {
        ikast = ApiClient.as(port, "visitator-ikast");
    }

    private DecisionTestData.Applicant applicant(String legalBasis) {
        String cpr = "1203%02d-1%03d".formatted(85, SERIAL.incrementAndGet() % 1000);
        Response inquiry = ikast.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", "Måle Mette Ørsted",
                "address", "Østergade 4, 7430 Ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Ansøgning", "legalBasis", legalBasis, "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return new DecisionTestData.Applicant(inquiry.json().get("citizenId").asLong(), inquiry.json().get("id").asLong());
    }

    private static Map<String, Object> measured(String code, Object... fields) {
        return with(with(grant(code, null, null, null, null, today(), null), fields), "overrideReason", "Konkret vurdering.");
    }

    @Test
    void anAmountAndAPoolAreStoredReadBackAndWrittenWithoutMinutes() {
        DecisionTestData.Applicant a = applicant("SEL § 100");
        // the § 100 amount is the calculation's: 1.500 kr. diet less 200 kr. → the 2025 band of 1.179 kr.
        assertThat(AdditionalCostsFixtures.calculate(ikast, a.citizenId(), today())).isEqualByComparingTo("1179.00");
        Response made = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("merudgiftsydelse", "amount", "1179.00"), measured("ledsagelse", "quantity", 15)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);

        JsonNode read = ikast.get("/api/v1/decisions/" + made.json().get("id").asLong()).json();
        JsonNode amount = read.get("grants").get(0);
        assertThat(amount.get("measured").get("measure").asText()).isEqualTo("AMOUNT");
        assertThat(amount.get("measured").get("amount").decimalValue()).isEqualByComparingTo("1179.00");
        assertThat(amount.get("measured").get("per").asText()).isEqualTo("MONTH");
        assertThat(amount.get("frequency").asText()).isEqualTo("1.179,00 kr. om måneden");
        assertThat(amount.get("minutesPerDelivery").asInt()).isZero();
        assertThat(amount.get("weeklyMinutes").asInt()).isZero();
        JsonNode pool = read.get("grants").get(1);
        assertThat(pool.get("measured").get("quantity").asInt()).isEqualTo(15);
        assertThat(pool.get("measured").get("unit").asText()).isEqualTo("HOURS");
        assertThat(pool.get("frequency").asText()).isEqualTo("15 timer om måneden");
        assertThat(read.get("weeklyTime").get("totalMinutesPerWeek").asInt()).isZero();
        assertThat(jdbc.sql("select amount_ore from decision_grant where grant_key = ?::uuid")
                .param(amount.get("grantKey").asText()).query(Long.class).single()).isEqualTo(117_900L);

        String letter = DecisionTestData.pdfText(ikast.download("/api/v1/decisions/" + made.json().get("id").asLong() + "/letter").body());
        assertThat(letter).contains("1.179,00 kr. om måneden", "15 timer om måneden");
        assertThat(letter).doesNotContain("minutter", "gang ugentligt", "gange ugentligt", "1 gang");
        // the letter shows the calculation behind the amount
        assertThat(letter.replaceAll("\\s+", " ")).contains("Beregning pr. måned: Diætkost 1.500,00 kr.",
                "Almindelig kost for jævnaldrende − 200,00 kr.", "Merudgifter i alt 1.300,00 kr. pr. måned",
                "Standardbeløb for interval");

        // the citizen overview's grant summary: what is granted, no weekly time
        WebSession.Page summary = WebSession.logIn(port, "visitator-ikast").htmx("/citizens/" + a.citizenId() + "/grants/summary");
        assertThat(summary.status()).isEqualTo(200);
        String body = summary.body().replaceAll("\\s+", " ");
        assertThat(body).contains("1.179,00 kr. om måneden", "15 timer om måneden")
                .doesNotContain("min om ugen", "summary-weekly-total");
    }

    @Test
    void aGrantNotInTimeStoresNoTimeAndTheReassessmentScanPassesItBy() {
        DecisionTestData.Applicant a = applicant("SEL § 100");
        int before = scan.scan(today().plusDays(1), 756, ReassessmentScan.Trigger.ON_DEMAND, "test").grantsCompared();
        AdditionalCostsFixtures.calculate(ikast, a.citizenId(), today());
        Response made = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("merudgiftsydelse", "amount", "1179.00")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        Map<String, Object> row = jdbc.sql("""
                select measure, times, minutes_per_delivery, weekly_minutes, per, cardinality(shifts) as shifts
                from decision_grant where grant_key = ?::uuid""")
                .param(made.json().get("grants").get(0).get("grantKey").asText()).query().singleRow();
        assertThat(row).containsEntry("measure", "AMOUNT").containsEntry("times", 0).containsEntry("minutes_per_delivery", 0)
                .containsEntry("weekly_minutes", 0).containsEntry("per", "MONTH").containsEntry("shifts", 0);
        assertThat(scan.scan(today().plusDays(1), 756, ReassessmentScan.Trigger.ON_DEMAND, "test").grantsCompared()).isEqualTo(before);
    }

    @Test
    void aPoolOfDaysAndAPlaceAreStoredAndReadBack() {
        DecisionTestData.Applicant a = applicant("SEL § 84");
        Response made = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("aflastning-uden-for-hjemmet", "quantity", 14),
                measured("beskyttet-beskaeftigelsestilbud", "place", "Center for Psykiatri og Udvikling", "daysPerWeek", 3)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode grants = made.json().get("grants");
        assertThat(grants.get(0).get("frequency").asText()).isEqualTo("14 døgn pr. 12 måneder");
        assertThat(grants.get(1).get("frequency").asText()).isEqualTo("Plads: Center for Psykiatri og Udvikling, 3 dage om ugen");
        assertThat(grants.get(1).get("measured").get("daysPerWeek").asInt()).isEqualTo(3);
    }

    @Test
    void aFieldOfTheWrongMeasureIsAnErrorByFieldAndNothingIsStored() {
        DecisionTestData.Applicant a = applicant("SEL § 100");
        DecisionTestData.Rows before = DecisionTestData.Rows.count(jdbc);
        Response refused = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                with(grant("merudgiftsydelse", 1, "WEEK", null, 1, today(), null), "amount", "12.345"),
                measured("ledsagelse"),
                with(grant("socialpaedagogisk-stoette-individuel", 1, "WEEK", null, 60, today(), null), "amount", 100)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("grants[0].times", "grants[0].per",
                "grants[0].minutesPerDelivery", "grants[0].amount", "grants[1].quantity", "grants[2].amount");
        assertThat(refused.json().get("errors").toString()).contains("bevilges som et beløb: angiv ikke minutter",
                "højst to decimaler", "Angiv antal timer eller døgn for bevilling 2", "Bevilling 3 bevilges i tid: angiv ikke et beløb");
        Response negative = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("merudgiftsydelse", "amount", -1)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").findValuesAsString("field")).containsExactly("grants[0].amount");
        assertThat(DecisionTestData.Rows.count(jdbc)).isEqualTo(before);
    }


    /** One truth for the § 100 amount: without a calculation, or with another amount than its result, no decision. */
    @Test
    void aSection100AmountIsTheCalculationsResult() {
        DecisionTestData.Applicant a = applicant("SEL § 100");
        DecisionTestData.Rows before = DecisionTestData.Rows.count(jdbc);
        Response none = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("merudgiftsydelse", "amount", "1179.00")));
        assertThat(none.status()).as(none.body()).isEqualTo(400);
        assertThat(none.json().get("errors").get(0).get("field").asText()).isEqualTo("grants[0].amount");
        assertThat(none.body()).contains("Lav først beregningen");

        AdditionalCostsFixtures.calculate(ikast, a.citizenId(), today());
        Response other = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("merudgiftsydelse", "amount", "1250.00")));
        assertThat(other.status()).as(other.body()).isEqualTo(400);
        assertThat(other.body()).contains("1.179,00 kr. om måneden");
        assertThat(DecisionTestData.Rows.count(jdbc)).isEqualTo(before);

        Response made = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                measured("merudgiftsydelse", "amount", "1179.00")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(jdbc.sql("select grant_key::text from additional_costs_calculation where citizen_id = ?")
                .param(a.citizenId()).query(String.class).single())
                .isEqualTo(made.json().get("grants").get(0).get("grantKey").asText());
    }
}
