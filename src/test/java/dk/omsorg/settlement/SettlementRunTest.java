package dk.omsorg.settlement;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly run over real HTTP against the database: seed 000's three settlement cases, the free-choice fallback,
 * a rate change in the middle of a month, granted vs delivered minutes and not-delivered reasons, co-payment (none
 * for temporary § 83 help), difference lines after a back-dated change to an approved month, a run that stops on
 * visits without a rate, and the locks on an approved month. Every amount is checked to the øre.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementRunTest {

    static final String PP = "SEL § 83 stk. 1 nr. 1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient finance;
    SettlementFixture fixture;
    long municipal;
    long solsikken;
    long kystens;

    @BeforeEach
    void setUp() {
        finance = ApiClient.as(port, "okonomi");
        fixture = new SettlementFixture(jdbc, NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a",
                DecisionTestData.today()));
        municipal = SettlementFixture.provider(jdbc, "greve-hjemmeplejen");
        solsikken = SettlementFixture.provider(jdbc, "solsikken-hjemmepleje");
        kystens = SettlementFixture.provider(jdbc, "kystens-hjemmeservice");
    }

    @Test
    void seed000ThreeCasesFreeChoiceRateAtNightOwnBidByTimeOfDayAndCaseSpecificRate() {
        LocalDate wednesday = LocalDate.of(2022, 2, 2);
        LocalDate saturday = LocalDate.of(2022, 2, 5);
        // the municipal provider's night hours of 1:1 time: the free-choice rate (544 kr/t at night)
        UUID night = fixture.grant("fast-vagt", "fast-vagt", PP, 480, wednesday, null);
        fixture.delivered(night, municipal, wednesday, LocalTime.of(23, 0), 480);
        // the primary private provider at its own bid by time of day: 398 / 521 / 530 kr/t
        UUID primary = fixture.grant("fast-vagt", "fast-vagt", PP, 480, wednesday, null);
        fixture.delivered(primary, solsikken, wednesday, LocalTime.of(7, 0), 60);
        fixture.delivered(primary, solsikken, wednesday, LocalTime.of(16, 59), 30);
        fixture.delivered(primary, solsikken, wednesday, LocalTime.of(17, 0), 60);
        fixture.delivered(primary, solsikken, saturday, LocalTime.of(10, 0), 60);
        fixture.delivered(primary, solsikken, saturday, LocalTime.of(3, 15), 60);
        // another private provider at the rate negotiated for the case (600 kr/t in every band)
        UUID other = fixture.grant("fast-vagt", "fast-vagt", PP, 480, wednesday, null);
        fixture.delivered(other, kystens, wednesday, LocalTime.of(12, 0), 120);
        var rate = finance.post("/api/v1/settlement/case-rates", json(map("grantKey", other, "providerId", kystens,
                "band", "ALL", "amount", "600,00", "validFrom", "2022-01-01", "reason", "Aftale med Kystens om fast vagt")));
        assertThat(rate.status()).as(rate.body()).isEqualTo(201);

        JsonNode run = settle("2022-02");

        assertThat(status(run)).isEqualTo("DRAFT");
        assertThat(lines(run, municipal, night)).containsExactly("NIGHT FREE_CHOICE 544.00 1 480 4352.00");
        assertThat(lines(run, solsikken, primary)).containsExactly(
                "WEEKDAY_DAY PROVIDER 398.00 2 90 597.00",      // 07:00 and 16:59 are hverdag dag
                "OTHER PROVIDER 521.00 2 120 1042.00",          // 17:00 on a weekday and Saturday daytime
                "NIGHT PROVIDER 530.00 1 60 530.00");
        assertThat(lines(run, kystens, other)).containsExactly("WEEKDAY_DAY CASE 600.00 1 120 1200.00");

        // reading a statement is a read of the citizens it names: audited, one row per citizen and read
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where username = 'okonomi' and action = 'READ'
                          and resource = 'settlement_statement' and citizen_id = ? and resource_id = ?""")
                .params(fixture.citizenId(), String.valueOf(id(run))).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aProviderWithoutItsOwnRateIsPaidTheFreeChoiceRateAndAmountsAreRoundedOnceToTheOre() {
        LocalDate monday = LocalDate.of(2022, 3, 7);
        UUID care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 7, monday, null);
        fixture.delivered(care, kystens, monday, LocalTime.of(8, 0), 7);
        fixture.delivered(care, kystens, monday.plusDays(1), LocalTime.of(8, 0), 7);
        fixture.delivered(care, kystens, monday.plusDays(2), LocalTime.of(8, 0), 7);
        // Kristi himmelfartsdag 2022 (26 May is outside; 13 April is not a holiday): Maundy Thursday 14 April is
        fixture.delivered(care, kystens, LocalDate.of(2022, 3, 13), LocalTime.of(8, 0), 7);   // a Sunday

        JsonNode run = settle("2022-03");

        // 21 minutes at 413 kr/t = 144.55; 7 minutes at 545 kr/t = 63.583… → 63.58
        assertThat(lines(run, kystens, care)).containsExactly(
                "WEEKDAY_DAY FREE_CHOICE 413.00 3 21 144.55",
                "OTHER FREE_CHOICE 545.00 1 7 63.58");
    }

    @Test
    void aPublicHolidayIsOtherTimesAndGrantedMinutesArePaidForEachDeliveredVisit() {
        LocalDate ascension = LocalDate.of(2022, 5, 26);   // Kristi himmelfartsdag, a Thursday
        UUID care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 20, LocalDate.of(2022, 5, 1), null);
        fixture.delivered(care, kystens, ascension, LocalTime.of(9, 0), 35);              // paid the granted 20
        fixture.delivered(care, kystens, ascension.plusDays(1), LocalTime.of(9, 0), 10);  // paid the granted 20
        fixture.notDelivered(care, kystens, LocalDate.of(2022, 5, 2), "CANCELLED_BY_CITIZEN");   // paid: too late
        fixture.notDelivered(care, kystens, LocalDate.of(2022, 5, 3), "HOSPITALISED");           // not paid
        // 1:1 time is paid by the minutes delivered
        UUID watch = fixture.grant("fast-vagt", "fast-vagt", PP, 60, LocalDate.of(2022, 5, 1), null);
        fixture.delivered(watch, kystens, ascension, LocalTime.of(9, 0), 90);

        JsonNode run = settle("2022-05");

        assertThat(lines(run, kystens, care)).containsExactly(
                "WEEKDAY_DAY FREE_CHOICE 413.00 2 40 275.33",
                "OTHER FREE_CHOICE 545.00 1 20 181.67");
        assertThat(lines(run, kystens, watch)).containsExactly("OTHER FREE_CHOICE 545.00 1 90 817.50");
    }

    @Test
    void aRateChangeInTheMiddleOfTheMonthPricesEachVisitAtTheRateOfItsDay() {
        // Solsikken's own rate for practical help changes on 16 April (rows as the policy file would mirror them)
        jdbc.sql("""
                insert into settlement_rate (municipality_id, provider_id, rate_group, band, valid_from, valid_to, amount_ore)
                values (253, ?, 'praktisk-hjaelp', 'ALL', '2022-04-01', '2022-04-15', 35000),
                       (253, ?, 'praktisk-hjaelp', 'ALL', '2022-04-16', '2022-04-30', 36000)""").params(solsikken, solsikken).update();
        try {
            UUID cleaning = fixture.grant("praktisk-hjaelp", "rengoering", "SEL § 83 stk. 1 nr. 2", 60, LocalDate.of(2022, 4, 1), null);
            fixture.delivered(cleaning, solsikken, LocalDate.of(2022, 4, 15), LocalTime.of(10, 0), 60);
            fixture.delivered(cleaning, solsikken, LocalDate.of(2022, 4, 16), LocalTime.of(10, 0), 60);

            JsonNode run = settle("2022-04");

            assertThat(lines(run, solsikken, cleaning)).containsExactly(
                    "ALL PROVIDER 350.00 1 60 350.00",
                    "ALL PROVIDER 360.00 1 60 360.00");
        } finally {
            jdbc.sql("delete from settlement_rate where provider_id = ? and rate_group = 'praktisk-hjaelp'").param(solsikken).update();
        }
    }

    @Test
    void aBackDatedChangeToAnApprovedMonthIsSettledAsDifferenceLinesInTheNextRun() {
        UUID care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 30, LocalDate.of(2022, 6, 1), null);
        for (int day = 7; day <= 10; day++) {   // Tuesday–Friday: Monday 6 June 2022 is Whit Monday
            fixture.delivered(care, kystens, LocalDate.of(2022, 6, day), LocalTime.of(8, 0), 30);
        }
        JsonNode june = settle("2022-06");
        assertThat(lines(june, kystens, care)).containsExactly("WEEKDAY_DAY FREE_CHOICE 413.00 4 120 826.00");
        approve(june);

        // the approved month is locked: not run again, not approved twice
        assertThat(finance.post("/api/v1/settlement/runs", json(map("month", "2022-06", "waitForResult", true))).status())
                .isEqualTo(409);
        var twice = finance.post("/api/v1/settlement/runs/" + june.get("run").get("id").asLong() + "/approve",
                json(map("version", june.get("run").get("version").asInt() + 1)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("allerede godkendt");
        var locked = jdbc.sql("update settlement_line set amount_ore = 0 where run_id = ?")
                .param(june.get("run").get("id").asLong());
        org.assertj.core.api.Assertions.assertThatThrownBy(locked::update).hasMessageContaining("locked");

        // the grant is raised to 45 minutes back-dated to 1 June, and a late visit of 20 June is registered
        fixture.changeMinutes(care, 45, LocalDate.of(2022, 6, 1));
        fixture.delivered(care, kystens, LocalDate.of(2022, 6, 20), LocalTime.of(8, 0), 45);
        UUID julyCare = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 30, LocalDate.of(2022, 7, 1), null);
        fixture.delivered(julyCare, kystens, LocalDate.of(2022, 7, 4), LocalTime.of(8, 0), 30);

        JsonNode july = settle("2022-07");

        assertThat(lines(july, kystens, julyCare)).containsExactly("WEEKDAY_DAY FREE_CHOICE 413.00 1 30 206.50");
        // June recomputed: 5 visits × 45 min = 225 min = 1548.75; settled 826.00 → difference 1 visit, 105 min, 722.75
        List<String> differences = differenceLines(july, kystens, care);
        assertThat(differences).containsExactly("2022-06 WEEKDAY_DAY FREE_CHOICE 413.00 1 105 722.75");
        // June's own statement is unchanged
        assertThat(lines(run(june.get("run").get("id").asLong()), kystens, care))
                .containsExactly("WEEKDAY_DAY FREE_CHOICE 413.00 4 120 826.00");

        // running July again settles the difference once, not twice
        JsonNode again = settle("2022-07");
        assertThat(differenceLines(again, kystens, care)).containsExactly("2022-06 WEEKDAY_DAY FREE_CHOICE 413.00 1 105 722.75");
        // approved, July has settled June's change: a later month's run finds nothing more to settle for June
        approve(again);
        UUID augustCare = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 30, LocalDate.of(2022, 8, 1), null);
        fixture.delivered(augustCare, kystens, LocalDate.of(2022, 8, 2), LocalTime.of(8, 0), 30);
        assertThat(differenceLines(settle("2022-08"), kystens, care)).isEmpty();
    }

    @Test
    void coPaymentForLaundryAndMealsButNotForTemporaryParagraph83Help() {
        LocalDate first = LocalDate.of(2022, 8, 1);
        UUID laundry = fixture.grant("praktisk-hjaelp", "toejvask-8kg-hver-uge", "SEL § 83 stk. 1 nr. 2", 15, first, null);
        UUID temporaryLaundry = fixture.grant("praktisk-hjaelp", "toejvask-8kg-hver-anden-uge", "SEL § 83 stk. 1 nr. 2", 15,
                first, LocalDate.of(2022, 9, 30));
        UUID halfMonth = fixture.grant("praktisk-hjaelp", "toejvask-12kg-hver-anden-uge", "SEL § 84 stk. 1", 15,
                LocalDate.of(2022, 8, 17), null);
        UUID meals = fixture.grant("madservice", "madudbringning", "SEL § 83 stk. 1 nr. 3", 5, first, null);
        for (int day = 1; day <= 10; day++) {
            fixture.delivered(meals, municipal, first.plusDays(day - 1), LocalTime.of(11, 0), 5);
        }
        fixture.notDelivered(meals, municipal, first.plusDays(10), "CITIZEN_ABSENT");
        fixture.delivered(laundry, municipal, first, LocalTime.of(10, 0), 15);

        JsonNode run = settle("2022-08");

        List<String> coPayment = new ArrayList<>();
        for (JsonNode line : finance.get("/api/v1/settlement/runs/" + id(run) + "/copayment").json()) {
            if (line.get("citizenId").asLong() == fixture.citizenId()) {
                coPayment.add(line.get("interventionCode").asText() + " " + kr(line.get("quantity")) + " "
                        + kr(line.get("price")) + " " + kr(line.get("amount")));
            }
        }
        // a month's laundry 262.00; 15 of 31 days of it 126.77; 10 portions × 58.00; nothing for the temporary § 83 grant
        assertThat(coPayment).containsExactlyInAnyOrder(
                "toejvask-8kg-hver-uge 1.00 262.00 262.00",
                "toejvask-12kg-hver-anden-uge 0.48 262.00 126.77",
                "madudbringning 10.00 58.00 580.00");
        // the meal provider is paid per portion delivered
        assertThat(lines(run, municipal, meals)).containsExactly("ALL FREE_CHOICE 58.50 10 50 585.00");
        assertThat(temporaryLaundry).isNotNull();
    }

    @Test
    void visitsWithoutAnApplicableRateStopTheRunAndAreAllListedWithNoPartialStatement() {
        LocalDate day = LocalDate.of(2022, 9, 5);
        UUID dayCentre = fixture.grant("dagcenter", "dagcenter", "SEL § 84 stk. 1", 240, day, null);
        fixture.delivered(dayCentre, kystens, day, LocalTime.of(9, 0), 240);
        fixture.delivered(dayCentre, kystens, day.plusDays(7), LocalTime.of(9, 0), 240);
        UUID care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 20, day, null);
        fixture.delivered(care, kystens, day, LocalTime.of(9, 0), 20);

        var response = finance.post("/api/v1/settlement/runs", json(map("month", "2022-09", "waitForResult", true)));
        JsonNode run = response.json();

        assertThat(status(run)).isEqualTo("FAILED");
        assertThat(run.get("providers")).isEmpty();
        JsonNode problem = run.get("problems").get(0);
        assertThat(problem.get("grantKey").asText()).isEqualTo(dayCentre.toString());
        assertThat(problem.get("visits").asInt()).isEqualTo(2);
        assertThat(problem.get("code").asText()).isEqualTo("NO_RATE_GROUP");
        assertThat(jdbc.sql("select count(*) from settlement_line where run_id = ?").param(id(run)).query(Integer.class).single())
                .isZero();
        // a failed run cannot be approved
        var approve = finance.post("/api/v1/settlement/runs/" + id(run) + "/approve",
                json(map("version", run.get("run").get("version").asInt())));
        assertThat(approve.status()).isEqualTo(400);
    }

    @Test
    void aStaleApprovalIsAConflictAndACaseRateWithBadInputIsRefusedInDanishStoringNothing() {
        UUID care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 20, LocalDate.of(2022, 10, 3), null);
        fixture.delivered(care, kystens, LocalDate.of(2022, 10, 3), LocalTime.of(9, 0), 20);
        JsonNode first = settle("2022-10");
        settle("2022-10");   // run again: a new version
        var stale = finance.post("/api/v1/settlement/runs/" + id(first) + "/approve",
                json(map("version", first.get("run").get("version").asInt())));
        assertThat(stale.status()).isEqualTo(409);

        int before = jdbc.sql("select count(*) from settlement_case_rate").query(Integer.class).single();
        var bad = finance.post("/api/v1/settlement/case-rates", json(map("grantKey", care, "providerId", kystens,
                "band", "ALL", "amount", "-5,00", "validFrom", "2022-10-10", "validTo", "2022-10-01", "reason", "")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Taksten kan ikke være negativ", "Slutdatoen ligger før startdatoen",
                "Angiv begrundelsen");
        // issue 14: not for a provider that does not deliver the grant (the municipal home care here)
        var notDelivering = finance.post("/api/v1/settlement/case-rates", json(map("grantKey", care, "providerId", municipal,
                "band", "WEEKDAY_DAY", "amount", "450,00", "validFrom", "2022-10-01", "reason", "Aftale")));
        assertThat(notDelivering.status()).isEqualTo(400);
        assertThat(notDelivering.json().get("errors").get(0).get("field").asText()).isEqualTo("providerId");
        assertThat(notDelivering.body()).contains("Leverandøren leverer ikke denne bevilling");
        assertThat(jdbc.sql("select count(*) from settlement_case_rate").query(Integer.class).single()).isEqualTo(before);
        var ok = finance.post("/api/v1/settlement/case-rates", json(map("grantKey", care, "providerId", kystens,
                "band", "WEEKDAY_DAY", "amount", "450,00", "validFrom", "2022-10-01", "reason", "Aftale")));
        assertThat(ok.status()).isEqualTo(201);
        var overlapping = finance.post("/api/v1/settlement/case-rates", json(map("grantKey", care, "providerId", kystens,
                "band", "ALL", "amount", "460,00", "validFrom", "2022-12-01", "reason", "Ny aftale")));
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.body()).contains("allerede en særskilt takst");
        assertThat(jdbc.sql("select count(*) from settlement_case_rate").query(Integer.class).single()).isEqualTo(before + 1);
    }

    @Test
    void anOutcomeBonusIsPaidForACourseWhoseFinalAssessmentImprovedEnough() {
        UUID washing = UUID.fromString("4d46bd94-9518-431c-82e8-ebb91bca307a");     // J1.1 Vaske sig
        UUID mobility = UUID.fromString("d8aa5f09-cd9c-4996-a853-1c95ee98f25c");    // Mobilitet og bevægelse
        fixture.assessment(LocalDate.of(2021, 10, 1), java.util.Map.of(washing, 3, mobility, 2));
        UUID improved = fixture.course(LocalDate.of(2021, 10, 4), LocalDate.of(2022, 1, 14));
        fixture.assessment(LocalDate.of(2022, 1, 12), java.util.Map.of(washing, 1, mobility, 2));   // 2 points better

        JsonNode run = settle("2022-01");

        List<JsonNode> bonus = statementLines(run, solsikken, improved, "BONUS");
        assertThat(bonus).hasSize(1);
        assertThat(kr(bonus.get(0).get("amount"))).isEqualTo("1500.00");
        assertThat(bonus.get(0).get("account").asText()).isEqualTo("5.30.29");

        // after a switch during the course the bonus goes to the provider delivering it at the final evaluation
        jdbc.sql("""
                insert into provider_switch (municipality_id, citizen_id, grant_key, old_provider_id, new_provider_id, cause,
                    requested_on, effective_from, created_at, created_by)
                values (253, ?, ?, ?, ?, 'CITIZEN_REQUEST', '2021-11-15', '2021-12-01', now(), 'test')""")
                .params(fixture.citizenId(), improved, solsikken, kystens).update();
        JsonNode switched = settle("2022-01");
        assertThat(statementLines(switched, solsikken, improved, "BONUS")).isEmpty();
        assertThat(statementLines(switched, kystens, improved, "BONUS")).hasSize(1);

        // the same course improving by 1 point earns nothing (minImprovement 2)
        fixture.assessment(LocalDate.of(2022, 1, 13), java.util.Map.of(washing, 2, mobility, 2));
        JsonNode again = settle("2022-01");
        assertThat(statementLines(again, kystens, improved, "BONUS")).isEmpty();
    }

    // --- helpers ---

    @Test
    void aStatementLineNeedsItsRunAndGoesWithIt() {
        UUID care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 30, LocalDate.of(2023, 5, 1), null);
        fixture.delivered(care, kystens, LocalDate.of(2023, 5, 9), LocalTime.of(8, 0), 30);
        JsonNode may = settle("2023-05");
        long runId = may.get("run").get("id").asLong();
        assertThat(lines(may, kystens, care)).hasSize(1);
        long missing = jdbc.sql("select max(id) + 1000 from settlement_run").query(Long.class).single();
        // checked once per statement (V67), with the foreign key's error
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        insert into settlement_line (run_id, municipality_id, provider_id, kind, service_month, citizen_id,
                            grant_key, intervention_code, intervention_name, rate_group, legal_basis, account, band, unit,
                            rate_source, rate_ore, visits, minutes, amount_ore)
                        select ?, municipality_id, provider_id, kind, service_month, citizen_id, grant_key, intervention_code,
                               intervention_name, rate_group, legal_basis, account, band, unit, rate_source, rate_ore, visits,
                               minutes, amount_ore
                        from settlement_line where run_id = ?""").params(missing, runId).update())
                .hasMessageContaining("settlement_run");
        jdbc.sql("delete from settlement_run where id = ?").param(runId).update();
        assertThat(jdbc.sql("select count(*) from settlement_line where run_id = ?").param(runId).query(Long.class).single())
                .as("the run's lines go with it").isZero();
    }

    private JsonNode settle(String month) {
        var response = finance.post("/api/v1/settlement/runs", json(map("month", month, "waitForResult", true)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode run = response.json();
        assertThat(run.get("problems")).as(response.body()).isEmpty();
        return run;
    }

    private JsonNode run(long id) {
        return finance.get("/api/v1/settlement/runs/" + id).json();
    }

    private void approve(JsonNode run) {
        var approved = finance.post("/api/v1/settlement/runs/" + id(run) + "/approve",
                json(map("version", run.get("run").get("version").asInt())));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(status(approved.json())).isEqualTo("APPROVED");
    }

    private static long id(JsonNode run) {
        return run.get("run").get("id").asLong();
    }

    private static String status(JsonNode run) {
        return run.get("run").get("status").asText();
    }

    /** The provider's PERIOD lines of the grant: band, rate source, rate, visits, minutes, amount. */
    private List<String> lines(JsonNode run, long providerId, UUID grant) {
        return statementLines(run, providerId, grant, "PERIOD").stream()
                .map(l -> l.get("band").asText() + " " + l.get("rateSource").asText() + " " + kr(l.get("rate")) + " "
                        + l.get("visits").asInt() + " " + l.get("minutes").asLong() + " " + kr(l.get("amount")))
                .toList();
    }

    private List<String> differenceLines(JsonNode run, long providerId, UUID grant) {
        return statementLines(run, providerId, grant, "DIFFERENCE").stream()
                .map(l -> l.get("serviceMonth").asText() + " " + l.get("band").asText() + " " + l.get("rateSource").asText()
                        + " " + kr(l.get("rate")) + " " + l.get("visits").asInt() + " " + l.get("minutes").asLong() + " "
                        + kr(l.get("amount")))
                .toList();
    }

    private List<JsonNode> statementLines(JsonNode run, long providerId, UUID grant, String kind) {
        var statement = finance.get("/api/v1/settlement/runs/" + id(run) + "/providers/" + providerId);
        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (JsonNode line : statement.json().get("lines")) {
            if (line.get("grantKey").asText().equals(grant.toString()) && line.get("kind").asText().equals(kind)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String kr(JsonNode amount) {
        return amount.decimalValue().setScale(2).toPlainString();
    }
}
