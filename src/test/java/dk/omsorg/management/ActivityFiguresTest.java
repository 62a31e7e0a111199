package dk.omsorg.management;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity page (issue 21): granted, planned and delivered hours as known on a day, and the correction since. May
 * 2017 is a month no other test registers in; the test compares figures before and after its own change, so other
 * tests' data in the same provider and district cannot move the differences it asserts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityFiguresTest {

    static final LocalDate MAY_1 = LocalDate.of(2017, 5, 1);
    static final LocalDate KNOWN_ON = LocalDate.of(2017, 5, 20);
    static final OffsetDateTime RECORDED = OffsetDateTime.parse("2017-05-10T12:00:00+02:00");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivityFigures figures;

    Granted base;
    ManagementFixture fixture;
    String query;

    @BeforeEach
    void setUp() {
        base = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", DecisionTestData.today());
        fixture = new ManagementFixture(jdbc, base);
        query = "from=2017-05&to=2017-05&provider=" + base.providerId() + "&district=" + fixture.district()
                + "&knownOn=" + KNOWN_ON;
    }

    @Test
    void figuresAsKnownOnADayStayAndTheCorrectionIsExactlyABackDatedChange() throws IOException {
        UUID key = fixture.grant("personlig-pleje", 10, MAY_1, RECORDED);
        fixture.visit(key, "DELIVERED", LocalDate.of(2017, 5, 5), 30, null, RECORDED.plusHours(1));
        fixture.visit(key, "PLANNED", LocalDate.of(2017, 5, 5), 25, null, RECORDED.plusHours(1));
        ActivityFigures.Row before = row();
        BigDecimal[] xlsxBefore = xlsxRow();

        // back-dated: recorded now, 20 minutes a day from 15 May; and a visit of 8 May imported late
        fixture.change(key, 20, LocalDate.of(2017, 5, 15));
        fixture.visit(key, "DELIVERED", LocalDate.of(2017, 5, 8), 45, null, OffsetDateTime.now());
        ActivityFigures.Row after = row();
        BigDecimal[] xlsxAfter = xlsxRow();

        // as known on 20 May nothing moved; now: 17 days (15–31 May) × 10 more minutes, and the late visit
        assertThat(after.grantedThen()).isEqualByComparingTo(before.grantedThen());
        assertThat(after.grantedNow().subtract(before.grantedNow())).isEqualByComparingTo("170");
        assertThat(after.grantedNow().subtract(after.grantedThen()).subtract(before.grantedNow().subtract(before.grantedThen())))
                .isEqualByComparingTo("170");
        assertThat(after.deliveredThen()).isEqualTo(before.deliveredThen());
        assertThat(after.deliveredNow() - before.deliveredNow()).isEqualTo(45);
        assertThat(after.plannedNow()).isEqualTo(before.plannedNow());

        // the XLSX repeats the page: granted then (col 3), now (4), correction (5); delivered then (9), now (10), correction (11)
        assertThat(xlsxAfter[3]).isEqualByComparingTo(xlsxBefore[3]);
        assertThat(xlsxAfter[4].subtract(xlsxBefore[4])).isBetween(new BigDecimal("2.82"), new BigDecimal("2.84"));
        assertThat(xlsxAfter[5].subtract(xlsxBefore[5])).isBetween(new BigDecimal("2.82"), new BigDecimal("2.84"));
        assertThat(xlsxAfter[9]).isEqualByComparingTo(xlsxBefore[9]);
        assertThat(xlsxAfter[11].subtract(xlsxBefore[11])).isEqualByComparingTo("0.75");
    }

    @Test
    void theGrantCountsFromItsRecordingDayOnly() {
        UUID key = fixture.grant("personlig-pleje", 10, MAY_1, RECORDED);
        fixture.visit(key, "DELIVERED", LocalDate.of(2017, 5, 5), 30, null, RECORDED.plusHours(1));
        ActivityFigures.Row known = row();
        ActivityFigures.Row earlier = figures.rows(filter(LocalDate.of(2017, 5, 9))).stream()
                .filter(r -> r.providerId() == base.providerId()).findFirst().orElse(null);
        // on 9 May the decision was not yet recorded: 31 days × 10 minutes and the visit less
        BigDecimal earlierGranted = earlier == null ? BigDecimal.ZERO : earlier.grantedThen();
        assertThat(known.grantedThen().subtract(earlierGranted)).isEqualByComparingTo("310");
        assertThat(known.deliveredThen() - (earlier == null ? 0 : earlier.deliveredThen())).isEqualTo(30);
    }

    @Test
    void thePageShowsTheFiguresWithChartFiltersAndExportForLeaderAndFinanceOnly() {
        UUID key = fixture.grant("personlig-pleje", 10, MAY_1, RECORDED);
        fixture.visit(key, "DELIVERED", LocalDate.of(2017, 5, 5), 30, null, RECORDED.plusHours(1));
        WebSession.Page page = WebSession.logIn(port, "leder").get("/management/activity?" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("maj 2017 – Bevilget: ").contains("id=\"nav-management\"")
                .contains("Som kendt den").contains("Fra maj 2017 til maj 2017.").contains("<desc id=\"chart-desc\"")
                .contains("href=\"/management/activity.xlsx?from=2017-05&amp;to=2017-05");
        assertThat(page.tag("fact-granted")).isNotNull();
        assertThat(WebSession.logIn(port, "okonomi").get("/management/activity?" + query).status()).isEqualTo(200);
        assertThat(WebSession.logIn(port, "visitator").get("/management/activity?" + query).status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "leder").get("/management/nothing").status()).isEqualTo(404);
        WebSession.Page bad = WebSession.logIn(port, "leder").get("/management/activity?from=2017-06&to=2017-05");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Fra-måneden skal ligge før eller i til-måneden.");
    }

    private ActivityFigures.Row row() {
        return figures.rows(filter(KNOWN_ON)).stream().filter(r -> r.providerId() == base.providerId()).findFirst()
                .orElseThrow();
    }

    private ManagementFilter filter(LocalDate knownOn) {
        return new ManagementFilter(253, YearMonth.of(2017, 5), YearMonth.of(2017, 5), fixture.district(),
                base.providerId(), null, knownOn);
    }

    /** The XLSX's one line (the provider and district in May 2017), numbers by column. */
    private BigDecimal[] xlsxRow() throws IOException {
        var xlsx = WebSession.logIn(port, "leder").file("/management/activity.xlsx?" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Måned");
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Bevilget (timer) kendt 20. maj 2017");
            Row line = rows.get(1);
            assertThat(line.getCellText(0)).isEqualTo("maj 2017");
            BigDecimal[] cells = new BigDecimal[12];
            for (int c = 3; c < 12; c++) {
                cells[c] = line.getCellAsNumber(c).orElseThrow();
            }
            return cells;
        }
    }
}
