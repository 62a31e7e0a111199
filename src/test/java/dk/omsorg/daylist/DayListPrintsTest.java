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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day lists made each night (issue 21: "generated each night and on demand"): one print for all the provider's
 * districts and one per district, as PDF and CSV, listed on the provider's page and downloaded with an audit per
 * citizen; another provider cannot fetch them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DayListPrintsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DayListPrints prints;

    @Test
    void theNightMakesEachProvidersPrintsForAllDistrictsAndEachDistrict() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var north = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.minusDays(7));
        var south = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.minusDays(7));
        jdbc.sql("update citizen set name = 'Nat Nanna', district = 'greve-nord' where id = ?").param(north.citizenId()).update();
        jdbc.sql("update citizen set name = 'Nat Svend', district = 'karlslunde' where id = ?").param(south.citizenId()).update();
        LocalDate first = LocalDate.of(2041, 6, 3);
        planned(north, first, LocalTime.of(7, 0));
        planned(south, first.plusDays(1), LocalTime.of(8, 0));

        assertThat(prints.makeAll(first)).isGreaterThanOrEqualTo(3);
        List<String> districts = jdbc.sql("select district from day_list_print where provider_id = ? and made_on = ? order by district")
                .params(north.providerId(), first).query(String.class).list();
        assertThat(districts).containsExactly("", "greve-nord", "karlslunde");
        assertThat(prints.makeAll(first)).as("made again the same day: replaced, not added").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from day_list_print where provider_id = ? and made_on = ?")
                .params(north.providerId(), first).query(Long.class).single()).isEqualTo(3);

        WebSession provider = WebSession.logIn(port, "leverandor-a");
        String page = provider.get("/provider/day-list").body();
        assertThat(page).contains("Udskrifter klar til print", "natlig kørsel", "31.05.2041–05.06.2041", "Karlslunde");
        long all = printId(north.providerId(), first, "");
        long karlslunde = printId(north.providerId(), first, "karlslunde");
        WebSession.File pdf = provider.file("/provider/day-list/prints/" + all + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String csv = new String(provider.file("/provider/day-list/prints/" + karlslunde + ".csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Nat Svend").doesNotContain("Nat Nanna");
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'day-list' and citizen_id = ? and resource_id = ?")
                .params(south.citizenId(), String.valueOf(karlslunde)).query(Long.class).single()).isEqualTo(1);

        WebSession other = WebSession.logIn(port, "leverandor-b");
        assertThat(other.file("/provider/day-list/prints/" + all + ".pdf").status()).isEqualTo(404);
    }

    @Test
    void aProviderMakesItsPrintsOnDemand() {
        WebSession provider = WebSession.logIn(port, "leverandor-b");
        provider.get("/provider/day-list");
        assertThat(provider.post("/provider/day-list/prints", List.of()).status()).isEqualTo(302);
        assertThat(provider.get("/provider/day-list").body()).contains("Der er lavet");
    }

    private long printId(long providerId, LocalDate madeOn, String district) {
        return jdbc.sql("select id from day_list_print where provider_id = ? and made_on = ? and district = ?")
                .params(providerId, madeOn, district).query(Long.class).single();
    }

    private void planned(NoticeTestData.Granted g, LocalDate day, LocalTime start) {
        DayListVisits.insert(jdbc, g, g.providerId(), "PLANNED", day, start, 25, null);
    }
}
