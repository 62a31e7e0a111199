package dk.omsorg.supervision;

import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.provider.Providers;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.supervision.SupervisionTestData.Hygiene;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.supervision.SupervisionTestData.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervision samples over real HTTP on the real database: the draw per provider (N, fewer than N, the provider
 * filter, a repeated seed), the figures of a citizen whose visits the provider registered, a switch of provider in
 * the middle of the period, the CSV and XLSX exports read back, bad input with nothing stored, who may draw, and
 * the audit of every citizen shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionApiTest {

    static final String SAMPLES = "/api/v1/supervision/samples";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Providers providers;

    ApiClient caseworker;
    ApiClient supervisor;
    ApiClient providerA;
    LocalDate today;
    LocalDate first;
    long solsikken;
    long municipal;
    String prefix;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        supervisor = ApiClient.as(port, "tilsyn");
        providerA = ApiClient.as(port, "leverandor-a");
        today = SupervisionTestData.todayInDenmark();
        first = today.minusDays(11);
        solsikken = SupervisionTestData.provider(jdbc, "solsikken-hjemmepleje");
        municipal = SupervisionTestData.provider(jdbc, "greve-hjemmeplejen");
        prefix = "s-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private static Map<String, Object> request(LocalDate from, LocalDate to, Object perProvider, Long providerId, Long seed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from == null ? null : from.toString());
        body.put("to", to == null ? null : to.toString());
        body.put("perProvider", perProvider);
        body.put("providerId", providerId);
        body.put("seed", seed);
        return body;
    }

    private JsonNode draw(LocalDate from, LocalDate to, int perProvider, Long providerId, Long seed) {
        Response response = supervisor.post(SAMPLES, json(request(from, to, perProvider, providerId, seed)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.location()).endsWith(SAMPLES + "/" + response.json().get("sample").get("id").asLong());
        return response.json();
    }

    /** A sample of the provider that surely contains the citizen, whatever other tests gave the provider. */
    private JsonNode drawWith(long providerId, long citizenId, LocalDate from, LocalDate to) {
        Set<Long> candidates = SupervisionTestData.candidates(jdbc, providers, from, to).get(providerId);
        assertThat(candidates).contains(citizenId);
        long seed = SupervisionTestData.seedDrawing(providerId, citizenId, candidates, 100);
        return draw(from, to, 100, providerId, seed);
    }

    private static JsonNode part(JsonNode report, long providerId) {
        for (JsonNode p : report.get("providers")) {
            if (p.get("providerId").asLong() == providerId) {
                return p;
            }
        }
        return null;
    }

    private static JsonNode citizen(JsonNode report, long providerId, long citizenId) {
        JsonNode part = part(report, providerId);
        if (part != null) {
            for (JsonNode c : part.get("citizens")) {
                if (c.get("citizenId").asLong() == citizenId) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Set<Long> members(JsonNode part) {
        Set<Long> ids = new HashSet<>();
        part.get("citizens").forEach(c -> ids.add(c.get("citizenId").asLong()));
        return ids;
    }

    private long samples() {
        return jdbc.sql("select count(*) from supervision_sample").query(Long.class).single()
                + jdbc.sql("select count(*) from supervision_sample_member").query(Long.class).single();
    }

    /** RH Bad, 30 min once a week with Solsikken from 11 days ago; visits in and just after a 10-day period, all
     * up to yesterday (delivered time cannot be registered for a day still to come). */
    private Granted bathWithVisits() {
        Granted g = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", first);
        Response visits = providerA.post("/api/v1/provider/visits", json(List.of(
                visit(prefix + "p1", g.grantKey(), "PLANNED", first, null, "DAY", 30, null),
                visit(prefix + "d1", g.grantKey(), "DELIVERED", first, "10:00", null, 25, null),
                visit(prefix + "p2", g.grantKey(), "PLANNED", first.plusDays(7), null, "DAY", 30, null),
                visit(prefix + "n2", g.grantKey(), "DELIVERED", first.plusDays(7), null, "DAY", 0, "CITIZEN_ABSENT"),
                visit(prefix + "p3", g.grantKey(), "PLANNED", first.plusDays(10), null, "DAY", 30, null),
                visit(prefix + "d3", g.grantKey(), "DELIVERED", first.plusDays(10), "10:00", null, 30, null))));
        assertThat(visits.status()).as(visits.body()).isEqualTo(201);
        return g;
    }

    @Test
    void theFiguresOfACitizenAreTheGrantedPlannedAndDeliveredMinutesOfThePeriod() {
        Granted g = bathWithVisits();
        LocalDate to = first.plusDays(9);   // 10 days: the visits on day 11 are outside

        JsonNode report = drawWith(solsikken, g.citizenId(), first, to);

        JsonNode citizen = citizen(report, solsikken, g.citizenId());
        assertThat(citizen).as(report.toString()).isNotNull();
        assertThat(citizen.get("citizenName").asText()).isEqualTo("Advis Åse Ørum");
        JsonNode line = citizen.get("lines").get(0);
        assertThat(citizen.get("lines")).hasSize(1);
        assertThat(line.get("grantKey").asText()).isEqualTo(g.grantKey().toString());
        assertThat(line.get("interventionCode").asText()).isEqualTo("rh-bad");
        assertThat(line.get("weeklyMinutes").asInt()).isEqualTo(30);
        assertThat(line.get("days").asInt()).isEqualTo(10);
        assertThat(line.get("grantedMinutes").asInt()).as("30 × 10 / 7 = 42.86 → 43").isEqualTo(43);
        assertThat(line.get("plannedMinutes").asInt()).isEqualTo(60);
        assertThat(line.get("deliveredMinutes").asInt()).isEqualTo(25);
        assertThat(line.get("notDelivered").get("citizenAbsent").asInt()).isEqualTo(1);
        assertThat(line.get("notDelivered").get("total").asInt()).isEqualTo(1);
        assertThat(line.get("deviationMinutes").asInt()).isEqualTo(-18);
        assertThat(line.get("plannedDeviationMinutes").asInt()).isEqualTo(17);
        assertThat(line.get("deviationPercent").decimalValue()).isEqualByComparingTo("-41.9");

        // the stored sample reads the same, and a visit registered late is counted when it is read again
        long id = report.get("sample").get("id").asLong();
        Response late = providerA.post("/api/v1/provider/visits", json(
                visit(prefix + "d2", g.grantKey(), "DELIVERED", first.plusDays(8), "11:00", null, 20, null)));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        JsonNode again = supervisor.get(SAMPLES + "/" + id).json();
        assertThat(citizen(again, solsikken, g.citizenId()).get("lines").get(0).get("deliveredMinutes").asInt()).isEqualTo(45);
        assertThat(again.get("sample").get("drawnBy").asText()).isEqualTo("tilsyn");
        assertThat(again.get("sample").get("from").asText()).isEqualTo(first.toString());
        assertThat(again.get("sample").get("to").asText()).isEqualTo(to.toString());
    }

    @Test
    void eachProviderGetsNCitizensOrAllWhenItHasFewer() {
        NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        LocalDate to = today.plusDays(9);
        Map<Long, Set<Long>> candidates = SupervisionTestData.candidates(jdbc, providers, today, to);
        assertThat(candidates.get(solsikken)).hasSizeGreaterThanOrEqualTo(2);

        JsonNode one = draw(today, to, 1, null, null);
        List<Long> drawnProviders = new ArrayList<>();
        for (JsonNode part : one.get("providers")) {
            long provider = part.get("providerId").asLong();
            drawnProviders.add(provider);
            assertThat(part.get("citizens")).as("one per provider").hasSize(1);
            assertThat(candidates.get(provider)).contains(part.get("citizens").get(0).get("citizenId").asLong());
        }
        assertThat(drawnProviders).as("every provider with citizens in the period, once")
                .containsExactlyInAnyOrderElementsOf(candidates.keySet());
        assertThat(one.get("sample").get("members").asInt()).isEqualTo(candidates.size());

        // N larger than a provider's citizens: all of them, each once
        long fewest = candidates.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> a.size() - b.size()))
                .orElseThrow().getKey();
        int n = candidates.get(fewest).size() + 1;
        assertThat(n).isLessThanOrEqualTo(100);
        JsonNode all = draw(today, to, n, fewest, null);
        assertThat(all.get("providers")).hasSize(1);
        assertThat(members(part(all, fewest))).isEqualTo(candidates.get(fewest));

        // the same seed on the same data draws the same citizens
        long seed = one.get("sample").get("seed").asLong();
        JsonNode repeated = draw(today, to, 1, null, seed);
        for (long provider : candidates.keySet()) {
            assertThat(members(part(repeated, provider))).isEqualTo(members(part(one, provider)));
        }
    }

    @Test
    void aSwitchOfProviderInThePeriodSplitsTheGrantedTimeBetweenTheProviders() {
        Hygiene h = SupervisionTestData.hygiene(caseworker, "hundige", solsikken);
        Response switched = caseworker.post("/api/v1/citizens/" + h.citizenId() + "/provider-switches", json(map(
                "grantKeys", List.of(h.grantKey().toString()), "newProviderId", municipal, "note", "Borgeren ønsker at skifte.")));
        assertThat(switched.status()).as(switched.body()).isEqualTo(201);
        LocalDate effective = LocalDate.parse(switched.json().get(0).get("effectiveFrom").asText());
        // the switch takes effect weeks ahead and delivered time cannot be registered before the day: the two
        // evening visits before it are written as the import would write them once they have taken place
        for (Object[] v : List.of(new Object[]{"a1", effective.minusDays(2), 20}, new Object[]{"a2", effective.minusDays(1), 15})) {
            jdbc.sql("""
                            insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                                               start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                            values (253, ?, ?, ?, ?, 'DELIVERED', ?, '19:00', 'EVENING', ?, null, now(), 'test', now(), 'test')""")
                    .params(solsikken, h.citizenId(), h.grantKey(), prefix + v[0], v[1], v[2]).update();
        }
        LocalDate from = effective.minusDays(4);
        LocalDate to = effective.plusDays(2);

        JsonNode before = citizen(drawWith(solsikken, h.citizenId(), from, to), solsikken, h.citizenId()).get("lines").get(0);
        JsonNode after = citizen(drawWith(municipal, h.citizenId(), from, to), municipal, h.citizenId()).get("lines").get(0);

        assertThat(before.get("weeklyMinutes").asInt()).isEqualTo(140);
        assertThat(before.get("days").asInt()).as("the 4 days before the switch").isEqualTo(4);
        assertThat(before.get("grantedMinutes").asInt()).isEqualTo(80);
        assertThat(before.get("deliveredMinutes").asInt()).isEqualTo(35);
        assertThat(after.get("days").asInt()).as("the switch day and 2 more").isEqualTo(3);
        assertThat(after.get("grantedMinutes").asInt()).isEqualTo(60);
        assertThat(after.get("deliveredMinutes").asInt()).isZero();
        assertThat(after.get("deviationPercent").decimalValue()).isEqualByComparingTo("-100.0");
    }

    @Test
    void aChangeOfTheGrantInThePeriodCountsEachDayWithTheVersionInEffect() {
        Hygiene h = SupervisionTestData.hygiene(caseworker, "hundige", solsikken);
        Map<String, Object> current = jdbc.sql("""
                        select d.id, d.version from decision d join decision_grant g on g.decision_id = d.id
                        where g.grant_key = ? and d.status = 'CURRENT'""").param(h.grantKey()).query().singleRow();
        LocalDate changeDay = today.plusDays(3);
        Response changed = caseworker.post("/api/v1/decisions/" + current.get("id") + "/changes", json(map(
                "version", current.get("version"), "reasoning", "Mere tid til bad efter fald.",
                "grants", List.of(SupervisionTestData.hygieneGrant(solsikken, 30, "grantKey", h.grantKey().toString(),
                        "effectiveFrom", changeDay.toString())))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);

        JsonNode line = citizen(drawWith(solsikken, h.citizenId(), today, today.plusDays(6)), solsikken, h.citizenId())
                .get("lines").get(0);

        assertThat(line.get("weeklyMinutes").asInt()).as("the current version").isEqualTo(210);
        assertThat(line.get("days").asInt()).isEqualTo(7);
        assertThat(line.get("grantedMinutes").asInt()).as("3 days of 140/week and 4 of 210/week").isEqualTo((3 * 140 + 4 * 210) / 7);
    }

    @Test
    void theCsvHasABomSemicolonsDanishHeadersAndDecimalCommas() {
        Granted g = bathWithVisits();
        long id = drawWith(solsikken, g.citizenId(), first, first.plusDays(9)).get("sample").get("id").asLong();

        ApiClient.Download csv = supervisor.download(SAMPLES + "/" + id + "/export.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.contentDisposition()).contains("attachment").contains("stikproeve-" + id);
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        List<String> header = List.of(lines.get(0).split(";", -1));
        assertThat(header).containsExactly("Leverandør", "Borger-id", "Borger", "Indsats", "Indsatskode", "Lovgrundlag",
                "Bevillings-id", "Visiteret pr. uge (min.)", "Dage i perioden", "Visiteret i perioden (min.)", "Planlagt (min.)",
                "Leveret (min.)", "Afvigelse planlagt − visiteret (min.)", "Afvigelse leveret − visiteret (min.)",
                "Afvigelse leveret (%)", "Ikke leverede besøg", "Årsager");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            assertThat(cells).as(line).hasSize(header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.add(row);
        }
        Map<String, String> row = rows.stream().filter(r -> r.get("Bevillings-id").equals(g.grantKey().toString()))
                .findFirst().orElseThrow();
        assertThat(row).containsEntry("Leverandør", "Solsikken Hjemmepleje ApS")
                .containsEntry("Borger-id", String.valueOf(g.citizenId()))
                .containsEntry("Borger", "Advis Åse Ørum")
                .containsEntry("Dage i perioden", "10")
                .containsEntry("Visiteret i perioden (min.)", "43")
                .containsEntry("Planlagt (min.)", "60")
                .containsEntry("Leveret (min.)", "25")
                .containsEntry("Afvigelse leveret − visiteret (min.)", "-18")
                .containsEntry("Afvigelse leveret (%)", "-41,9")
                .containsEntry("Ikke leverede besøg", "1")
                .containsEntry("Årsager", "Borgeren var ikke hjemme: 1");
    }

    @Test
    void theXlsxOpensWithTheSameFiguresAsNumbers() throws Exception {
        Granted g = bathWithVisits();
        long id = drawWith(solsikken, g.citizenId(), first, first.plusDays(9)).get("sample").get("id").asLong();

        ApiClient.Download xlsx = supervisor.download(SAMPLES + "/" + id + "/export.xlsx");

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ReadableWorkbook.isOOXMLZipHeader(xlsx.body())).isTrue();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Leverandør");
            assertThat(rows.get(0).getCellText(14)).isEqualTo("Afvigelse leveret (%)");
            Row row = rows.stream().filter(r -> g.grantKey().toString().equals(r.getCellText(6))).findFirst().orElseThrow();
            assertThat(row.getCellText(2)).isEqualTo("Advis Åse Ørum");
            assertThat(row.getCellAsNumber(9)).contains(new BigDecimal("43"));
            assertThat(row.getCellAsNumber(11)).contains(new BigDecimal("25"));
            assertThat(row.getCellAsNumber(14).orElseThrow()).isEqualByComparingTo("-41.9");
            // the sheet about the sample names the supervisor by full name and the draw number in Danish
            List<String> about = workbook.findSheet("Om stikprøven").orElseThrow().read().stream()
                    .map(r -> r.getCellText(0) + ": " + r.getCellText(1)).toList();
            assertThat(about).contains("Trukket af: Tove Tilsyn")
                    .anyMatch(line -> line.startsWith("Trækningsnummer"))
                    .noneMatch(line -> line.toLowerCase().contains("seed") || line.contains("Frø"));
        }
    }

    @Test
    void badInputIsRefusedInDanishAndNothingIsStored() {
        long before = samples();
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("to before from", request(today, today.minusDays(1), 5, null, null));
        bad.put("N 0", request(today, today.plusDays(9), 0, null, null));
        bad.put("N 101", request(today, today.plusDays(9), 101, null, null));
        bad.put("more than a year", request(today, today.plusDays(366), 5, null, null));
        bad.put("no from", request(null, today, 5, null, null));
        bad.put("no N", request(today, today.plusDays(9), null, null, null));
        bad.put("unknown provider", request(today, today.plusDays(9), 5, 999_999L, null));
        Map<String, String> fields = Map.of("to before from", "to", "N 0", "perProvider", "N 101", "perProvider",
                "more than a year", "to", "no from", "from", "no N", "perProvider", "unknown provider", "providerId");
        Map<String, String> texts = Map.of("to before from", "ligger før", "N 0", "fra 1 til 100", "N 101", "fra 1 til 100",
                "more than a year", "højst være 366 dage", "no from", "første dag", "no N", "hvor mange",
                "unknown provider", "findes ikke i kommunen");
        for (var entry : bad.entrySet()) {
            Response response = supervisor.post(SAMPLES, json(entry.getValue()));
            assertThat(response.status()).as(entry.getKey() + ": " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).as(entry.getKey()).contains(texts.get(entry.getKey()));
            assertThat(response.json().get("errors").findValuesAsString("field")).as(entry.getKey())
                    .contains(fields.get(entry.getKey()));
        }
        // exactly a year (366 days inclusive) is allowed
        assertThat(supervisor.post(SAMPLES, json(request(today, today.plusDays(365), 1, solsikken, null))).status()).isEqualTo(201);
        assertThat(samples()).isGreaterThan(before);
        long after = samples();
        assertThat(supervisor.post(SAMPLES, json(request(today, today.minusDays(1), 5, null, null))).status()).isEqualTo(400);
        assertThat(samples()).isEqualTo(after);
        assertThat(supervisor.get(SAMPLES + "/999999").status()).isEqualTo(404);
    }

    @Test
    void onlyTheSupervisorAndTheLeaderMayDrawAndRead() {
        NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        long before = samples();
        String body = json(request(today, today.plusDays(9), 2, null, null));
        assertThat(caseworker.post(SAMPLES, body).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "koordinator").post(SAMPLES, body).status()).isEqualTo(403);
        assertThat(providerA.post(SAMPLES, body).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).post(SAMPLES, body).status()).isEqualTo(401);
        assertThat(samples()).isEqualTo(before);

        long id = draw(today, today.plusDays(9), 2, null, null).get("sample").get("id").asLong();
        for (String path : List.of("", "/" + id, "/" + id + "/export.csv", "/" + id + "/export.xlsx")) {
            assertThat(caseworker.get(SAMPLES + path).status()).as("visitator " + path).isEqualTo(403);
            assertThat(providerA.get(SAMPLES + path).status()).as("leverandor-a " + path).isEqualTo(403);
            assertThat(ApiClient.as(port, "leder").get(SAMPLES + path).status()).as("leder " + path).isEqualTo(200);
        }
        assertThat(ApiClient.as(port, "leder").post(SAMPLES, body).status()).isEqualTo(201);
    }

    @Test
    void everyCitizenShownOrExportedIsAudited() {
        NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        long mark = NoticeTestData.lastAuditId(jdbc);
        JsonNode report = draw(today, today.plusDays(9), 2, null, null);
        long id = report.get("sample").get("id").asLong();
        Set<Long> shown = new HashSet<>();
        report.get("providers").forEach(p -> shown.addAll(members(p)));
        assertThat(shown).isNotEmpty();

        assertThat(audited(mark, id)).as("the draw shows the citizens").containsExactlyInAnyOrderElementsOf(shown);
        long afterDraw = NoticeTestData.lastAuditId(jdbc);
        supervisor.download(SAMPLES + "/" + id + "/export.csv");
        assertThat(audited(afterDraw, id)).containsExactlyInAnyOrderElementsOf(shown);
        long afterCsv = NoticeTestData.lastAuditId(jdbc);
        supervisor.get(SAMPLES);
        assertThat(audited(afterCsv, id)).as("the list shows no citizens").isEmpty();
    }

    private List<Long> audited(long afterId, long sampleId) {
        return jdbc.sql("""
                        select citizen_id from audit_event where id > ? and username = 'tilsyn' and action = 'READ'
                          and resource = 'supervision_sample' and resource_id = ?""")
                .params(afterId, String.valueOf(sampleId)).query(Long.class).list();
    }
}
