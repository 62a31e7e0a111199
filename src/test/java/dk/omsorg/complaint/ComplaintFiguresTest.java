package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader's complaint figures (issue 18) for a period of two months in 2019 that no other test uses: four
 * complaints — one full agreement, one maintained and forwarded in time and upheld by Ankestyrelsen, one not yet
 * reconsidered, one partly agreed and never forwarded (a breach).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintFiguresTest {

    static final String REASON = "Konkret vurdering: varigt behov efter hofteoperation.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient leader;
    String area;

    @BeforeEach
    void setUp() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        leader = ApiClient.as(port, "leder");
        LocalDate today = DecisionTestData.today();
        Applicant applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        Response made = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "override", true, "overrideReason", REASON, "grants",
                List.of(with(grant("daglig-hygiejne", 1, "DAY", "EVENING", 20, today, null), "overrideReason", REASON)))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long decision = made.json().get("id").asLong();
        area = jdbc.sql("select area_name from decision_grant where decision_id = ?").param(decision).query(String.class).single();

        jdbc.sql("delete from appeal_outcome where complaint_id in (select id from complaint where received_on between '2019-03-01' and '2019-04-30')").update();
        jdbc.sql("delete from complaint_forwarding where complaint_id in (select id from complaint where received_on between '2019-03-01' and '2019-04-30')").update();
        jdbc.sql("delete from complaint where received_on between '2019-03-01' and '2019-04-30'").update();

        ComplaintRows.insert(jdbc, decision, LocalDate.of(2019, 3, 4), "AGREED", "FULL", "Medhold.");
        long upheld = ComplaintRows.insert(jdbc, decision, LocalDate.of(2019, 3, 18), "APPEAL_DECIDED", "MAINTAINED", "Fastholdt.");
        jdbc.sql("""
                insert into complaint_forwarding (municipality_id, complaint_id, deadline, statement, forwarded_on, forwarded_by,
                       bundle, bundle_sha256, created_at, created_by, modified_at, modified_by)
                select municipality_id, id, date '2019-04-15', 'Redegørelse', date '2019-04-10', 'visitator', '\\x00'::bytea,
                       repeat('0', 64), now(), 'test', now(), 'test' from complaint where id = ?""").param(upheld).update();
        jdbc.sql("""
                insert into appeal_outcome (municipality_id, complaint_id, outcome, decided_on, text, recorded_at, recorded_by)
                select municipality_id, id, 'CONFIRMED', date '2019-09-01', 'Stadfæstet.', now(), 'test' from complaint where id = ?""")
                .param(upheld).update();
        ComplaintRows.insert(jdbc, decision, LocalDate.of(2019, 4, 2), "RECONSIDERING", null, null);
        ComplaintRows.insert(jdbc, decision, LocalDate.of(2019, 4, 8), "FORWARDING", "PARTIAL", "Delvist medhold.");
    }

    @Test
    void theLeaderSeesComplaintsPerAreaAndMonthTheShareWithFullAgreementForwardingOnTimeAndOutcomes() {
        Response r = leader.get("/api/v1/complaint-figures?from=2019-03&to=2019-04");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode f = r.json();

        assertThat(f.get("received").asLong()).isEqualTo(4);
        assertThat(f.get("reconsidered").asLong()).isEqualTo(3);
        assertThat(f.get("fullAgreement").asLong()).isEqualTo(1);
        assertThat(f.get("fullAgreementShare").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(f.get("forwarded").asLong()).isEqualTo(1);
        assertThat(f.get("forwardedOnTime").asLong()).isEqualTo(1);
        assertThat(f.get("onTimeShare").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(f.get("breaches").asLong()).as("the partly agreed complaint never forwarded").isEqualTo(1);
        assertThat(f.get("outcomes").get("CONFIRMED").asLong()).isEqualTo(1);
        assertThat(f.get("outcomes").get("CHANGED").asLong()).isZero();
        assertThat(f.get("perMonth").get("2019-03").asLong()).isEqualTo(2);
        assertThat(f.get("perMonth").get("2019-04").asLong()).isEqualTo(2);
        assertThat(f.get("perAreaAndMonth").get(0).get("area").asString()).isEqualTo(area);
        assertThat(f.get("perAreaAndMonth").get(0).get("complaints").asLong()).isEqualTo(2);
    }

    @Test
    void theFiguresDownloadAsXlsxInDanish() throws IOException {
        var xlsx = leader.download("/api/v1/complaint-figures.xlsx?from=2019-03&to=2019-04");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Område");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(area);
            assertThat(rows.get(1).getCellText(1)).isEqualTo("marts 2019");
            assertThat(rows.get(1).getCellAsNumber(2)).contains(new BigDecimal("2"));
            Row share = rows.stream().filter(row -> row.getCellText(0).startsWith("Andel med fuldt medhold")).findFirst().orElseThrow();
            assertThat(share.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("33.3");
            Row upheld = rows.stream().filter(row -> row.getCellText(0).equals("Ankestyrelsen: Stadfæstet")).findFirst().orElseThrow();
            assertThat(upheld.getCellAsNumber(2)).contains(new BigDecimal("1"));
        }
    }

    @Test
    void thePageShowsTheChartAndIsForLeadersOnly() {
        WebSession.Page page = WebSession.logIn(port, "leder").get("/complaints/figures?from=2019-03&to=2019-04");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("data-count=\"2\"").contains("33,3 %")
                .contains("Klager modtaget fra marts 2019 til april 2019.").contains("id=\"nav-complaint-figures\"");
        assertThat(WebSession.logIn(port, "visitator").get("/complaints/figures").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "visitator").get("/api/v1/complaint-figures?from=2019-03&to=2019-04").status()).isEqualTo(403);
    }
}
