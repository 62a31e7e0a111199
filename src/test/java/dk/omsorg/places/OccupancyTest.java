package dk.omsorg.places;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
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
import static org.assertj.core.api.Assertions.assertThat;

/** Occupancy per unit and day over real HTTP and on the page, and the days citizens waited in hospital. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OccupancyTest {

    static final LocalDate DAY = LocalDate.of(2033, 3, 1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StayBooking booking;

    @Test
    void aSmallUnitsPlacesPerDayAreOccupiedBookedAndFree() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = DecisionTestData.today();
        long a = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long b = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long c = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long staying = plan(a, 1, DAY, DAY.plusDays(3), null);
        assertThat(caseworker.post("/api/v1/stays/" + staying + "/move-in", json(map("version", 0, "on", DAY.toString())))
                .status()).isEqualTo(200);
        plan(b, 2, DAY.plusDays(1), DAY.plusDays(30), null);
        long cancelled = plan(c, 3, DAY.plusDays(2), DAY.plusDays(3), null);
        assertThat(caseworker.post("/api/v1/stays/" + cancelled + "/cancel", json(map("version", 0, "reason", "Kom hjem")))
                .status()).isEqualTo(200);

        var response = caseworker.get("/api/v1/place-units/aflastning-tune/occupancy?from=" + DAY + "&to=" + DAY.plusDays(4));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode d : response.json()) {
            rows.add(d.get("day").asText() + " " + d.get("places").asInt() + " " + d.get("occupied").asInt() + " "
                    + d.get("booked").asInt() + " " + d.get("free").asInt());
        }
        assertThat(rows).containsExactly(
                "2033-03-01 4 1 0 3",
                "2033-03-02 4 1 1 2",
                "2033-03-03 4 1 1 2",
                "2033-03-04 4 0 1 3",
                "2033-03-05 4 0 1 3");

        String page = WebSession.logIn(port, "visitator").get("/places/units/aflastning-tune/occupancy?from=" + DAY
                + "&to=" + DAY.plusDays(4)).body();
        assertThat(page).contains("Belægning").contains("Aflastningspladser Tune (demo)").contains("02.03.2033")
                .contains("Optaget").contains("Reserveret").contains("Ledige").doesNotContain("??");
        assertThat(WebSession.logIn(port, "visitator").get("/places").body())
                .contains("/places/units/aflastning-tune/occupancy");
    }

    @Test
    void aBadPeriodIsRefusedInDanishAndAnotherMunicipalitysUnitDoesNotExist() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var backwards = caseworker.get("/api/v1/place-units/aflastning-tune/occupancy?from=2035-03-05&to=2035-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("kan ikke ligge før første dag").contains("\"to\"");
        assertThat(caseworker.get("/api/v1/place-units/aflastning-tune/occupancy?from=2034-01-01&to=2035-06-01").status())
                .isEqualTo(400);
        assertThat(ApiClient.as(port, "visitator-esbjerg").get("/api/v1/place-units/aflastning-tune/occupancy").status())
                .isEqualTo(404);
        assertThat(ApiClient.as(port, "leverandor-a").get("/api/v1/place-units/aflastning-tune/occupancy").status())
                .isEqualTo(403);
    }

    @Test
    void citizensReadyForDischargeShowTheDaysTheyWaitedInHospital() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = DecisionTestData.today();
        var waiting = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        var placed = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        long waitingEntry = entry(waiting, today.minusDays(5), "WAITING");
        long placedEntry = entry(placed, today.minusDays(20), "PLACED");
        long stay = booking.plan(new StayBooking.Booking(253, placed.citizenId(), "midlertidig-greve", 11,
                today.minusDays(9), today.plusDays(10), null, placedEntry), "visitator");
        assertThat(caseworker.post("/api/v1/stays/" + stay + "/move-in", json(map("version", 0, "on", today.minusDays(8).toString())))
                .status()).isEqualTo(200);

        JsonNode waits = caseworker.get("/api/v1/place-units/hospital-waits").json();
        JsonNode w = find(waits, waitingEntry);
        JsonNode p = find(waits, placedEntry);
        assertThat(w.get("days").asInt()).isEqualTo(5);
        assertThat(w.get("movedInOn").isNull()).isTrue();
        assertThat(p.get("days").asInt()).as("until the move-in").isEqualTo(12);
        assertThat(p.get("movedInOn").asText()).isEqualTo(today.minusDays(8).toString());

        String page = WebSession.logIn(port, "visitator").get("/places/units/midlertidig-greve/occupancy").body();
        assertThat(page).contains("Indlagte, der er færdigbehandlede").contains("id=\"wait-" + waitingEntry + "\"")
                .contains("venter stadig");
    }

    private static JsonNode find(JsonNode waits, long entryId) {
        for (JsonNode w : waits) {
            if (w.get("entryId").asLong() == entryId) {
                return w;
            }
        }
        throw new AssertionError("no wait for entry " + entryId + " in " + waits);
    }

    private long entry(NoticeTestData.Granted g, LocalDate inHospitalSince, String status) {
        return jdbc.sql("""
                        insert into place_list_entry (municipality_id, citizen_id, list, grant_key, decision_id, purpose,
                            priority_class, listed_on, in_hospital_since, reviewed_on, status, created_at, created_by,
                            modified_at, modified_by)
                        values (253, ?, 'TEMPORARY_STAY', ?, ?, 'Genoptræning efter indlæggelse', 'HOSPITAL_DISCHARGE_READY',
                            ?, ?, ?, ?, now(), 'test', now(), 'test') returning id""")
                .params(g.citizenId(), g.grantKey(), g.decisionId(), inHospitalSince, inHospitalSince, inHospitalSince, status)
                .query(Long.class).single();
    }

    private long plan(long citizen, int place, LocalDate from, LocalDate to, Long entry) {
        return booking.plan(new StayBooking.Booking(253, citizen, "aflastning-tune", place, from, to, null, entry), "visitator");
    }
}
