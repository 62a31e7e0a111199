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

    /**
     * Greve keeps "the last 3 days and 3 days ahead" (day-lists.yaml): the days before the first show how each visit
     * went — delivered, not delivered with the reason, or not yet reported — and a day further back is not on the list.
     * A list per district holds only that district's citizens.
     */
    @Test
    void theListHoldsTheLastThreeDaysAsTheyWentAndCanBeForOneDistrict() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var here = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.minusDays(7));
        var there = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.minusDays(7));
        jdbc.sql("update citizen set name = 'Tilbage Thora', district = 'hundige' where id = ?").param(here.citizenId()).update();
        jdbc.sql("update citizen set name = 'Distrikt Dines', district = 'tune' where id = ?").param(there.citizenId()).update();
        LocalDate first = LocalDate.of(2036, 9, 15);
        visit(here, "DELIVERED", first.minusDays(1), LocalTime.of(7, 40), 20, null);
        visit(here, "DELIVERED", first.minusDays(2), null, 0, "HOSPITALISED");
        visit(here, "PLANNED", first.minusDays(3), LocalTime.of(8, 0), 25, null);
        visit(here, "PLANNED", first.minusDays(4), LocalTime.of(8, 0), 25, null);      // before the three days back
        visit(here, "DELIVERED", first, LocalTime.of(8, 0), 25, null);                 // ahead: only planned visits
        visit(here, "PLANNED", first.plusDays(2), LocalTime.of(9, 15), 25, null);
        visit(there, "PLANNED", first, LocalTime.of(10, 0), 30, null);

        WebSession provider = WebSession.logIn(port, "leverandor-a");
        String page = provider.get("/provider/day-list?from=" + first).body();
        assertThat(page).contains("De seneste dages besøg 12.09.2036–14.09.2036 og planlagte besøg 15.09.2036–17.09.2036",
                "Tilbage Thora", "Distrikt Dines", "Leveret", "Borgeren er indlagt", "Ikke meldt leveret endnu", "09:15");
        String thora = page.substring(page.indexOf("Tilbage Thora"), page.indexOf("Distrikt Dines"));
        assertThat(thora).doesNotContain("11.09.2036").contains("07:40");
        assertThat(thora.split("15.09.2036", -1).length - 1).isZero();

        String hundige = provider.get("/provider/day-list?from=" + first + "&district=hundige").body();
        assertThat(hundige).contains("Tilbage Thora").doesNotContain("Distrikt Dines");
        String csv = new String(provider.file("/provider/day-list.csv?from=" + first + "&district=tune").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Distrikt Dines", "Sådan gik besøget").doesNotContain("Tilbage Thora");
    }

    private void visit(NoticeTestData.Granted g, String kind, LocalDate day, LocalTime start, int minutes, String reason) {
        DayListVisits.insert(jdbc, g, g.providerId(), kind, day, start, minutes, reason);
    }

    private String name(long citizenId) {
        return jdbc.sql("select name from citizen where id = ?").param(citizenId).query(String.class).single();
    }

    private void planned(NoticeTestData.Granted g, long providerId, LocalDate day, LocalTime start, int minutes) {
        DayListVisits.insert(jdbc, g, providerId, "PLANNED", day, start, minutes, null);
    }
}
