package dk.omsorg.pools;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The § 97 forms on the citizen's Puljer tab (issue 16), over real HTTP: deducting companionship given by another offer,
 * and the yearly allowance for the companion's expenses paid on receipts. Bad input: a Danish error by the field, what
 * was typed kept, nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompanionFormsWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long citizenId;
    long poolId;
    WebSession caseworker;
    LocalDate thisMonth;

    @BeforeEach
    void setUp() {
        citizenId = PoolTestData.ikastCitizen(jdbc);
        thisMonth = DecisionTestData.today().withDayOfMonth(1);
        poolId = PoolTestData.opened(ApiClient.as(port, "visitator-ikast"), citizenId, "COMPANION_HOURS",
                thisMonth.minusMonths(1), null).get("id").asLong();
        caseworker = WebSession.logIn(port, "visitator-ikast");
        caseworker.get("/citizens/" + citizenId + "/pools");   // the page's CSRF token, as a browser has it
    }

    @Test
    void theTabOffersBothFormsForACompanionPool() {
        Page tab = caseworker.htmx("/citizens/" + citizenId + "/pools");
        assertThat(tab.body()).contains("id=\"deduction-form-" + poolId + "\"", "id=\"allowance-form-" + poolId + "\"",
                "Fradrag for ledsagelse fra andet tilbud", "Tilskud til ledsagerens udgifter");
    }

    @Test
    void hoursFromAnotherOfferAreDeductedAndTooManyAreRefusedByTheField() {
        String path = "/citizens/" + citizenId + "/pools/" + poolId + "/deductions";
        Page refused = caseworker.post(path, List.of(Map.entry("on", thisMonth.toString()), Map.entry("quantity", "31"),
                Map.entry("note", "Ledsagelse i dagtilbuddet"), Map.entry("version", "0")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Der er ikke nok til rådighed: saldoen er 30 timer", "value=\"31\"",
                "value=\"Ledsagelse i dagtilbuddet\"");
        Page unreadable = caseworker.post(path, List.of(Map.entry("on", thisMonth.toString()), Map.entry("quantity", "fire"),
                Map.entry("version", "0")));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).contains("Antallet skal være større end 0", "value=\"fire\"");
        assertThat(entries()).isZero();

        Page saved = caseworker.post(path, List.of(Map.entry("on", thisMonth.toString()), Map.entry("quantity", "4"),
                Map.entry("note", "Ledsagelse i dagtilbuddet"), Map.entry("version", "0")));
        assertThat(saved.status()).isEqualTo(302);
        Page after = caseworker.get(saved.location());
        assertThat(after.body()).contains("Fradraget er registreret.", "Fradrag (ledsagelse fra andet tilbud)", "26 timer",
                "Ledsagelse i dagtilbuddet");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void theYearlyAllowanceIsPaidOnReceiptsOnceAndBadInputIsRefusedByTheField() {
        String path = "/citizens/" + citizenId + "/pools/" + poolId + "/allowance";
        String today = DecisionTestData.today().toString();
        Page above = caseworker.post(path, List.of(Map.entry("paidOn", today), Map.entry("amount", "2.000,00"),
                Map.entry("receiptReference", "Kvitteringer januar"), Map.entry("version", "0")));
        assertThat(above.status()).isEqualTo(400);
        assertThat(above.body()).contains("Beløbet må højst være 1.005,00 kr. om året", "value=\"2.000,00\"",
                "value=\"Kvitteringer januar\"");
        Page noReceipt = caseworker.post(path, List.of(Map.entry("paidOn", today), Map.entry("amount", "850,505"),
                Map.entry("receiptReference", ""), Map.entry("version", "0")));
        assertThat(noReceipt.status()).isEqualTo(400);
        assertThat(noReceipt.body()).contains("Angiv en henvisning til de dokumenterede udgifter (kvitteringer).",
                "må højst have to decimaler", "value=\"850,505\"");
        assertThat(payouts()).isZero();

        Page paid = caseworker.post(path, List.of(Map.entry("paidOn", today), Map.entry("amount", "850,00"),
                Map.entry("receiptReference", "Bilag 7"), Map.entry("version", "0")));
        assertThat(paid.status()).isEqualTo(302);
        assertThat(caseworker.get(paid.location()).body()).contains("Tilskuddet til ledsagerens udgifter er registreret",
                "850,00 kr. (bilag Bilag 7)");
        Page again = caseworker.post(path, List.of(Map.entry("paidOn", today), Map.entry("amount", "100,00"),
                Map.entry("receiptReference", "Bilag 8"), Map.entry("version", "1")));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("allerede udbetalt for " + DecisionTestData.today().getYear());
        assertThat(payouts()).isEqualTo(1);
    }

    private long entries() {
        return jdbc.sql("select count(*) from pool_entry where pool_id = ?").param(poolId).query(Long.class).single();
    }

    private long payouts() {
        return jdbc.sql("select count(*) from pool_allowance where pool_id = ?").param(poolId).query(Long.class).single();
    }
}
