package dk.omsorg.daylist;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's outage day list (issue 21, beredskab): the next three days' planned visits with address, phone,
 * access to the home and contacts, on screen, as PDF and as CSV — and only the provider's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DayListTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDayListHasTheNextDaysPlannedVisitsWithWhatTheStaffNeedAtTheDoorAndOnlyTheProvidersOwn() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var mine = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.minusDays(7));
        var theirs = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.minusDays(7));
        jdbc.sql("update citizen set name = 'Dagliste Dagny' where id = ?").param(mine.citizenId()).update();
        jdbc.sql("update citizen set name = 'Anden Anker' where id = ?").param(theirs.citizenId()).update();
        String mineName = name(mine.citizenId());
        String theirName = name(theirs.citizenId());
        assertThat(caseworker.post("/api/v1/citizens/" + mine.citizenId() + "/contacts", json(map("name", "Datter Dorthe",
                "relation", "RELATIVE", "phone", "+45 22 33 44 55", "contactMe", true, "consent", "ORAL"))).status()).isEqualTo(201);
        LocalDate from = today.plusDays(1);
        planned(mine, mine.providerId(), from, LocalTime.of(7, 30), 25);
        planned(mine, mine.providerId(), from.plusDays(2), LocalTime.of(8, 0), 25);
        planned(mine, mine.providerId(), from.plusDays(3), LocalTime.of(8, 0), 25);   // outside the three days
        // another provider's visit (another citizen): not on this provider's list
        planned(theirs, NoticeTestData.providerOf(jdbc, "leverandor-b"), from, LocalTime.of(9, 0), 30);

        WebSession provider = WebSession.logIn(port, "leverandor-a");
        assertThat(provider.get("/provider/day-list?from=" + from).status()).isEqualTo(200);
        assertThat(provider.post("/provider/day-list/citizens/" + mine.citizenId() + "/home-access",
                List.of(Map.entry("homeAccess", "Nøgleboks ved hoveddøren; koden hos datteren")))).satisfies(p ->
                assertThat(p.status()).isEqualTo(302));
        String page = provider.get("/provider/day-list?from=" + from).body();
        assertThat(page).contains(mineName, "Advisvej 7, 2670 Greve", "+45 12 34 56 78",
                "Nøgleboks ved hoveddøren; koden hos datteren", "Datter Dorthe (Pårørende) +45 22 33 44 55", "07:30")
                .doesNotContain(theirName).doesNotContain("RELATIVE").contains("@media print");

        WebSession.File pdf = provider.file("/provider/day-list.pdf?from=" + from);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        WebSession.File csv = provider.file("/provider/day-list.csv?from=" + from);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Distrikt", "Adgang til hjemmet", mineName, "Nøgleboks ved hoveddøren")
                .doesNotContain(theirName);
        assertThat(text.lines().filter(l -> l.contains(mineName)).count()).isEqualTo(2);

        // another provider cannot set the access to a home it does not serve; staff have no provider list
        WebSession other = WebSession.logIn(port, "leverandor-b");
        other.get("/provider/day-list");
        assertThat(other.post("/provider/day-list/citizens/" + mine.citizenId() + "/home-access",
                List.of(Map.entry("homeAccess", "x"))).status()).isEqualTo(404);
        assertThat(WebSession.logIn(port, "visitator").get("/provider/day-list").status()).isEqualTo(403);
    }

    private String name(long citizenId) {
        return jdbc.sql("select name from citizen where id = ?").param(citizenId).query(String.class).single();
    }

    private void planned(NoticeTestData.Granted g, long providerId, LocalDate day, LocalTime start, int minutes) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'PLANNED', ?, ?, 'DAY', ?, null, now(), 'test', now(), 'test')""")
                .params(providerId, g.citizenId(), g.grantKey(), "daylist-" + java.util.UUID.randomUUID(), day, start, minutes)
                .update();
    }
}
