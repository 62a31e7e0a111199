package dk.omsorg.places;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.settlement.SettlementFixture;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Own payment for a temporary stay through the co-payment settlement (settlement.yaml coPayment, unit DAY): each day
 * the citizen stayed within the month at the day's price; a stay across a month boundary is split between the months;
 * a planned stay and a stay from a grant the rate does not cover cost nothing. Months of 2023 no other test settles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StayOwnPaymentTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StayBooking booking;

    @Test
    void theDaysOfAStayAcrossAMonthBoundaryArePaidPerDayInEachMonth() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var base = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today());
        SettlementFixture fixture = new SettlementFixture(jdbc, base);
        UUID temporary = fixture.grant("midlertidigt-ophold", "midlertidigt-ophold", "SEL § 84 stk. 2", 15,
                LocalDate.of(2023, 5, 1), null);
        UUID nursingHome = fixture.grant("plejebolig", "plejebolig", "SEL § 192", 15, LocalDate.of(2023, 5, 1), null);
        long entry = entry(base, temporary, "TEMPORARY_STAY", "'MEDIUM'", "PLACED");
        long nursingEntry = entry(base, nursingHome, "NURSING_HOME_SPECIFIC", "null", "PLACED");
        // moved in 28 May, moved out 4 June: 28–31 May and 1–3 June
        long stay = booking.plan(new StayBooking.Booking(253, base.citizenId(), "midlertidig-greve", 10,
                LocalDate.of(2023, 5, 28), LocalDate.of(2023, 6, 4), null, entry), "visitator");
        jdbc.sql("update place_stay set status = 'ENDED' where id = ?").param(stay).update();
        // a nursing-home stay (its own co-payment rate is not priced per day) in the same weeks on the other list
        long other = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today()).citizenId();
        booking.plan(new StayBooking.Booking(253, base.citizenId(), "plejecenter-hundige", 20, LocalDate.of(2023, 6, 10),
                null, null, nursingEntry), "visitator");
        jdbc.sql("update place_stay set status = 'STAYING' where entry_id = ?").param(nursingEntry).update();
        // a planned stay that has not begun costs nothing
        booking.plan(new StayBooking.Booking(253, other, "midlertidig-greve", 10, LocalDate.of(2023, 6, 20),
                LocalDate.of(2023, 6, 25), null, null), "visitator");

        assertThat(coPayment("2023-05", base.citizenId())).containsExactly("midlertidigt-ophold DAY 4.00 95.00 380.00");
        assertThat(coPayment("2023-06", base.citizenId())).containsExactly("midlertidigt-ophold DAY 3.00 95.00 285.00");
        assertThat(coPayment("2023-06", other)).isEmpty();
        assertThat(nursingHome).isNotNull();
    }

    private List<String> coPayment(String month, long citizenId) {
        ApiClient finance = ApiClient.as(port, "okonomi");
        var response = finance.post("/api/v1/settlement/runs", json(map("month", month, "waitForResult", true)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("problems")).as(response.body()).isEmpty();
        long run = response.json().get("run").get("id").asLong();
        List<String> lines = new ArrayList<>();
        for (JsonNode line : finance.get("/api/v1/settlement/runs/" + run + "/copayment").json()) {
            if (line.get("citizenId").asLong() == citizenId) {
                lines.add(line.get("interventionCode").asText() + " " + line.get("unit").asText() + " "
                        + kr(line.get("quantity")) + " " + kr(line.get("price")) + " " + kr(line.get("amount")));
            }
        }
        return lines;
    }

    private long entry(NoticeTestData.Granted base, UUID grant, String list, String priorityClass, String status) {
        return jdbc.sql("""
                        insert into place_list_entry (municipality_id, citizen_id, list, grant_key, decision_id, purpose,
                            priority_class, wished_unit, listed_on, guarantee_from, reviewed_on, status, created_at, created_by,
                            modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'Afklaring af boform', %s, %s, date '2023-05-01', null, date '2023-05-01', ?,
                            now(), 'test', now(), 'test') returning id"""
                        .formatted(priorityClass, list.equals("NURSING_HOME_SPECIFIC") ? "'plejecenter-hundige'" : "null"))
                .params(base.citizenId(), list, grant, base.decisionId(), status)
                .query(Long.class).single();
    }

    private static String kr(JsonNode amount) {
        return amount.decimalValue().setScale(2).toPlainString();
    }
}
