package dk.omsorg.delivery.web;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Municipal staff's week of a citizen's planned and delivered time over real HTTP with a form login: the figures
 * per grant and day, the week's totals against the granted minutes, the week links, the audit, and who is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenVisitsWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    Granted granted;

    static String iso(LocalDate d) {
        return "%d-W%02d".formatted(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Map<String, Object> visit(String id, String kind, String startTime, String shift, int minutes, String reason) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("visitId", id);
        v.put("grantKey", granted.grantKey().toString());
        v.put("kind", kind);
        v.put("date", today.toString());
        v.put("startTime", startTime);
        v.put("shift", shift);
        v.put("minutes", minutes);
        v.put("notDeliveredReason", reason);
        return v;
    }

    /** The table row with this id, up to its end tag. */
    static String row(Page page, String id) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as("row #" + id).isNotNegative();
        return page.body().substring(start, page.body().indexOf("</tr>", start)).replaceAll("\\s+", " ");
    }

    @BeforeEach
    void setUp() {
        today = DecisionTestData.today();
        granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        String prefix = "w-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        var response = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/visits", json(List.of(
                visit(prefix + "p", "PLANNED", null, "DAY", 30, null),
                visit(prefix + "d", "DELIVERED", "10:00", null, 25, null),
                visit(prefix + "n", "DELIVERED", null, "DAY", 0, "CITIZEN_ABSENT"))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aCaseworkerSeesTheWeekPerGrantAndDayAgainstTheGrantedMinutes() {
        WebSession web = WebSession.logIn(port, "visitator");
        String path = "/citizens/" + granted.citizenId() + "/visits";
        long mark = NoticeTestData.lastAuditId(jdbc);

        Page page = web.get(path + "?week=" + iso(today));

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        String row = row(page, "grant-" + granted.grantKey());
        assertThat(row).contains("RH Bad").contains("Solsikken Hjemmepleje ApS")
                .contains("Planlagt 30 min.").contains("Leveret 25 min.").contains("Borgeren var ikke hjemme: 1");
        int daysRunning = 8 - today.getDayOfWeek().getValue();   // the grant starts today
        int grantedThisWeek = (int) Math.round(30 * daysRunning / 7.0);
        assertThat(row).contains("Visiteret " + grantedThisWeek + " min.").contains("Afvigelse " + (25 - grantedThisWeek) + " min.");
        assertThat(page.body()).contains("week=" + iso(today.minusWeeks(1))).contains("week=" + iso(today.plusWeeks(1)))
                .contains("Uge " + iso(today));
        assertThat(jdbc.sql("select count(*) from audit_event where id > ? and username = 'visitator' and action = 'READ' and resource = 'citizen-visits' and citizen_id = ?")
                .params(mark, granted.citizenId()).query(Long.class).single()).isEqualTo(1);

        // without a week: this week; the next week has no visits; a bad week is a Danish error
        assertThat(web.get(path).body()).contains("Uge " + iso(today));
        assertThat(web.get(path + "?week=" + iso(today.plusWeeks(1))).body()).contains("Ingen besøg registreret i ugen.");
        Page bad = web.get(path + "?week=2026-W60");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("2026-W60").contains("kan ikke læses. Skriv den som åååå-Wuu");
        // the citizen page links to it
        assertThat(web.get("/citizens/" + granted.citizenId()).body()).contains("href=\"" + path + "\"");
    }

    @Test
    void theLeaderAndTheSupervisorSeeItAProviderAndAnotherMunicipalitysCaseworkerAreRefused() {
        String path = "/citizens/" + granted.citizenId() + "/visits";
        assertThat(WebSession.logIn(port, "leder").get(path).status()).isEqualTo(200);
        assertThat(WebSession.logIn(port, "tilsyn").get(path).status()).isEqualTo(200);

        assertThat(WebSession.logIn(port, "leverandor-a").get(path).status()).isEqualTo(403);
        long mark = NoticeTestData.lastAuditId(jdbc);
        Page esbjerg = WebSession.logIn(port, "visitator-esbjerg").get(path);
        assertThat(esbjerg.status()).isEqualTo(404);
        assertThat(esbjerg.body()).doesNotContain("RH Bad");
        // audited in Esbjerg without naming Greve's citizen (issue 14)
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where id > ? and username = 'visitator-esbjerg' and action = 'ACCESS_DENIED'
                        and citizen_id is null and detail = 'borger i en anden kommune'""")
                .param(mark).query(Long.class).single()).isEqualTo(1);
    }
}
