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
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planned and delivered visits over real HTTP: registration one by one and as a list, the shift from the
 * start time, visits not delivered, every kind of bad input with nothing stored, the CSV import (all or
 * nothing with every bad line, idempotent, corrections, Danish decimal comma, wrong delimiter), and that a
 * provider reaches only the grants it delivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitApiTest {

    static final String HEADER = "besøgs_id;bevillings_id;type;dato;starttid;vagtlag;minutter;ikke_leveret_årsag\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient providerA;
    ApiClient providerB;
    Granted granted;
    LocalDate today;
    String prefix;

    @BeforeEach
    void setUp() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        providerA = ApiClient.as(port, "leverandor-a");
        providerB = ApiClient.as(port, "leverandor-b");
        today = DecisionTestData.today();
        granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        prefix = "t-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private Map<String, Object> visit(String id, String kind, LocalDate date, String startTime, String shift, Object minutes,
                                      String reason) {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("visitId", prefix + id);
        v.put("grantKey", granted.grantKey().toString());
        v.put("kind", kind);
        v.put("date", date.toString());
        v.put("startTime", startTime);
        v.put("shift", shift);
        v.put("minutes", minutes);
        v.put("notDeliveredReason", reason);
        return v;
    }

    private long stored() {
        return jdbc.sql("select count(*) from visit where grant_key = ?").param(granted.grantKey()).query(Long.class).single();
    }

    private Response importCsv(ApiClient client, String csv) {
        return client.post("/api/v1/provider/visits/import", "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    private String line(String id, String kind, String date, String time, String shift, String minutes, String reason) {
        return String.join(";", prefix + id, granted.grantKey().toString(), kind, date, time, shift, minutes, reason) + "\n";
    }

    private static List<Integer> lines(Response response) {
        List<Integer> lines = new ArrayList<>();
        response.json().get("errors").forEach(e -> lines.add(e.get("line").asInt()));
        return lines;
    }

    @Test
    void registersPlannedAndDeliveredVisitsWithTheShiftFromTheStartTime() {
        Response response = providerA.post("/api/v1/provider/visits", json(List.of(
                visit("p1", "PLANNED", today, null, "EVENING", 30, null),
                visit("d1", "DELIVERED", today, "16:30", null, 25, null),
                visit("d2", "DELIVERED", today, "06:45", null, "12,5", null),
                visit("d3", "DELIVERED", today, "07:00", null, 20, null),
                visit("n1", "DELIVERED", today, null, "DAY", 0, "CITIZEN_ABSENT"))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("inserted").asInt()).isEqualTo(5);

        Response list = providerA.get("/api/v1/provider/visits?grantKey=" + granted.grantKey() + "&from=" + today + "&to=" + today);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        list.json().forEach(v -> byId.put(v.get("visitId").asText().substring(prefix.length()), v));
        assertThat(byId).containsOnlyKeys("p1", "d1", "d2", "d3", "n1");
        assertThat(byId.get("p1").get("shift").asText()).isEqualTo("EVENING");
        assertThat(byId.get("p1").get("kind").asText()).isEqualTo("PLANNED");
        assertThat(byId.get("d1").get("shift").asText()).isEqualTo("EVENING");
        assertThat(byId.get("d2").get("shift").asText()).isEqualTo("NIGHT");
        assertThat(byId.get("d2").get("minutes").asInt()).as("12,5 rounds half up").isEqualTo(13);
        assertThat(byId.get("d3").get("shift").asText()).isEqualTo("DAY");
        assertThat(byId.get("n1").get("notDeliveredReason").asText()).isEqualTo("CITIZEN_ABSENT");
        assertThat(byId.get("n1").get("minutes").asInt()).isZero();

        // one visit as an object; the same again changes nothing; a correction replaces it
        Response single = providerA.post("/api/v1/provider/visits", json(visit("d4", "DELIVERED", today, "20:00", null, 40, null)));
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        assertThat(single.json().get("visits").get(0).get("shift").asText()).isEqualTo("EVENING");
        Response again = providerA.post("/api/v1/provider/visits", json(visit("d4", "DELIVERED", today, "20:00", null, 40, null)));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);
        Response corrected = providerA.post("/api/v1/provider/visits", json(visit("d4", "DELIVERED", today, "20:00", null, 45, null)));
        assertThat(corrected.json().get("updated").asInt()).isEqualTo(1);
        assertThat(stored()).isEqualTo(6);
    }

    @Test
    void everyBadVisitIsRefusedWithADanishProblemAndNothingIsStored() {
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        bad.put("minutes 0", visit("b1", "DELIVERED", today, "10:00", null, 0, null));
        bad.put("minutes negative", visit("b2", "DELIVERED", today, "10:00", null, -5, null));
        bad.put("minutes 1441", visit("b3", "DELIVERED", today, "10:00", null, 1441, null));
        bad.put("before the grant", visit("b4", "DELIVERED", today.minusDays(1), "10:00", null, 20, null));
        bad.put("delivered without time", visit("b5", "DELIVERED", today, null, null, 20, null));
        bad.put("planned with a reason", visit("b6", "PLANNED", today, null, "DAY", 20, "HOSPITALISED"));
        bad.put("unknown reason", visit("b7", "DELIVERED", today, "10:00", null, 0, "SICK"));
        bad.put("shift does not fit the time", visit("b8", "DELIVERED", today, "10:00", "NIGHT", 20, null));
        bad.put("bad date", visit("b9", "DELIVERED", today, "10:00", null, 20, null));
        bad.get("bad date").put("date", "2025-02-30");
        for (var entry : bad.entrySet()) {
            Response response = providerA.post("/api/v1/provider/visits", json(entry.getValue()));
            assertThat(response.status()).as(entry.getKey() + ": " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).as(entry.getKey()).isNotBlank();
            assertThat(response.json().get("errors").get(0).get("field").asText()).as(entry.getKey()).startsWith("visits[0]");
        }
        assertThat(providerA.post("/api/v1/provider/visits", json(visit("b1", "DELIVERED", today, "10:00", null, 0, null)))
                .json().get("detail").asText()).isEqualTo("Minutter skal være mellem 1 og 1440 (var 0).");
        // a good visit with a bad one: neither is stored
        Response mixed = providerA.post("/api/v1/provider/visits", json(List.of(
                visit("g1", "DELIVERED", today, "10:00", null, 20, null), visit("b10", "DELIVERED", today, "10:00", null, 2000, null))));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().get("errors").get(0).get("field").asText()).isEqualTo("visits[1].minutes");
        // an unknown grant is refused like another provider's
        Map<String, Object> unknown = visit("b11", "DELIVERED", today, "10:00", null, 20, null);
        unknown.put("grantKey", UUID.randomUUID().toString());
        assertThat(providerA.post("/api/v1/provider/visits", json(unknown)).status()).isEqualTo(403);
        assertThat(stored()).isZero();
    }

    @Test
    void anotherProviderCannotRegisterVisitsOnTheGrantAuditedAndNothingStored() {
        long audit = NoticeTestData.lastAuditId(jdbc);
        Response response = providerB.post("/api/v1/provider/visits", json(visit("x1", "DELIVERED", today, "10:00", null, 20, null)));
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("detail").asText()).isEqualTo("Du har ikke adgang til dette.");
        assertThat(NoticeTestData.denied(jdbc, "leverandor-b", audit)).contains("visit-grant:" + granted.grantKey());

        Response file = importCsv(providerB, HEADER + line("x2", "DELIVERED", today.toString(), "10:00", "", "20", ""));
        assertThat(file.status()).as(file.body()).isEqualTo(400);
        assertThat(file.json().get("errors").get(0).get("message").asText()).contains("leveres ikke af jer");
        assertThat(stored()).isZero();
        assertThat(providerB.get("/api/v1/provider/visits?grantKey=" + granted.grantKey()).json()).isEmpty();
        // the week view of a citizen another provider serves
        assertThat(WebSession.logIn(port, "leverandor-b").get("/provider/citizens/" + granted.citizenId() + "/week").status())
                .isEqualTo(403);
    }

    @Test
    void importIsIdempotentAndACorrectedRowReplacesTheEarlierOne() {
        String danishDate = today.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        String csv = HEADER
                + line("c1", "PLANNED", today.toString(), "", "DAY", "30", "")
                + line("c2", "DELIVERED", danishDate, "08:15", "", "12,5", "")
                + line("c3", "leveret", today.toString(), "23:30", "NIGHT", "20", "")
                + line("c4", "DELIVERED", today.toString(), "", "DAY", "0", "HOSPITALISED");
        Response first = importCsv(providerA, csv);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("inserted").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("select minutes from visit where external_id = ?").param(prefix + "c2").query(Integer.class).single())
                .isEqualTo(13);
        assertThat(jdbc.sql("select shift from visit where external_id = ?").param(prefix + "c2").query(String.class).single())
                .isEqualTo("DAY");

        Response second = importCsv(providerA, csv);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("inserted").asInt()).isZero();
        assertThat(second.json().get("updated").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(4);

        Response corrected = importCsv(providerA, csv.replace(prefix + "c1;" + granted.grantKey() + ";PLANNED;" + today + ";;DAY;30",
                prefix + "c1;" + granted.grantKey() + ";PLANNED;" + today + ";;EVENING;45"));
        assertThat(corrected.json().get("updated").asInt()).as(corrected.body()).isEqualTo(1);
        assertThat(corrected.json().get("unchanged").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("select shift || ':' || minutes from visit where external_id = ?").param(prefix + "c1")
                .query(String.class).single()).isEqualTo("EVENING:45");
        assertThat(stored()).isEqualTo(4);

        // the same as a multipart upload
        String boundary = "boundary" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besøg.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + HEADER + line("c5", "PLANNED", today.toString(), "", "NIGHT", "15", "")
                + "\r\n--" + boundary + "--\r\n";
        Response multipart = providerA.post("/api/v1/provider/visits/import", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(multipart.status()).as(multipart.body()).isEqualTo(200);
        assertThat(multipart.json().get("inserted").asInt()).isEqualTo(1);
    }

    @Test
    void aCanonicalFileTakesTheFastWaysIdempotentlyACorrectedRowReplacesTheEarlierOneADuplicateIdIsReported() {
        String csv = HEADER
                + line("k1", "PLANNED", today.toString(), "", "DAY", "30", "")
                + line("k2", "DELIVERED", today.toString(), "08:15", "", "12", "")
                + line("k3", "DELIVERED", today.toString(), "", "DAY", "0", "HOSPITALISED");
        Response first = importCsv(providerA, csv);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("inserted").asInt()).isEqualTo(3);
        Response second = importCsv(providerA, csv);
        assertThat(second.json().get("inserted").asInt()).as(second.body()).isZero();
        assertThat(second.json().get("updated").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(3);
        Response corrected = importCsv(providerA, csv.replace(";08:15;;12;", ";09:30;;25;")
                + line("k4", "PLANNED", today.toString(), "", "EVENING", "15", ""));
        assertThat(corrected.json().get("inserted").asInt()).as(corrected.body()).isEqualTo(1);
        assertThat(corrected.json().get("updated").asInt()).isEqualTo(1);
        assertThat(corrected.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select start_time || ' ' || minutes from visit where external_id = ?").param(prefix + "k2")
                .query(String.class).single()).isEqualTo("09:30:00 25");

        Response duplicate = importCsv(providerA, csv + line("k2", "DELIVERED", today.toString(), "10:00", "", "20", ""));
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(400);
        assertThat(lines(duplicate)).containsExactly(5);
        assertThat(jdbc.sql("select minutes from visit where external_id = ?").param(prefix + "k2").query(Integer.class).single())
                .as("nothing stored from the rejected file").isEqualTo(25);
    }

    @Test
    void aFileWithBadLinesIsRejectedWholeListingEveryBadLine() {
        String csv = HEADER
                + line("r1", "DELIVERED", today.toString(), "09:00", "", "20", "")          // line 2 good
                + line("r2", "DELIVERED", "31-02-2025", "09:00", "", "20", "")          // line 3 bad date
                + line("r3", "PLANNED", today.toString(), "", "DAY", "25", "")          // line 4 good
                + line("r4", "DELIVERED", today.toString(), "09:00", "", "1441", "")    // line 5 minutes out of range
                + line("r5", "DELIVERED", today.toString(), "09:30", "", "15", "")      // line 6 good
                + line("r1", "DELIVERED", today.toString(), "10:00", "", "20", "");     // line 7 duplicate visit id
        Response response = importCsv(providerA, csv);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(lines(response)).containsExactly(3, 5, 7);
        assertThat(response.json().get("detail").asText()).startsWith("Filen er afvist: 3 linje(r) har fejl.");
        assertThat(response.json().get("errors").get(2).get("message").asText()).isEqualTo("Besøgs-id " + prefix + "r1 står også i linje 2.");
        assertThat(stored()).isZero();

        // a line with too few columns, a grant that does not exist, a date outside the grant
        Response more = importCsv(providerA, HEADER
                + prefix + "s1;" + granted.grantKey() + ";DELIVERED;" + today + ";09:00;20\n"
                + line("s2", "DELIVERED", today.toString(), "09:00", "", "20", "").replace(granted.grantKey().toString(), UUID.randomUUID().toString())
                + line("s3", "DELIVERED", today.minusDays(3).toString(), "09:00", "", "20", ""));
        assertThat(lines(more)).containsExactly(2, 3, 4);
        assertThat(more.json().get("errors").get(0).get("message").asText()).contains("der skal være 8");
        assertThat(more.json().get("errors").get(2).get("message").asText()).contains("uden for bevillingens periode");
        assertThat(stored()).isZero();
    }

    @Test
    void badValuesInTheCanonicalFormsAreReportedAsWritten() {
        // the typed COPY refuses the date, or reads the minutes as a number: the lenient path reports them as written
        Response response = importCsv(providerA, HEADER
                + line("k1", "DELIVERED", today.toString(), "09:00", "", "20", "")
                + line("k2", "DELIVERED", "2025-02-30", "09:00", "", "20", "")
                + line("k3", "DELIVERED", today.toString(), "09:00", "", "0000", ""));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(lines(response)).containsExactly(3, 4);
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("\"2025-02-30\"");
        assertThat(response.json().get("errors").get(1).get("message").asText()).isEqualTo("Minutter skal være mellem 1 og 1440 (var 0000).");
        // PostgreSQL would read 24:00 and 8:15:30 as times; the import does not
        Response times = importCsv(providerA, HEADER
                + line("k4", "DELIVERED", today.toString(), "24:00", "", "20", "")
                + line("k5", "DELIVERED", today.toString(), "8:15:30", "", "20", ""));
        assertThat(lines(times)).containsExactly(2, 3);
        assertThat(stored()).isZero();
    }

    @Test
    void windowsLineEndsAndBlankLinesKeepTheLineNumbers() {
        String csv = "\uFEFF" + (HEADER
                + line("l1", "DELIVERED", today.toString(), "09:00", "", "20", "")
                + "\n"
                + line("l2", "DELIVERED", today.toString(), "09:00", "", "abc", "")).replace("\n", "\r\n");
        Response response = importCsv(providerA, csv);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(lines(response)).containsExactly(4);
        assertThat(response.json().get("errors").get(0).get("message").asText()).isEqualTo("Minutter \"abc\" er ikke et tal.");
        assertThat(providerA.post("/api/v1/provider/visits", "[]").status()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void aWrongDelimiterOrAMissingHeaderColumnIsOneErrorForLine1() {
        Response commas = importCsv(providerA, HEADER.replace(';', ',') + line("w1", "DELIVERED", today.toString(), "09:00", "", "20", "").replace(';', ','));
        assertThat(commas.status()).as(commas.body()).isEqualTo(400);
        assertThat(lines(commas)).containsExactly(1);
        assertThat(commas.json().get("errors").get(0).get("message").asText()).startsWith("Forkert skilletegn: filen bruger komma (,)");

        Response missing = importCsv(providerA, HEADER.replace(";vagtlag", "") + line("w2", "DELIVERED", today.toString(), "09:00", "", "20", ""));
        assertThat(lines(missing)).containsExactly(1);
        assertThat(missing.json().get("errors").get(0).get("message").asText()).startsWith("Overskriften mangler kolonnen/kolonnerne vagtlag.");
        assertThat(stored()).isZero();
    }

    @Test
    void theWeekViewShowsPlannedAndDeliveredMinutesAndRegistersADeliveredVisit() {
        assertThat(providerA.post("/api/v1/provider/visits", json(List.of(
                visit("v1", "PLANNED", today, null, "DAY", 30, null)))).status()).isEqualTo(201);
        WebSession session = WebSession.logIn(port, "leverandor-a");
        var page = session.get("/provider/citizens/" + granted.citizenId() + "/week?date=" + today);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Planlagt og leveret tid").contains("Planlagt 30 min.");
        var posted = session.post("/provider/citizens/" + granted.citizenId() + "/visits", List.of(
                Map.entry("grantKey", granted.grantKey().toString()), Map.entry("date", today.toString()),
                Map.entry("startTime", "09:10"), Map.entry("minutes", "28"), Map.entry("notDeliveredReason", "")));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from visit where grant_key = ? and kind = 'DELIVERED' and minutes = 28 and shift = 'DAY'")
                .param(granted.grantKey()).query(Long.class).single()).isEqualTo(1);
        assertThat(session.get("/provider/citizens/" + granted.citizenId() + "/week?date=" + today).body()).contains("Leveret 28 min.");
        assertThat(session.get("/provider/import").status()).isEqualTo(200);
    }
}
