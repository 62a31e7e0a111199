package dk.omsorg.places;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static dk.omsorg.places.PlaceFixture.INTERVAL_NAME;
import static dk.omsorg.places.PlaceFixture.INTERVAL_UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002 "Intervalophold i midlertidig bolig" over real HTTP: the calendar's free periods, booking one for a citizen
 * on the interval or temporary-stay list, the refusals, and the share of interval nights that stood empty. Each test
 * uses its own weeks far ahead on Greve's interval unit (4 places), so the tests do not see each other's stays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntervalCalendarApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StayBooking stays;

    PlaceFixture fixture;
    ApiClient caseworker;

    @BeforeEach
    void setUp() {
        fixture = new PlaceFixture(jdbc, port);
        caseworker = ApiClient.as(port, "visitator");
    }

    @Test
    void aFreePeriodIsComputedOfferedAndBookedAndIsThenNoLongerFree() {
        LocalDate day = LocalDate.of(2035, 3, 1);
        PlaceFixture.Listed other = fixture.interval("Intervalborger Anden Andersen", day.minusMonths(2), new String[0], new String[0]);
        stays.plan(new StayBooking.Booking(253, other.citizenId(), INTERVAL_UNIT, 1, day.plusDays(4), day.plusDays(11), null,
                other.entryId()), "test");
        PlaceFixture.Listed ida = fixture.interval("Intervalborger Ida Iversen", day.minusMonths(1),
                new String[]{INTERVAL_UNIT}, new String[0]);

        JsonNode place1 = place(caseworker.get("/api/v1/interval-calendar?from=2035-03-01&weeks=2"), 1);
        assertThat(periods(place1.get("free"))).containsExactly("2035-03-01/2035-03-05", "2035-03-12/2035-03-15");
        assertThat(place1.get("booked").get(0).get("citizenName").asText()).isEqualTo("Intervalborger Anden Andersen");

        JsonNode eligible = find(caseworker.get("/api/v1/interval-calendar/eligible").json(), "entryId", ida.entryId());
        assertThat(eligible.get("preferredUnits").get(0).asText()).isEqualTo(INTERVAL_NAME);
        int version = find(caseworker.get("/api/v1/interval-calendar/candidates").json(), "entryId", ida.entryId())
                .get("version").asInt();

        ApiClient.Response booked = caseworker.post("/api/v1/interval-calendar/bookings", """
                {"entryId": %d, "entryVersion": %d, "unitCode": "%s", "placeNo": 1, "from": "2035-03-01", "to": "2035-03-05"}"""
                .formatted(ida.entryId(), version, INTERVAL_UNIT));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        long stayId = booked.json().get("stayId").asLong();
        assertThat(jdbc.sql("select status || ' ' || from_on || ' ' || to_on || ' ' || entry_id from place_stay where id = ?")
                .param(stayId).query(String.class).single()).isEqualTo("PLANNED 2035-03-01 2035-03-05 " + ida.entryId());
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'place-interval-booking' and resource_id = ?")
                .param(String.valueOf(stayId)).query(Long.class).single()).isEqualTo(1);

        place1 = place(caseworker.get("/api/v1/interval-calendar?from=2035-03-01&weeks=2"), 1);
        assertThat(periods(place1.get("free"))).containsExactly("2035-03-12/2035-03-15");
        assertThat(StreamSupport.stream(place1.get("booked").spliterator(), false).map(b -> b.get("citizenName").asText()))
                .containsExactly("Intervalborger Ida Iversen", "Intervalborger Anden Andersen");

        // the booked days are no longer free: a citizen of the temporary-stay list is refused them, with the Danish error
        PlaceFixture.Listed tove = fixture.temporary("Midlertidig Tove Thomsen", day.minusWeeks(1));
        ApiClient.Response taken = caseworker.post("/api/v1/interval-calendar/bookings", """
                {"entryId": %d, "entryVersion": 0, "unitCode": "%s", "placeNo": 1, "from": "2035-03-03", "to": "2035-03-06"}"""
                .formatted(tove.entryId(), INTERVAL_UNIT));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("Pladsen er allerede optaget eller reserveret");
        // a single stay of limited length on a free place places the temporary-stay entry
        ApiClient.Response single = caseworker.post("/api/v1/interval-calendar/bookings", """
                {"entryId": %d, "entryVersion": 0, "unitCode": "%s", "placeNo": 2, "from": "2035-03-01", "to": "2035-03-08"}"""
                .formatted(tove.entryId(), INTERVAL_UNIT));
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        assertThat(jdbc.sql("select status from place_list_entry where id = ?").param(tove.entryId()).query(String.class).single())
                .isEqualTo("PLACED");
        assertThat(periods(place(caseworker.get("/api/v1/interval-calendar?from=2035-03-01&weeks=2"), 2).get("free")))
                .containsExactly("2035-03-08/2035-03-15");
    }

    @Test
    void aUnitTheCitizenRefusedIsRefusedByFieldAndNothingIsBooked() {
        PlaceFixture.Listed karl = fixture.interval("Intervalborger Karl Kristensen", LocalDate.of(2026, 1, 1),
                new String[0], new String[]{INTERVAL_UNIT});
        ApiClient.Response refused = caseworker.post("/api/v1/interval-calendar/bookings", """
                {"entryId": %d, "entryVersion": 0, "unitCode": "%s", "placeNo": 3, "from": "2035-05-01", "to": "2035-05-08"}"""
                .formatted(karl.entryId(), INTERVAL_UNIT));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Borgeren ønsker ikke ophold på " + INTERVAL_NAME).contains("unitCode");
        assertThat(count(karl.citizenId())).isZero();
        JsonNode eligible = find(caseworker.get("/api/v1/interval-calendar/eligible").json(), "entryId", karl.entryId());
        assertThat(eligible.get("refusedUnits").get(0).asText()).isEqualTo(INTERVAL_NAME);
        assertThat(eligible.toString()).doesNotContain(INTERVAL_UNIT);
    }

    @Test
    void aPeriodOutOfOrderOutsideTheUnitOrWithAStaleVersionIsRefusedInDanish() {
        PlaceFixture.Listed lis = fixture.interval("Intervalborger Lis Larsen", LocalDate.of(2026, 1, 1), new String[0], new String[0]);
        String body = """
                {"entryId": %d, "entryVersion": %d, "unitCode": "%s", "placeNo": %d, "from": "%s", "to": "%s"}""";
        ApiClient.Response reversed = caseworker.post("/api/v1/interval-calendar/bookings",
                body.formatted(lis.entryId(), 0, INTERVAL_UNIT, 3, "2035-07-10", "2035-07-10"));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("Fraflytningsdagen skal ligge efter indflytningsdagen").contains("\"to\"");
        ApiClient.Response before = caseworker.post("/api/v1/interval-calendar/bookings",
                body.formatted(lis.entryId(), 0, INTERVAL_UNIT, 3, "2023-12-28", "2024-01-03"));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("Perioden ligger før " + INTERVAL_NAME + " har pladser (fra 01.01.2024)");
        ApiClient.Response noPlace = caseworker.post("/api/v1/interval-calendar/bookings",
                body.formatted(lis.entryId(), 0, INTERVAL_UNIT, 5, "2035-07-01", "2035-07-03"));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.body()).contains("har pladserne 1 til 4");
        ApiClient.Response stale = caseworker.post("/api/v1/interval-calendar/bookings",
                body.formatted(lis.entryId(), 7, INTERVAL_UNIT, 3, "2035-07-01", "2035-07-03"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("ændret af en anden");
        assertThat(count(lis.citizenId())).isZero();
        assertThat(ApiClient.as(port, "leverandor-a").post("/api/v1/interval-calendar/bookings",
                body.formatted(lis.entryId(), 0, INTERVAL_UNIT, 3, "2035-07-01", "2035-07-03")).status()).isEqualTo(403);
    }

    @Test
    void theEmptyShareOfASmallUnitIsFreeNightsOverPlaceNights() {
        PlaceFixture.Listed a = fixture.interval("Intervalborger Mona Madsen", LocalDate.of(2026, 1, 1), new String[0], new String[0]);
        PlaceFixture.Listed b = fixture.interval("Intervalborger Niels Nielsen", LocalDate.of(2026, 1, 1), new String[0], new String[0]);
        // 10 nights × 4 places = 40 place-nights; 5 nights on place 1 and 2 of a stay running past the period on place 2
        stays.plan(new StayBooking.Booking(253, a.citizenId(), INTERVAL_UNIT, 1, LocalDate.of(2034, 6, 3),
                LocalDate.of(2034, 6, 8), null, a.entryId()), "test");
        stays.plan(new StayBooking.Booking(253, b.citizenId(), INTERVAL_UNIT, 2, LocalDate.of(2034, 6, 9),
                LocalDate.of(2034, 6, 20), null, b.entryId()), "test");

        ApiClient.Response share = ApiClient.as(port, "okonomi").get("/api/v1/interval-calendar/empty-share?from=2034-06-01&to=2034-06-11");
        assertThat(share.status()).as(share.body()).isEqualTo(200);
        JsonNode unit = share.json().get("units").get(INTERVAL_UNIT);
        assertThat(unit.get("nightsFree").asLong()).isEqualTo(33);
        assertThat(unit.get("placeNights").asLong()).isEqualTo(40);
        assertThat(unit.get("share").decimalValue()).isEqualByComparingTo("0.825");
        assertThat(share.json().get("total").get("share").decimalValue()).isEqualByComparingTo("0.825");
        assertThat(caseworker.get("/api/v1/interval-calendar/empty-share?from=2034-06-11&to=2034-06-01").status()).isEqualTo(400);

        // the page: one week [1 June, 8 June) = 28 place-nights, 5 taken → 23 empty, 82,1 %
        WebSession.Page page = WebSession.logIn(port, "visitator").get("/places/interval?from=2034-06-01&weeks=1");
        assertThat(page.status()).isEqualTo(200);
        String body = page.body().replaceAll("\\s+", " ");
        String emptyRow = body.substring(body.indexOf("id=\"empty-" + INTERVAL_UNIT + "\""));
        emptyRow = emptyRow.substring(0, emptyRow.indexOf("</tr>"));
        assertThat(emptyRow).contains(">23<").contains(">28<").contains("82,1 %");
        assertThat(page.body()).contains("<h1>Intervalophold</h1>").contains("Intervalborger Mona Madsen: 03.06.2034 – 08.06.2034 (planlagt)")
                .contains("01.06.2034 – 03.06.2034 (2 nætter)").contains("Intervalborger Niels Nielsen")
                .doesNotContain("INTERVAL_STAY").doesNotContain("PLANNED");
        assertThat(WebSession.logIn(port, "visitator").get("/places").body())
                .contains("href=\"/places/interval\"").contains("href=\"/places/guarantee\"");
    }

    @Test
    void theBookingFormShowsARefusalInDanishAndBooksAFreePeriod() {
        PlaceFixture.Listed ole = fixture.interval("Intervalborger Ole Olsen", LocalDate.of(2026, 1, 1), new String[0],
                new String[]{INTERVAL_UNIT});
        WebSession web = WebSession.logIn(port, "leder");
        assertThat(web.get("/places/interval?from=2035-09-01&weeks=1").body()).contains("Intervalborger Ole Olsen (Intervalophold");
        WebSession.Page refused = web.post("/places/interval/bookings", List.of(Map.entry("entry", ole.entryId() + ":0"),
                Map.entry("unitCode", INTERVAL_UNIT), Map.entry("placeNo", "4"), Map.entry("from", "2035-09-01"),
                Map.entry("to", "2035-09-08")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Borgeren ønsker ikke ophold på " + INTERVAL_NAME);
        PlaceFixture.Listed per = fixture.interval("Intervalborger Per Poulsen", LocalDate.of(2026, 1, 1), new String[0], new String[0]);
        WebSession.Page done = web.post("/places/interval/bookings", List.of(Map.entry("entry", per.entryId() + ":0"),
                Map.entry("unitCode", INTERVAL_UNIT), Map.entry("placeNo", "4"), Map.entry("from", "2035-09-01"),
                Map.entry("to", "2035-09-08")));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(count(per.citizenId())).isEqualTo(1);
        assertThat(count(ole.citizenId())).isZero();
    }

    private long count(long citizenId) {
        return jdbc.sql("select count(*) from place_stay where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    private static JsonNode place(ApiClient.Response calendar, int placeNo) {
        assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
        JsonNode unit = StreamSupport.stream(calendar.json().get("units").spliterator(), false)
                .filter(u -> u.get("code").asText().equals(INTERVAL_UNIT)).findFirst().orElseThrow();
        return unit.get("placeList").get(placeNo - 1);
    }

    private static List<String> periods(JsonNode periods) {
        return StreamSupport.stream(periods.spliterator(), false).map(p -> p.get("from").asText() + "/" + p.get("to").asText()).toList();
    }

    private static JsonNode find(JsonNode array, String field, long value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get(field).asLong() == value).findFirst().orElseThrow();
    }
}
