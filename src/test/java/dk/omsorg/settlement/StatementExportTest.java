package dk.omsorg.settlement;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementReport.StatementLine;
import dk.omsorg.settlement.SettlementReport.Subtotal;
import dk.omsorg.settlement.internal.StatementExport;
import dk.omsorg.shared.Money;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Download;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement's downloads and the provider's statement pages over real HTTP against the database. November 2022:
 * Kystens is paid for personal care (settled, checked as a draft, then approved), the citizen owes co-payment for
 * laundry; January 2023: only Solsikken has lines (approved). No other test settles these months.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementExportTest {

    static final String PP = "SEL § 83 stk. 1 nr. 1";
    static final String RUNS = "/api/v1/settlement/runs/";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient finance;
    ApiClient kystensApi;
    SettlementFixture fixture;
    long kystens;
    long solsikken;
    UUID care;
    long november;
    long january;
    int draftStatement;
    int draftPdf;
    int draftPage;

    @BeforeAll
    void settleNovemberAndJanuary() {
        finance = ApiClient.as(port, "okonomi");
        kystensApi = ApiClient.as(port, "leverandor-b");
        fixture = new SettlementFixture(jdbc, NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a",
                DecisionTestData.today()));
        kystens = SettlementFixture.provider(jdbc, "kystens-hjemmeservice");
        solsikken = SettlementFixture.provider(jdbc, "solsikken-hjemmepleje");

        // Kystens, free-choice rates: 5 weekday mornings × 60 min at 413 kr/t = 2.065,00; a Saturday 60 min at 545 = 545,00
        care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 60, LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 30));
        for (int day : new int[]{1, 2, 3, 4, 7}) {
            fixture.delivered(care, kystens, LocalDate.of(2022, 11, day), LocalTime.of(8, 0), 60);
        }
        fixture.delivered(care, kystens, LocalDate.of(2022, 11, 5), LocalTime.of(10, 0), 60);
        // laundry every week from November, a month's co-payment of 262,00
        fixture.grant("praktisk-hjaelp", "toejvask-8kg-hver-uge", "SEL § 83 stk. 1 nr. 2", 15, LocalDate.of(2022, 11, 1), null);
        JsonNode nov = settle("2022-11");
        november = nov.get("run").get("id").asLong();

        // a draft is not the provider's to see yet
        draftStatement = kystensApi.get("/api/v1/provider/statements/" + november).status();
        draftPdf = kystensApi.download("/api/v1/provider/statements/" + november + "/statement.pdf").status();
        draftPage = WebSession.logIn(port, "leverandor-b").get("/provider/statements/" + november).status();
        approve(nov);

        // Solsikken's own bid for 1:1 time on a weekday: 120 min at 398 kr/t = 796,00
        UUID watch = fixture.grant("fast-vagt", "fast-vagt", PP, 120, LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 31));
        fixture.delivered(watch, solsikken, LocalDate.of(2023, 1, 2), LocalTime.of(7, 0), 120);
        JsonNode dec = settle("2023-01");
        january = dec.get("run").get("id").asLong();
        approve(dec);
    }

    @Test
    void thePdfIsADanishStatementWithMunicipalityProviderPeriodLinesAndTotal() {
        Download pdf = finance.download(RUNS + november + "/providers/" + kystens + "/statement.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.contentDisposition()).startsWith("attachment")
                .contains("afregning-2022-11-kystens-hjemmeservice-aps.pdf");
        String text = DecisionTestData.pdfText(pdf.body());
        JsonNode statement = finance.get(RUNS + november + "/providers/" + kystens).json();
        assertThat(text).contains("Greve Kommune", "Afregning med leverandør", "Kystens Hjemmeservice ApS", "40826130",
                "november 2022", "Godkendt", "af Ole Økonomi", "Advis Åse Ørum", "Hverdag dag", "Øvrige tider",
                "Fritvalgstakst", "413,00", "2.065,00", "545,00", "Personlig pleje", PP, "5.30.26",
                "I alt " + danish(statement.get("total").decimalValue()));
    }

    @Test
    void manyLinesRunOverPagesWithTheTableHeaderOnEachPage(@Autowired StatementExport export) throws Exception {
        SettlementRun run = new SettlementRun(1, 253, YearMonth.of(2022, 11), SettlementRun.Status.DRAFT, 100,
                null, Instant.parse("2022-12-01T08:00:00Z"), "okonomi", Instant.parse("2022-12-01T08:00:00Z"),
                null, null, null, null, 1);
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(new StatementLine("PERIOD", run.month(), i, "Borger " + i, UUID.randomUUID(),
                    "daglig-hygiejne", "Daglig hygiejne", "personlig-pleje", "Personlig pleje", PP, "5.30.26",
                    "WEEKDAY_DAY", "HOUR", "FREE_CHOICE", Money.parse("413,00"), 1, 60,
                    Money.parse("413,00")));
        }
        Money total = Money.parse("49560,00");
        var statement = new Statement(run, "Greve Kommune", 9, "Prøve ApS", "12345678", lines,
                List.of(new Subtotal("personlig-pleje", "Personlig pleje", PP, "5.30.26", total)), total);

        byte[] pdf = export.pdfBytes(statement);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages() - 1; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("Takstkilde")
                        .contains("Side " + page + " af " + document.getNumberOfPages());
            }
        }
        assertThat(DecisionTestData.pdfText(pdf)).contains("Kladde – ikke godkendt", "Borger 119", "I alt 49.560,00");
    }

    @Test
    void theXlsxHasTheLinesWithNumericAmountsEqualToTheApisAndTheSubtotals() throws Exception {
        JsonNode statement = finance.get(RUNS + november + "/providers/" + kystens).json();
        Download xlsx = finance.download(RUNS + november + "/providers/" + kystens + "/statement.xlsx");

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.contentDisposition()).contains("afregning-2022-11-kystens-hjemmeservice-aps.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.findSheet("Linjer").orElseThrow().read();
            List<String> headers = new ArrayList<>();
            rows.get(0).forEach(c -> headers.add(c.getText()));
            assertThat(headers).isEqualTo(StatementExport.HEADERS);
            int amount = headers.indexOf("Beløb (kr.)");
            int minutes = headers.indexOf("Minutter");
            int visits = headers.indexOf("Besøg");
            int grant = headers.indexOf("Bevillings-id");
            JsonNode lines = statement.get("lines");
            assertThat(rows).hasSize(lines.size() + 1);
            for (int i = 0; i < lines.size(); i++) {
                Row row = rows.get(i + 1);
                JsonNode line = lines.get(i);
                assertThat(row.getCell(amount).getType()).isEqualTo(CellType.NUMBER);
                assertThat(row.getCellAsNumber(amount).orElseThrow()).isEqualByComparingTo(line.get("amount").decimalValue());
                assertThat(row.getCellText(grant)).isEqualTo(line.get("grantKey").asText());
                if (!"BONUS".equals(line.get("kind").asText())) {
                    assertThat(row.getCellAsNumber(minutes).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(line.get("minutes").asLong()));
                    assertThat(row.getCellAsNumber(visits).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(line.get("visits").asLong()));
                }
            }
            Row weekday = rows.stream().filter(r -> care.toString().equals(r.getCellText(grant))
                    && "Hverdag dag".equals(r.getCellText(headers.indexOf("Tidsrum")))).findFirst().orElseThrow();
            assertThat(weekday.getCellAsNumber(amount).orElseThrow()).isEqualByComparingTo("2065.00");
            assertThat(weekday.getCellAsNumber(headers.indexOf("Timer")).orElseThrow()).isEqualByComparingTo("5");
            assertThat(weekday.getCellText(headers.indexOf("Konto"))).isEqualTo("5.30.26");

            List<Row> subtotals = workbook.findSheet("Subtotaler").orElseThrow().read();
            Row total = subtotals.get(subtotals.size() - 1);
            assertThat(total.getCellText(0)).isEqualTo("I alt");
            assertThat(total.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(statement.get("total").decimalValue());
            assertThat(subtotals.stream().anyMatch(r -> "Personlig pleje".equals(r.getCellText(0))
                    && "5.30.26".equals(r.getCellText(2)))).isTrue();
        }
    }

    @Test
    void theCsvIsUtf8WithBomSemicolonsDanishHeadersAndDecimalCommas() {
        Download csv = finance.download(RUNS + november + "/providers/" + kystens + "/statement.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.contentDisposition()).contains("afregning-2022-11-kystens-hjemmeservice-aps.csv");
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] rows = new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(rows[0]).isEqualTo(String.join(";", StatementExport.HEADERS));
        assertThat(rows[0]).startsWith("Kommune;Leverandør;CVR;Afregningsmåned;Art;Ydelsesmåned;Borger-id");
        List<String> mine = Arrays.stream(rows).filter(r -> r.contains(care.toString())).toList();
        assertThat(mine).containsExactlyInAnyOrder(
                "Greve Kommune;Kystens Hjemmeservice ApS;40826130;2022-11;Måned;2022-11;" + fixture.citizenId()
                        + ";Advis Åse Ørum;" + care + ";daglig-hygiejne;daglig-hygiejne (test);Personlig pleje;" + PP
                        + ";5.30.26;Hverdag dag;pr. time;Fritvalgstakst;413,00;5;300;5,00;2065,00",
                "Greve Kommune;Kystens Hjemmeservice ApS;40826130;2022-11;Måned;2022-11;" + fixture.citizenId()
                        + ";Advis Åse Ørum;" + care + ";daglig-hygiejne;daglig-hygiejne (test);Personlig pleje;" + PP
                        + ";5.30.26;Øvrige tider;pr. time;Fritvalgstakst;545,00;1;60;1,00;545,00");
        assertThat(rows).hasSize(finance.get(RUNS + november + "/providers/" + kystens).json().get("lines").size() + 1);
    }

    @Test
    void theCoPaymentListHasEachCitizensCprAndTheTotal() throws Exception {
        JsonNode api = finance.get(RUNS + november + "/copayment").json();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : api) {
            sum = sum.add(line.get("amount").decimalValue());
        }
        String cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(fixture.citizenId()).query(String.class).single();

        Download csv = finance.download(RUNS + november + "/copayment.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentDisposition()).contains("egenbetaling-2022-11.csv");
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] rows = new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(rows[0]).isEqualTo("Måned;CPR-nr.;Borger-id;Borger;Bevillings-id;Indsatskode;Indsats;Egenbetaling;Enhed;"
                + "Antal;Pris (kr.);Beløb (kr.)");
        assertThat(rows).hasSize(api.size() + 2);
        String mine = cpr.substring(0, 6) + "-" + cpr.substring(6) + ";" + fixture.citizenId() + ";Advis Åse Ørum;";
        assertThat(Arrays.stream(rows).filter(r -> r.contains(mine)).toList()).singleElement().asString()
                .startsWith("2022-11;" + mine).contains(";toejvask-8kg-hver-uge;").contains(";Vaskeordning pr. måned;pr. måned;")
                .endsWith(";1,00;262,00;262,00");
        assertThat(rows[rows.length - 1]).isEqualTo("I alt;;;;;;;;;;;" + sum.setScale(2).toPlainString().replace('.', ','));

        Download xlsx = finance.download(RUNS + november + "/copayment.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(api.size() + 2);
            Row total = sheet.get(sheet.size() - 1);
            assertThat(total.getCellText(0)).isEqualTo("I alt");
            assertThat(total.getCellAsNumber(11).orElseThrow()).isEqualByComparingTo(sum);
        }
    }

    @Test
    void aRunOfAnotherMunicipalityIsNotFoundForFinance() {
        long esbjerg = jdbc.sql("""
                        insert into settlement_run (municipality_id, month, status, progress, started_at, started_by, version)
                        values (561, '2022-11-01', 'DRAFT', 100, now(), 'test', 1) returning id""")
                .query(Long.class).single();

        assertThat(finance.download(RUNS + esbjerg + "/providers/" + kystens + "/statement.pdf").status()).isEqualTo(404);
        assertThat(finance.download(RUNS + esbjerg + "/providers/" + kystens + "/statement.csv").status()).isEqualTo(404);
        assertThat(finance.download(RUNS + esbjerg + "/copayment.xlsx").status()).isEqualTo(404);
        // and a provider cannot use finance's downloads
        assertThat(kystensApi.download(RUNS + november + "/providers/" + kystens + "/statement.pdf").status()).isEqualTo(403);
    }

    @Test
    void theProviderDownloadsItsOwnApprovedStatementButNotADraftNorAnotherProvidersMonth() {
        assertThat(draftStatement).isEqualTo(404);
        assertThat(draftPdf).isEqualTo(404);
        assertThat(draftPage).isEqualTo(404);

        Download pdf = kystensApi.download("/api/v1/provider/statements/" + november + "/statement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentDisposition()).contains("afregning-2022-11-kystens-hjemmeservice-aps.pdf");
        assertThat(DecisionTestData.pdfText(pdf.body())).contains("Kystens Hjemmeservice ApS", "november 2022", "2.065,00");
        Download csv = kystensApi.download("/api/v1/provider/statements/" + november + "/statement.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("2065,00").doesNotContain("Solsikken");
        assertThat(kystensApi.download("/api/v1/provider/statements/" + november + "/statement.xlsx").status()).isEqualTo(200);

        // January is Solsikken's only: not found for Kystens, however asked
        assertThat(kystensApi.get("/api/v1/provider/statements/" + january).status()).isEqualTo(404);
        assertThat(kystensApi.download("/api/v1/provider/statements/" + january + "/statement.pdf").status()).isEqualTo(404);
        assertThat(kystensApi.download("/api/v1/provider/statements/" + january + "/statement.xlsx").status()).isEqualTo(404);
        assertThat(kystensApi.download("/api/v1/provider/statements/" + january + "/statement.csv").status()).isEqualTo(404);
        Download solsikken = ApiClient.as(port, "leverandor-a").download("/api/v1/provider/statements/" + january + "/statement.pdf");
        assertThat(solsikken.status()).isEqualTo(200);
        assertThat(DecisionTestData.pdfText(solsikken.body())).contains("Solsikken Hjemmepleje ApS", "januar 2023", "796,00");
    }

    /** Issue 14: the provider's statement and list carry its own figures only, not the municipality's totals. */
    @Test
    void theProvidersStatementShowsOnlyItsOwnFiguresNotTheMunicipalitysTotals() {
        JsonNode statement = kystensApi.get("/api/v1/provider/statements/" + november).json();
        assertThat(statement.get("run").get("total").toString()).isEqualTo(statement.get("total").toString());
        // the citizens' co-payment of the month (262,00) is the municipality's, not the provider's
        assertThat(statement.get("run").path("coPaymentTotal").isMissingNode() || statement.get("run").get("coPaymentTotal").isNull())
                .as(statement.get("run").toString()).isTrue();
        for (JsonNode run : kystensApi.get("/api/v1/provider/statements").json()) {
            assertThat(run.path("coPaymentTotal").isMissingNode() || run.get("coPaymentTotal").isNull()).as(run.toString()).isTrue();
            if (run.get("id").asLong() == november) {
                assertThat(run.get("total").toString()).isEqualTo(statement.get("total").toString());
            }
        }
    }

    @Test
    void theProviderPagesListOnlyItsOwnApprovedMonthsAndShowTheStatement() {
        WebSession kystensWeb = WebSession.logIn(port, "leverandor-b");

        Page list = kystensWeb.get("/provider/statements");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/provider/statements\"")   // the nav link Afregning
                .contains("id=\"statement-" + november + "\"").doesNotContain("id=\"statement-" + january + "\"")
                .contains("november 2022").contains("/provider/statements/" + november + "/statement.pdf");
        JsonNode statement = finance.get(RUNS + november + "/providers/" + kystens).json();
        String total = danish(statement.get("total").decimalValue());
        assertThat(list.body()).contains(total);

        Page page = kystensWeb.get("/provider/statements/" + november);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Kystens Hjemmeservice ApS", "Advis Åse Ørum", "Hverdag dag", "2.065,00", total + " kr.",
                "5.30.26", "/provider/statements/" + november + "/statement.xlsx",
                "/provider/statements/" + november + "/statement.csv");
        assertThat(kystensWeb.get("/provider/statements/" + january).status()).isEqualTo(404);
        assertThat(kystensWeb.get("/provider/statements/" + january + "/statement.pdf").status()).isEqualTo(404);
        assertThat(kystensWeb.get("/provider/statements/" + november + "/statement.csv").status()).isEqualTo(200);

        Page solsikkenList = WebSession.logIn(port, "leverandor-a").get("/provider/statements");
        assertThat(solsikkenList.body()).contains("id=\"statement-" + january + "\"")
                .doesNotContain("id=\"statement-" + november + "\"");
        // municipal staff do not reach the provider's pages
        assertThat(WebSession.logIn(port, "okonomi").get("/provider/statements").status()).isEqualTo(403);
    }

    // --- helpers ---

    private JsonNode settle(String month) {
        var response = finance.post("/api/v1/settlement/runs", json(map("month", month, "waitForResult", true)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode run = response.json();
        assertThat(run.get("problems")).as(response.body()).isEmpty();
        return run;
    }

    private void approve(JsonNode run) {
        var approved = finance.post(RUNS + run.get("run").get("id").asLong() + "/approve",
                json(map("version", run.get("run").get("version").asInt())));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    private static String danish(BigDecimal amount) {
        return Money.parse(amount.setScale(2).toPlainString()).danish();
    }
}
