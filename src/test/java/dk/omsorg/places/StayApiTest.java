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
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving in and out of a place over real HTTP: a temporary stay pauses the provider's grant (absence of kind
 * midlertidigt ophold, notices at both ends), bad days and stale versions are refused with nothing changed, a
 * changed move-in that overlaps another stay is refused, and only the municipality's own staff reach a stay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StayApiTest {

    static final int GREVE = 253;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StayBooking booking;

    @Test
    void aTemporaryStayPausesTheProvidersGrantWithNoticesAtBothEnds() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        long stayId = plan(granted.citizenId(), "midlertidig-greve", 1, today.plusDays(10), today.plusDays(24));

        var in = caseworker.post("/api/v1/stays/" + stayId + "/move-in", json(map("version", 0, "on", today.plusDays(11).toString())));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("status").asText()).isEqualTo("STAYING");
        assertThat(in.json().get("from").asText()).isEqualTo(today.plusDays(11).toString());

        Map<String, Object> absence = jdbc.sql("select kind, from_on, to_on, cancelled from absence where id = "
                + "(select absence_id from place_stay where id = ?)").param(stayId).query().singleRow();
        assertThat(absence).containsEntry("kind", "TEMPORARY_STAY").containsEntry("cancelled", false);
        assertThat(absence.get("from_on").toString()).isEqualTo(today.plusDays(11).toString());
        assertThat(absence.get("to_on").toString()).as("the day before the planned move-out").isEqualTo(today.plusDays(23).toString());
        assertThat(notices(granted.grantKey().toString(), "PAUSED_GRANT")).containsExactly(today.plusDays(11));

        ApiClient provider = ApiClient.as(port, "leverandor-a");
        assertThat(provider.get("/api/v1/provider/notices").body()).contains("PAUSED_GRANT");
        String inbox = WebSession.logIn(port, "leverandor-a").get("/provider/inbox").body();
        assertThat(inbox).contains("Hjælpen holder pause").contains("Ingen hjælp fra")
                .doesNotContain(">PAUSED_GRANT").doesNotContain("??");
        var absences = caseworker.get("/api/v1/citizens/" + granted.citizenId() + "/absences");
        assertThat(absences.body()).contains("TEMPORARY_STAY");
        var byHand = caseworker.post("/api/v1/citizens/" + granted.citizenId() + "/absences",
                json(map("kind", "TEMPORARY_STAY", "from", today.toString())));
        assertThat(byHand.status()).as("registered by the stay, not by hand").isEqualTo(400);
        assertThat(byHand.body()).contains("registreres ved indflytningen");
        assertThat(WebSession.logIn(port, "visitator").get("/citizens/" + granted.citizenId() + "/absences").body())
                .contains("Midlertidigt ophold");

        var out = caseworker.post("/api/v1/stays/" + stayId + "/move-out", json(map("version", 1, "on", today.plusDays(20).toString())));
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.json().get("status").asText()).isEqualTo("ENDED");
        assertThat(out.json().get("to").asText()).isEqualTo(today.plusDays(20).toString());
        assertThat(jdbc.sql("select to_on from absence where id = (select absence_id from place_stay where id = ?)")
                .param(stayId).query(LocalDate.class).single()).isEqualTo(today.plusDays(19));
        assertThat(notices(granted.grantKey().toString(), "RESUMED_GRANT")).containsExactly(today.plusDays(20));
        assertThat(WebSession.logIn(port, "leverandor-a").get("/provider/inbox").body())
                .contains("Hjælpen genoptages");
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'place-stay' and resource_id = ?")
                .param(String.valueOf(stayId)).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMoveOutBeforeTheMoveInIsRefusedAndAStaleVersionIs409() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long citizen = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long stayId = plan(citizen, "midlertidig-greve", 2, today.plusDays(40), today.plusDays(50));
        assertThat(caseworker.post("/api/v1/stays/" + stayId + "/move-in", json(map("version", 0, "on", today.plusDays(40).toString())))
                .status()).isEqualTo(200);

        var before = caseworker.post("/api/v1/stays/" + stayId + "/move-out", json(map("version", 1, "on", today.plusDays(39).toString())));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("Udflytningen").contains("skal ligge efter indflytningen").contains("\"on\"");
        var sameDay = caseworker.post("/api/v1/stays/" + stayId + "/move-out", json(map("version", 1, "on", today.plusDays(40).toString())));
        assertThat(sameDay.status()).isEqualTo(400);
        var stale = caseworker.post("/api/v1/stays/" + stayId + "/move-out", json(map("version", 0, "on", today.plusDays(45).toString())));
        assertThat(stale.status()).isEqualTo(409);
        JsonNode unchanged = caseworker.get("/api/v1/stays/" + stayId).json();
        assertThat(unchanged.get("status").asText()).isEqualTo("STAYING");
        assertThat(unchanged.get("to").asText()).isEqualTo(today.plusDays(50).toString());
        assertThat(unchanged.get("version").asInt()).isEqualTo(1);

        var notPlanned = caseworker.post("/api/v1/stays/" + stayId + "/cancel", json(map("version", 1, "reason", "Fortrudt")));
        assertThat(notPlanned.status()).isEqualTo(409);
        assertThat(notPlanned.body()).contains("ikke planlagt");
    }

    @Test
    void aMoveInMovedOntoAnotherStaysDaysIsRefusedAndACancelNeedsAReason() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long first = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long second = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        plan(first, "midlertidig-greve", 3, today.plusDays(60), today.plusDays(70));
        long later = plan(second, "midlertidig-greve", 3, today.plusDays(70), today.plusDays(80));

        var overlap = caseworker.post("/api/v1/stays/" + later + "/move-in", json(map("version", 0, "on", today.plusDays(65).toString())));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.body()).contains("Pladsen er allerede optaget");
        JsonNode unchanged = caseworker.get("/api/v1/stays/" + later).json();
        assertThat(unchanged.get("status").asText()).isEqualTo("PLANNED");
        assertThat(unchanged.get("from").asText()).isEqualTo(today.plusDays(70).toString());
        assertThat(jdbc.sql("select count(*) from absence where citizen_id = ?").param(second).query(Long.class).single()).isZero();

        var noReason = caseworker.post("/api/v1/stays/" + later + "/cancel", json(map("version", 0, "reason", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("hvorfor opholdet annulleres");
        var cancelled = caseworker.post("/api/v1/stays/" + later + "/cancel", json(map("version", 0, "reason", "Borgeren er kommet hjem")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asText()).isEqualTo("Borgeren er kommet hjem");
    }

    @Test
    void onlyTheMunicipalitysStaffReachAStay() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long citizen = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long stayId = plan(citizen, "midlertidig-greve", 4, today.plusDays(5), today.plusDays(9));
        assertThat(ApiClient.as(port, "leverandor-a").get("/api/v1/stays/" + stayId).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "leverandor-a").post("/api/v1/stays/" + stayId + "/move-in",
                json(map("version", 0, "on", today.plusDays(5).toString()))).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "visitator-esbjerg").get("/api/v1/stays/" + stayId).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "visitator-esbjerg").post("/api/v1/stays/" + stayId + "/move-in",
                json(map("version", 0, "on", today.plusDays(5).toString()))).status()).isEqualTo(404);
        assertThat(caseworker.get("/api/v1/citizens/" + citizen + "/stays").json().get(0).get("unitName").asText())
                .isEqualTo("Midlertidige pladser Greve (demo)");
        assertThat(caseworker.get("/api/v1/stays/" + stayId).json().get("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void thePageListsTheStaysInDanishAndRefusesAMoveOutBeforeTheMoveIn() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long citizen = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today).citizenId();
        long stayId = plan(citizen, "midlertidig-greve", 5, today.plusDays(90), today.plusDays(99));
        WebSession web = WebSession.logIn(port, "visitator");
        assertThat(web.get("/citizens/" + citizen + "/stays").body()).contains("Planlagt").contains("Registrér indflytning");
        WebSession.Page moved = web.post("/citizens/" + citizen + "/stays/" + stayId + "/move-in",
                List.of(Map.entry("version", "0"), Map.entry("on", today.plusDays(90).toString())));
        assertThat(moved.status()).isEqualTo(302);
        WebSession.Page refused = web.post("/citizens/" + citizen + "/stays/" + stayId + "/move-out",
                List.of(Map.entry("version", "1"), Map.entry("on", today.plusDays(80).toString())));
        assertThat(refused.body()).contains("skal ligge efter indflytningen").contains("Bor på pladsen");
        String page = web.get("/citizens/" + citizen + "/stays").body();
        assertThat(page).contains("Ophold i pladser").contains("Midlertidige pladser Greve (demo)").contains("Bor på pladsen")
                .contains("Registrér udflytning").doesNotContain("STAYING").doesNotContain("??");
        assertThat(WebSession.logIn(port, "leverandor-a").get("/citizens/" + citizen + "/stays").status()).isEqualTo(403);
    }

    private long plan(long citizenId, String unit, int place, LocalDate from, LocalDate to) {
        return booking.plan(new StayBooking.Booking(GREVE, citizenId, unit, place, from, to, null, null), "visitator");
    }

    private List<LocalDate> notices(String grantKey, String kind) {
        return jdbc.sql("select effective_on from notice where grant_key = cast(? as uuid) and kind = ?")
                .params(grantKey, kind).query(LocalDate.class).list();
    }
}
