package dk.omsorg.additionalcosts;

import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseworker types a § 100 calculation on the citizen's page (issue 16: "in the browser"): expense lines and a
 * deduction give the band's amount; a line without a period or a documented line without a receipt comes back with
 * the Danish error and what was typed, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdditionalCostsFormTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCalculationTypedInTheFormIsStoredAndShownAndBadLinesAreRefused() {
        long citizenId = AdditionalCostsTestData.citizen(jdbc, AdditionalCostsTestData.IKAST, LocalDate.of(1980, 5, 4));
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        String path = "/citizens/" + citizenId + "/additional-costs";
        assertThat(caseworker.get(path).body()).contains("id=\"calculation-form\"", "Fritidskørsel", "Sandsynliggjort");
        String month = YearMonth.now().toString();

        WebSession.Page refused = caseworker.post(path, List.of(Map.entry("startMonth", month),
                Map.entry("expenses[0].kind", "OTHER"), Map.entry("expenses[0].text", "Diætkost"),
                Map.entry("expenses[0].amount", "1.500,00"), Map.entry("expenses[0].period", "MONTH"),
                Map.entry("expenses[0].evidence", "DOCUMENTED"), Map.entry("expenses[0].receiptReference", "")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"calculation-errors\"", "henvisning til bilaget", "name=\"expenses[0].text\" value=\"Di");
        assertThat(count(citizenId)).isZero();

        WebSession.Page saved = caseworker.post(path, List.of(Map.entry("startMonth", month),
                Map.entry("expenses[0].kind", "OTHER"), Map.entry("expenses[0].text", "Diætkost"),
                Map.entry("expenses[0].amount", "1.500,00"), Map.entry("expenses[0].period", "MONTH"),
                Map.entry("expenses[0].evidence", "DOCUMENTED"), Map.entry("expenses[0].receiptReference", "Bilag 1"),
                Map.entry("expenses[1].kind", "OTHER"), Map.entry("expenses[1].text", ""), Map.entry("expenses[1].amount", ""),
                Map.entry("deductions[0].text", "Almindelig kost"), Map.entry("deductions[0].amount", "200,00"),
                Map.entry("deductions[0].period", "MONTH")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(count(citizenId)).isEqualTo(1);
        WebSession.Page page = caseworker.get(path);
        assertThat(page.body()).contains("Beregningen er gemt: 1.179,00 kr. om måneden", "Diætkost", "1.300,00");
    }

    private long count(long citizenId) {
        return jdbc.sql("select count(*) from additional_costs_calculation where citizen_id = ?").param(citizenId)
                .query(Long.class).single();
    }
}
