package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionMade;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.notice.NoticeTestData.AT_MOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The contract of a special case over real HTTP (seed 000 "Kontrakter", "Afregning", "Orientere økonomi"): the notice
 * limit of the current month plus one month, across a month end and February; no two contracts of a citizen at the
 * same time (the database refuses it); the contract's rates paid in the month's settlement; finance told the monthly
 * cost before → after on a rate change and on more minutes. Fast vagt 480 min a day in the day and the night shift.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpecialCaseContractApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    ApiClient leader;
    ApiClient finance;
    SpecialCaseOfferFixture fixture;
    long kystens;
    long solsikken;
    long municipal;

    @BeforeEach
    void setUp() {
        leader = ApiClient.as(port, "leder");
        finance = ApiClient.as(port, "okonomi");
        fixture = new SpecialCaseOfferFixture(jdbc, ApiClient.as(port, "visitator"));
        kystens = SpecialCaseOfferFixture.provider(jdbc, "kystens-hjemmeservice");
        solsikken = SpecialCaseOfferFixture.provider(jdbc, "solsikken-hjemmepleje");
        municipal = SpecialCaseOfferFixture.provider(jdbc, "greve-hjemmeplejen");
    }

    /** Two offers, Kystens (600/650/700 kr./t, asking 2 months' notice) chosen with a reason. */
    private long offersWithKystensChosen() {
        var k = leader.post(path("/offers"), json(map("providerId", kystens, "receivedOn", "2022-08-01", "rateWeekdayDay", "600,00",
                "rateOther", "650,00", "rateNight", "700,00", "validFrom", "2022-08-01", "noticeMonths", 2)));
        assertThat(k.status()).as(k.body()).isEqualTo(201);
        var s = leader.post(path("/offers"), json(map("providerId", solsikken, "receivedOn", "2022-08-01", "rateWeekdayDay", "398,00",
                "rateOther", "521,00", "rateNight", "530,00", "validFrom", "2022-08-01", "noticeMonths", 1)));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        var choice = leader.post(path("/choice"), json(map("offerId", k.json().get("id").asLong(),
                "reason", "Kystens kender borgeren")));
        assertThat(choice.status()).as(choice.body()).isEqualTo(200);
        return k.json().get("id").asLong();
    }

    @Test
    void theNoticeIsAtMostTheCurrentMonthPlusOneAndEndsByTheLastDayOfTheNextMonth() {
        fixture.watch("DAY,NIGHT", 480, LocalDate.of(2026, 1, 1));
        offersWithKystensChosen();
        // the offer asks 2 months: more than Greve allows
        var tooLong = leader.post(path("/contracts"), json(map("startOn", "2027-01-01")));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("noticeMonths");
        assertThat(tooLong.body()).contains("højst være løbende måned plus 1 måned");
        assertThat(fixture.count("special_case_contract")).isZero();
        assertThat(fixture.status()).isEqualTo("OFFERS");

        var contract = leader.post(path("/contracts"), json(map("startOn", "2027-01-01", "noticeMonths", 1)));
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        assertThat(fixture.status()).isEqualTo("CONTRACTED");
        long id = contract.json().get("id").asLong();
        int version = contract.json().get("version").asInt();

        // notice on 31 January 2027: the contract can end on 28 February at the latest (2027 is no leap year)
        var late = leader.post("/api/v1/special-case-contracts/" + id + "/notice",
                json(map("noticeGivenOn", "2027-01-31", "endOn", "2027-03-01", "version", version)));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("errors").get(0).get("field").asText()).isEqualTo("endOn");
        assertThat(late.body()).contains("senest ophøre den 28.02.2027");
        var stale = leader.post("/api/v1/special-case-contracts/" + id + "/notice",
                json(map("noticeGivenOn", "2027-01-31", "endOn", "2027-02-28", "version", version + 1)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(jdbc.sql("select end_on from special_case_contract where id = ?").param(id).query(LocalDate.class).list())
                .containsOnlyNulls();

        var ended = leader.post("/api/v1/special-case-contracts/" + id + "/notice",
                json(map("noticeGivenOn", "2027-01-31", "endOn", "2027-02-28", "version", version)));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("endOn").asText()).isEqualTo("2027-02-28");
        assertThat(fixture.history()).anySatisfy(h -> assertThat(h).contains("opsagt den 31.01.2027 og ophører den 28.02.2027"));
    }

    @Test
    void aContractOverlappingAnotherOfTheCitizenIsRefusedByTheDatabase() {
        fixture.watch("DAY,NIGHT", 480, LocalDate.of(2026, 1, 1));
        offersWithKystensChosen();
        var first = leader.post(path("/contracts"), json(map("startOn", "2027-01-01", "noticeMonths", 1)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var second = leader.post(path("/contracts"), json(map("startOn", "2027-06-01", "noticeMonths", 0)));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("errors").get(0).get("field").asText()).isEqualTo("startOn");
        assertThat(second.body()).contains("allerede en kontrakt i den periode");
        assertThat(fixture.count("special_case_contract")).isEqualTo(1);
        // the rule is the database's, not a check before the insert
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into special_case_contract (municipality_id, special_case_id, citizen_id, provider_id, start_on,
                            end_on, notice_months, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, '2026-06-01', '2027-01-01', 1, now(), 'test', now(), 'test')""")
                .params(fixture.caseId, fixture.citizenId(), solsikken).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** April 2023: a month no other test registers visits in (the run prices the whole municipality's month). */
    @Test
    void theContractsRatesArePaidInTheMonthsSettlementOnTheProvidersAccountAndMunicipalNightsStayAtTheFreeChoiceRate() {
        UUID grant = fixture.watch("DAY,NIGHT", 480, LocalDate.of(2023, 4, 1));
        offersWithKystensChosen();
        var contract = leader.post(path("/contracts"), json(map("startOn", "2023-04-01", "noticeMonths", 1)));
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        visit(grant, kystens, LocalDate.of(2023, 4, 5), LocalTime.of(10, 0), 60);    // Wednesday: hverdag dag
        visit(grant, kystens, LocalDate.of(2023, 4, 8), LocalTime.of(10, 0), 60);    // Saturday: øvrige tider
        visit(grant, kystens, LocalDate.of(2023, 4, 5), LocalTime.of(23, 0), 120);   // nat
        visit(grant, municipal, LocalDate.of(2023, 4, 12), LocalTime.of(23, 0), 60); // the municipal provider at night

        var run = finance.post("/api/v1/settlement/runs", json(map("month", "2023-04", "waitForResult", true)));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        assertThat(run.json().get("problems")).as(run.body()).isEmpty();
        long runId = run.json().get("run").get("id").asLong();
        assertThat(lines(runId, kystens, grant)).containsExactlyInAnyOrder(
                "WEEKDAY_DAY CASE 600.00 60 600.00 5.30.26.3", "OTHER CASE 650.00 60 650.00 5.30.26.3",
                "NIGHT CASE 700.00 120 1400.00 5.30.26.3");
        // seed 000: the municipal provider's night hours at the free-choice rate, on the municipal provider's account
        assertThat(lines(runId, municipal, grant)).containsExactly("NIGHT FREE_CHOICE 544.00 60 544.00 5.30.26.1");
    }

    @Test
    void theContractWithoutAChoiceTakesTheCheapestAndThePrimaryPrivateProviderKeepsItsBidRatesInSettlement() {
        fixture.watch("DAY,NIGHT", 480, LocalDate.of(2026, 1, 1));
        leader.post(path("/offers"), json(map("providerId", kystens, "receivedOn", "2026-11-01", "rateWeekdayDay", "600,00",
                "rateOther", "650,00", "rateNight", "700,00", "validFrom", "2026-11-01", "noticeMonths", 1)));
        leader.post(path("/offers"), json(map("providerId", solsikken, "receivedOn", "2026-11-01", "rateWeekdayDay", "398,00",
                "rateOther", "521,00", "rateNight", "530,00", "validFrom", "2026-11-01", "noticeMonths", 1)));
        var contract = leader.post(path("/contracts"), json(map("startOn", "2027-01-01")));
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        assertThat(contract.json().get("providerId").asLong()).isEqualTo(solsikken);
        // seed 000: "Primær privat leverandør afregnes efter de takster, som de har budt ind med" — no case rates
        assertThat(jdbc.sql("select count(*) from settlement_case_rate where source = ?")
                .param("special-case-contract:" + contract.json().get("id").asLong()).query(Integer.class).single()).isZero();
        assertThat(fixture.history()).anySatisfy(h -> assertThat(h).contains("Valgt tilbud: Solsikken Hjemmepleje ApS, det billigste"));
        // its rates are the takstblad's: not changed on the case, so finance's figure stays what settlement pays
        var change = leader.post("/api/v1/special-case-contracts/" + contract.json().get("id").asLong() + "/rates",
                json(map("validFrom", "2027-02-01", "rateWeekdayDay", "300,00", "rateOther", "300,00", "rateNight", "300,00",
                        "version", contract.json().get("version").asInt())));
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.body()).contains("takstblad");
    }

    @Test
    void financeIsToldTheMonthlyCostBeforeAndAfterARateChangeAndMoreMinutes() {
        fixture.watch("DAY,NIGHT", 480, LocalDate.of(2022, 1, 1));
        offersWithKystensChosen();
        LocalDate start = DecisionTestData.today().withDayOfMonth(1);
        var contract = leader.post(path("/contracts"), json(map("startOn", start.toString(), "noticeMonths", 1)));
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        long id = contract.json().get("id").asLong();

        var bad = leader.post("/api/v1/special-case-contracts/" + id + "/rates", json(map("validFrom", start.plusMonths(1).toString(),
                "rateWeekdayDay", "0,00", "rateOther", "650,00", "rateNight", "700,00", "version", contract.json().get("version").asInt())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Timetaksten skal være større end 0 kr.");

        var changed = leader.post("/api/v1/special-case-contracts/" + id + "/rates", json(map("validFrom", start.toString(),
                "rateWeekdayDay", "620,00", "rateOther", "650,00", "rateNight", "700,00",
                "version", contract.json().get("version").asInt())));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        var notices = finance.get("/api/v1/special-case-finance/notices?caseId=" + fixture.caseId);
        assertThat(notices.status()).as(notices.body()).isEqualTo(200);
        assertThat(notices(notices.json())).containsExactly(
                "RATE 320028.57 323507.14 3478.57 6720",
                "CONTRACT 0.00 320028.57 320028.57 6720");
        await().atMost(AT_MOST).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from task where kind = 'SPECIAL_CASE_COST' and owner_role = 'FINANCE' and citizen_id = ?""")
                .param(fixture.citizenId()).query(Integer.class).single()).isEqualTo(2));

        // a grant decided later (the evening shift, 240 min a day): it gets the contract's rates and finance is told
        UUID evening = fixture.watch("EVENING", 240, DecisionTestData.today());
        transactions.executeWithoutResult(t -> events.publishEvent(new DecisionMade(fixture.base.decisionId(), 253,
                fixture.citizenId(), 1, null, false)));
        await().atMost(AT_MOST).untilAsserted(() -> assertThat(jdbc.sql(
                        "select band || ' ' || amount_ore from settlement_case_rate where grant_key = ? and provider_id = ?")
                .params(evening, kystens).query(String.class).list())
                .containsExactlyInAnyOrder("WEEKDAY_DAY 62000", "OTHER 65000", "NIGHT 70000"));
        await().atMost(AT_MOST).untilAsserted(() -> assertThat(notices(finance.get(
                "/api/v1/special-case-finance/notices?caseId=" + fixture.caseId).json()).get(0))
                .isEqualTo("MINUTES 323507.14 " + eveningCost() + " 8400"));

        var cases = finance.get("/api/v1/special-case-finance/cases");
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.body()).contains("\"specialCaseId\":" + fixture.caseId);
    }

    /** 40 h hverdag dag + 16 h øvrige + 28 h aften (øvrige) + 56 h nat a week at 620/650/700, as a month. */
    private static String eveningCost() {
        java.math.BigDecimal sevenths = java.math.BigDecimal.valueOf(3360L * (5 * 62000 + 2 * 65000) + 7L * 1680 * 65000
                + 7L * 3360 * 70000);
        java.math.BigDecimal after = sevenths.multiply(java.math.BigDecimal.valueOf(1461))
                .divide(java.math.BigDecimal.valueOf(141120), 0, java.math.RoundingMode.HALF_UP).movePointLeft(2);
        return after + " " + after.subtract(new java.math.BigDecimal("323507.14"));
    }

    private String path(String tail) {
        return "/api/v1/special-cases/" + fixture.caseId + tail;
    }

    private void visit(UUID grant, long providerId, LocalDate day, LocalTime start, int minutes) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'DELIVERED', ?, ?, 'DAY', ?, null, now(), 'test', now(), 'test')""")
                .params(providerId, fixture.citizenId(), grant, "special-" + UUID.randomUUID(), day, start, minutes).update();
    }

    private List<String> lines(long runId, long providerId, UUID grant) {
        var statement = finance.get("/api/v1/settlement/runs/" + runId + "/providers/" + providerId);
        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode l : statement.json().get("lines")) {
            if (l.get("grantKey").asText().equals(grant.toString())) {
                lines.add(l.get("band").asText() + " " + l.get("rateSource").asText() + " " + kr(l.get("rate")) + " "
                        + l.get("minutes").asLong() + " " + kr(l.get("amount")) + " " + l.get("account").asText());
            }
        }
        return lines;
    }

    private static List<String> notices(JsonNode list) {
        List<String> result = new ArrayList<>();
        for (JsonNode n : list) {
            result.add(n.get("cause").asText() + " " + kr(n.get("costBefore")) + " " + kr(n.get("costAfter")) + " "
                    + kr(n.get("difference")) + " " + n.get("weeklyMinutes").asInt());
        }
        return result;
    }

    private static String kr(JsonNode amount) {
        return amount.decimalValue().setScale(2).toPlainString();
    }
}
