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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit file as {@code docs/visit-import-format.md} documents it, over real HTTP: every example in the document
 * imports as it says (read from the document itself), quoted fields on both paths, a delivered visit dated after today
 * is refused with its line, and an upload without a file says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitImportFormatTest {

    static final String HEADER = "besøgs_id;bevillings_id;type;dato;starttid;vagtlag;minutter;ikke_leveret_årsag\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient providerA;
    Granted granted;
    LocalDate today;
    LocalDate monday;
    String prefix;

    @BeforeEach
    void setUp() {
        providerA = ApiClient.as(port, "leverandor-a");
        today = DecisionTestData.today();
        monday = today.with(DayOfWeek.MONDAY).minusWeeks(2);
        granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", monday.minusDays(7));
        prefix = "f-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private Response importCsv(String csv) {
        return providerA.post("/api/v1/provider/visits/import", "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> stored(String id) {
        return jdbc.sql("select kind, to_char(start_time, 'HH24:MI') as start_time, shift, minutes, not_delivered_reason "
                + "from visit where provider_id = ? and external_id = ?").params(granted.providerId(), prefix + id).query().singleRow();
    }

    private static List<Integer> lines(Response response) {
        List<Integer> lines = new ArrayList<>();
        response.json().get("errors").forEach(e -> lines.add(e.get("line").asInt()));
        return lines;
    }

    @Test
    void everyExampleOfTheFormatDocumentImportsAsDocumented() throws Exception {
        List<String> files = VisitFormatExamples.files();
        assertThat(files).as("the document's ```csv examples").hasSize(3);
        List<String> adapted = files.stream().map(f -> VisitFormatExamples.adapt(f, granted.grantKey(), prefix, monday)).toList();
        for (String file : adapted) {
            Response response = importCsv(file);
            assertThat(response.status()).as(file + "\n" + response.body()).isEqualTo(200);
            assertThat(response.json().get("inserted").asLong()).as(file).isEqualTo(VisitFormatExamples.dataLines(file));
        }
        // as the table says: half up, the shift from the start time, a not-delivered visit without time or shift
        // in its grant's only shift (the day shift), empty minutes 0 for a visit not delivered
        assertThat(stored("A-1001")).containsEntry("kind", "PLANNED").containsEntry("shift", "DAY").containsEntry("minutes", 30);
        assertThat(stored("A-1002")).containsEntry("start_time", "08:15").containsEntry("shift", "DAY").containsEntry("minutes", 13);
        assertThat(stored("A-1003")).containsEntry("start_time", null).containsEntry("shift", "DAY").containsEntry("minutes", 0)
                .containsEntry("not_delivered_reason", "HOSPITALISED");
        // quoted: the separator and a doubled quote inside a field
        assertThat(stored("A-2001")).containsEntry("start_time", "09:30").containsEntry("minutes", 25);
        assertThat(stored("A-2002;b")).containsEntry("shift", "EVENING").containsEntry("minutes", 20);
        assertThat(stored("A-2003 \"ekstra\"")).containsEntry("kind", "PLANNED").containsEntry("shift", "EVENING");
        assertThat(stored("A-2004")).containsEntry("kind", "DELIVERED").containsEntry("start_time", "10:15").containsEntry("minutes", 18);
        assertThat(stored("A-2005")).containsEntry("minutes", 0).containsEntry("not_delivered_reason", "CITIZEN_ABSENT");
        for (String file : adapted) {
            Response again = importCsv(file);
            assertThat(again.json().get("unchanged").asLong()).as(again.body()).isEqualTo(VisitFormatExamples.dataLines(file));
        }
    }

    @Test
    void aBadQuotedLineIsReportedWithItsLineOnBothPathsAndAnUnclosedQuoteToo() {
        String g = granted.grantKey().toString();
        // canonical forms, quoted: the typed path; the bad minutes make the lenient path report the line as written
        Response typed = importCsv(HEADER
                + "\"" + prefix + "q1\";\"" + g + "\";\"DELIVERED\";\"" + monday + "\";\"09:00\";\"\";\"20\";\"\"\n"
                + "\"" + prefix + "q2\";\"" + g + "\";\"DELIVERED\";\"" + monday + "\";\"09:00\";\"\";\"0\";\"\"\n");
        assertThat(typed.status()).as(typed.body()).isEqualTo(400);
        assertThat(lines(typed)).containsExactly(3);
        assertThat(typed.json().get("errors").get(0).get("message").asText()).isEqualTo("Minutter skal være mellem 1 og 1440 (var 0).");
        Response open = importCsv(HEADER
                + "\"" + prefix + "q3\";\"" + g + "\";\"DELIVERED\";\"" + monday + "\";\"09:00\";\"\";\"20\";\"\"\n"
                + "\"" + prefix + "q4;" + g + ";DELIVERED;" + monday + ";09:00;;20;\n"
                + "\"" + prefix + "q5\";" + g + ";DELIVERED;" + monday + ";09:00;;\"20\";\n");
        assertThat(lines(open)).containsExactly(3);
        assertThat(open.json().get("errors").get(0).get("message").asText()).contains("anførselstegn");
        assertThat(jdbc.sql("select count(*) from visit where grant_key = ?").param(granted.grantKey()).query(Long.class).single()).isZero();
    }

    @Test
    void aDeliveredVisitDatedAfterTodayIsRefusedWithItsLineAPlannedOneIsNot() {
        String g = granted.grantKey().toString();
        LocalDate tomorrow = today.plusDays(1);
        String danish = tomorrow.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        for (String file : List.of(
                // canonical (typed path) and with a Danish date (lenient path)
                HEADER + String.join("\n", prefix + "u1;" + g + ";DELIVERED;" + today + ";09:00;;20;",
                        prefix + "u2;" + g + ";DELIVERED;" + tomorrow + ";09:00;;20;",
                        prefix + "u3;" + g + ";PLANNED;" + tomorrow + ";;DAY;20;") + "\n",
                HEADER + String.join("\n", prefix + "u1;" + g + ";DELIVERED;" + today + ";09:00;;20;",
                        prefix + "u2;" + g + ";DELIVERED;" + danish + ";;;0;HOSPITALISED",
                        prefix + "u3;" + g + ";PLANNED;" + danish + ";;DAY;20;") + "\n")) {
            Response response = importCsv(file);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(lines(response)).containsExactly(3);
            assertThat(response.json().get("errors").get(0).get("column").asText()).isEqualTo("dato");
            assertThat(response.json().get("errors").get(0).get("message").asText())
                    .startsWith("Datoen " + tomorrow.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " ligger efter i dag");
        }
        Response single = providerA.post("/api/v1/provider/visits", json(Map.of("visitId", prefix + "u4", "grantKey", g,
                "kind", "DELIVERED", "date", tomorrow.toString(), "startTime", "09:00", "minutes", 20)));
        assertThat(single.status()).as(single.body()).isEqualTo(400);
        assertThat(single.json().get("errors").get(0).get("field").asText()).isEqualTo("visits[0].date");
        assertThat(importCsv(HEADER + prefix + "u3;" + g + ";PLANNED;" + tomorrow + ";;DAY;20;\n").status()).isEqualTo(200);
    }

    @Test
    void anUploadWithoutAFileSaysSoInDanish() {
        String boundary = "b" + UUID.randomUUID();
        Map<String, String> bodies = Map.of(
                "no parts", "--" + boundary + "--\r\n",
                "another part", "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhej\r\n--" + boundary + "--\r\n",
                "no file chosen", "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n\r\n--" + boundary + "--\r\n");
        for (var body : bodies.entrySet()) {
            Response response = providerA.post("/api/v1/provider/visits/import", "multipart/form-data; boundary=" + boundary,
                    body.getValue().getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).as(body.getKey() + ": " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).as(body.getKey()).startsWith("Der er ikke valgt nogen fil.");
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        }
        WebSession session = WebSession.logIn(port, "leverandor-a");
        session.get("/provider/import");
        var page = session.post("/provider/import", List.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Der er ikke valgt nogen fil.");
    }
}
