package dk.omsorg.additionalcosts;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Download;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.dhatim.fastexcel.reader.CellType;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.DIET;
import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.body;
import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.path;
import static dk.omsorg.additionalcosts.AdditionalCostsTestData.IKAST;
import static dk.omsorg.additionalcosts.AdditionalCostsTestData.citizen;
import static org.assertj.core.api.Assertions.assertThat;

/** The month's § 100 payment list for finance: in advance from the start month, lapses, CSV and Excel contents. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdditionalCostsPaymentsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    ApiClient finance;
    long working;   // born 1990: paid every month from March 2025
    long pensioner; // born 10.5.1958: folkepension age 67 on 10.5.2025 → paid through May 2025
    long ended;     // conditions end 15.4.2025 → paid through April 2025

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-ikast");
        finance = ApiClient.as(port, "okonomi-ikast");
        working = citizen(jdbc, IKAST, LocalDate.of(1990, 2, 14));
        pensioner = citizen(jdbc, IKAST, LocalDate.of(1958, 5, 10));
        ended = citizen(jdbc, IKAST, LocalDate.of(1991, 7, 1));
        for (long c : List.of(working, pensioner, ended)) {
            Response r = caseworker.post(path(c), body("2025-03-01", DIET));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        long id = caseworker.get(path(ended)).json().get(0).get("id").asLong();
        assertThat(caseworker.post(path(ended) + "/" + id + "/end", "{\"conditionsEnd\": \"2025-04-15\", \"version\": 0}").status())
                .isEqualTo(200);
    }

    List<Long> citizensPaid(String month) {
        Response r = finance.get("/api/v1/additional-costs/payments?month=" + month);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().forEach(p -> ids.add(p.get("citizenId").asLong()));
        return ids;
    }

    @Test
    void paidInAdvanceFromTheStartMonthUntilTheEndOfTheMonthOfPensionAgeOrConditionsEnd() {
        assertThat(citizensPaid("2025-02")).doesNotContain(working, pensioner, ended);
        assertThat(citizensPaid("2025-04")).contains(working, pensioner, ended);
        assertThat(citizensPaid("2025-05")).contains(working, pensioner).doesNotContain(ended);
        assertThat(citizensPaid("2025-06")).contains(working).doesNotContain(pensioner, ended);
        JsonNode row = null;
        for (JsonNode p : finance.get("/api/v1/additional-costs/payments?month=2025-05").json()) {
            if (p.get("citizenId").asLong() == pensioner) {
                row = p;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("amount").decimalValue()).isEqualByComparingTo("1179.00");
        assertThat(row.get("lastMonth").asText()).isEqualTo("2025-05");
        assertThat(row.get("basis").asText()).isEqualTo("Standardbeløb, interval 1");
    }

    @Test
    void theCsvAndExcelListTheCitizenWithCprAmountAndTotal() throws Exception {
        String cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(working).query(String.class).single();
        String dashed = cpr.substring(0, 6) + "-" + cpr.substring(6);
        Download csv = finance.download("/api/v1/additional-costs/payments.csv?month=2025-05");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentDisposition()).contains("merudgifter-2025-05.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCPR-nummer;Navn;Første måned;Sidste måned;Grundlag;Beløb (kr.)\r\n");
        assertThat(text).contains(dashed + ";Merete Udgiftsen;03-2025;02-2060;Standardbeløb, interval 1;1179,00\r\n");
        assertThat(text).containsPattern("I alt;;;;;\\d+,\\d\\d\\r\\n$");

        Download xlsx = finance.download("/api/v1/additional-costs/payments.xlsx?month=2025-05");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.findSheet("Merudgifter").orElseThrow().read();
            assertThat(rows.get(0).getCellText(5)).isEqualTo("Beløb (kr.)");
            Row mine = rows.stream().filter(r -> dashed.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(mine.getCell(5).getType()).isEqualTo(CellType.NUMBER);
            assertThat(mine.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("1179.00");
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("I alt");
        }
        WebSession web = WebSession.logIn(port, "okonomi-ikast");
        String page = web.get("/additional-costs/payments?month=2025-05").body();
        assertThat(web.file("/additional-costs/payments.csv?month=2025-05").body()).isEqualTo(csv.body());
        assertThat(page).contains("href=\"/additional-costs/payments\"");
        assertThat(page).contains("Merudgiftsydelse for maj 2025", dashed.substring(0, 6), "1.179,00");
        // a caseworker is not finance
        assertThat(caseworker.get("/api/v1/additional-costs/payments?month=2025-05").status()).isEqualTo(403);
    }
}
