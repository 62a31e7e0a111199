package dk.omsorg.delivery;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's template for a week's visit file, over real HTTP: its grants' lines (planned visits where there are
 * some, else the expected deliveries), in the import format, which filled in imports with one visit per line; another
 * provider's template has none of them; the grant's id on the provider's screens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitTemplateTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient providerA;
    Granted expected;
    Granted planned;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        providerA = ApiClient.as(port, "leverandor-a");
        monday = DecisionTestData.today().with(DayOfWeek.MONDAY).minusWeeks(1);
        // RH Bad once a week in the day shift, from last Monday; the second has two planned visits last week
        expected = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", monday);
        planned = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", monday);
        Response plan = providerA.post("/api/v1/provider/visits", json(List.of(
                Map.of("visitId", "plan-" + planned.grantKey() + "-1", "grantKey", planned.grantKey().toString(), "kind", "PLANNED",
                        "date", monday.plusDays(1).toString(), "startTime", "09:00", "minutes", 30),
                Map.of("visitId", "plan-" + planned.grantKey() + "-2", "grantKey", planned.grantKey().toString(), "kind", "PLANNED",
                        "date", monday.plusDays(3).toString(), "shift", "DAY", "minutes", 30))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    }

    private String template(ApiClient client) {
        ApiClient.Download download = client.download("/api/v1/provider/visits/template?week=" + monday.plusDays(2));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(download.contentDisposition()).contains("besoeg-uge-" + monday + ".csv");
        return new String(download.body(), StandardCharsets.UTF_8);
    }

    private static List<String> linesOf(String file, Granted g) {
        return file.lines().filter(l -> l.contains(";" + g.grantKey() + ";")).toList();
    }

    @Test
    void theTemplateFilledInImportsOneVisitPerLineAndHoldsOnlyTheProvidersOwnGrants() {
        long audit = NoticeTestData.lastAuditId(jdbc);
        String file = template(providerA);
        assertThat(file).startsWith("\uFEFFbesøgs_id;bevillings_id;type;dato;starttid;vagtlag;minutter;ikke_leveret_årsag\r\n");
        // once a week: one expected delivery, on the first day of the week it is delivered
        assertThat(linesOf(file, expected)).containsExactly(
                "L-" + monday + "-" + expected.grantKey() + "-1;" + expected.grantKey() + ";DELIVERED;" + monday + ";;;;");
        // planned visits instead, with the planned start time
        assertThat(linesOf(file, planned)).containsExactly(
                "L-" + monday.plusDays(1) + "-" + planned.grantKey() + "-1;" + planned.grantKey() + ";DELIVERED;" + monday.plusDays(1) + ";09:00;;;",
                "L-" + monday.plusDays(3) + "-" + planned.grantKey() + "-1;" + planned.grantKey() + ";DELIVERED;" + monday.plusDays(3) + ";;;;");
        assertThat(jdbc.sql("select count(distinct citizen_id) from audit_event where username = 'leverandor-a' and resource = 'visit-template' "
                + "and citizen_id in (?, ?) and id > ?").params(expected.citizenId(), planned.citizenId(), audit).query(Long.class).single())
                .isEqualTo(2);

        // unfilled, every line is refused (no deliveries claimed) and nothing is stored
        Response unfilled = providerA.post("/api/v1/provider/visits/import", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(unfilled.status()).isEqualTo(400);
        assertThat(unfilled.json().get("detail").asText()).startsWith("Filen er afvist: " + (file.lines().count() - 1) + " linje(r)");

        // filled in: start time and minutes on each of our lines (a visit not delivered on one), then imported
        List<String> ours = new java.util.ArrayList<>(linesOf(file, expected));
        ours.addAll(linesOf(file, planned));
        StringBuilder filled = new StringBuilder(file.substring(0, file.indexOf("\r\n") + 2));
        for (int i = 0; i < ours.size(); i++) {
            String[] f = ours.get(i).split(";", -1);
            if (i == 2) {
                f[7] = "CITIZEN_ABSENT";
            } else {
                f[4] = f[4].isEmpty() ? "10:00" : f[4];
                f[6] = "2" + i;
            }
            filled.append(String.join(";", f)).append("\r\n");
        }
        byte[] body = filled.toString().getBytes(StandardCharsets.UTF_8);
        Response imported = providerA.post("/api/v1/provider/visits/import", "text/csv", body);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("inserted").asInt()).isEqualTo(ours.size());
        assertThat(jdbc.sql("select count(*) from visit where grant_key in (?, ?) and kind = 'DELIVERED'")
                .params(expected.grantKey(), planned.grantKey()).query(Long.class).single()).isEqualTo(ours.size());
        // the same ids in every download: imported again it changes nothing
        assertThat(providerA.post("/api/v1/provider/visits/import", "text/csv", body).json().get("unchanged").asInt()).isEqualTo(ours.size());

        // the other provider's template has none of A's grants, also on the page
        String other = template(ApiClient.as(port, "leverandor-b"));
        assertThat(other).doesNotContain(expected.grantKey().toString()).doesNotContain(planned.grantKey().toString());
        WebSession b = WebSession.logIn(port, "leverandor-b");
        var page = b.get("/provider/import/template?week=" + monday);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(expected.grantKey().toString());
        assertThat(WebSession.logIn(port, "leverandor-a").get("/provider/import/template?week=" + monday).body())
                .contains(expected.grantKey().toString());
    }

    @Test
    void theProviderSeesEachGrantsIdOnTheNoticeTheCitizenPageAndTheWeekView() {
        WebSession a = WebSession.logIn(port, "leverandor-a");
        String key = expected.grantKey().toString();
        long notice = NoticeTestData.awaitNotice(jdbc, expected.decisionId(), expected.providerId());
        for (String path : List.of("/provider/notices/" + notice, "/provider/citizens/" + expected.citizenId(),
                "/provider/citizens/" + expected.citizenId() + "/week?date=" + monday)) {
            var page = a.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Bevillings-id").contains("<code class=\"grant-key\">" + key + "</code>");
        }
        assertThat(a.get("/provider/import").body()).contains("Hent skabelon");
    }
}
