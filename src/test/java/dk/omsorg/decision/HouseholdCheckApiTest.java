package dk.omsorg.decision;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;

import static dk.omsorg.decision.DecisionTestData.check;
import static dk.omsorg.decision.DecisionTestData.decision;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision check counts the household (issue 15): Greve's caps "pr. husstand" (seed 003) over both spouses'
 * grants, and a warning when practical help is granted to both (seed 002).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HouseholdCheckApiTest {

    @LocalServerPort
    int port;

    ApiClient caseworker;
    LocalDate today;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        today = today();
    }

    private long citizen(String name, String address) {
        Response inquiry = caseworker.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", name, "address", address, "source", "CITIZEN",
                "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Hjælp i hjemmet", "legalBasis", "SEL § 83",
                "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return inquiry.json().get("citizenId").asLong();
    }

    private void link(long citizenId, long memberId) {
        Response linked = caseworker.post("/api/v1/citizens/" + citizenId + "/household", "{\"memberId\": " + memberId + "}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    }

    private void decide(long citizenId, Map<String, Object> grant) {
        Response made = caseworker.post("/api/v1/decisions",
                decision(citizenId, null, with(grant, "overrideReason", "Konkret vurdering: borgeren har brug for hjælpen")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
    }

    private Map<String, Object> mailbox(int times) {
        // Greve: "Tømme postkasse (Husstandsydelse)", "Hver 2. dag max. 3 gange ugentligt" pr. husstand
        return grant("toemme-postkasse", times, "WEEK", "DAY", 10, today, null);
    }

    private static JsonNode finding(JsonNode findings, String rule) {
        return StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("rule").asText().equals(rule)).findFirst().orElse(null);
    }

    @Test
    void aHouseholdCapCountsTheSpousesCurrentGrants() {
        long anna = citizen("Anna Postkasse", "Postvej 7, 2670 Greve");
        long bent = citizen("Bent Postkasse", "Postvej 7, 2670 Greve");
        decide(anna, mailbox(2));

        // not yet a registered household: the cap is only pointed out
        JsonNode alone = caseworker.post("/api/v1/decisions/check", check(bent, mailbox(2))).json();
        assertThat(finding(alone.get("combinationFindings"), "FREQUENCY_LIMIT").get("severity").asText()).isEqualTo("INFO");

        link(bent, anna);
        JsonNode together = caseworker.post("/api/v1/decisions/check", check(bent, mailbox(2))).json();
        JsonNode cap = finding(together.get("combinationFindings"), "FREQUENCY_LIMIT");
        assertThat(cap.get("severity").asText()).isEqualTo("WARNING");
        assertThat(cap.get("message").asText())
                .contains("2 gange ugentligt er foreslået, og i husstanden Anna Postkasse har 2 gange ugentligt allerede")
                .contains("i alt 4 gange, højst 3 gange er tilladt pr. husstand");
        assertThat(together.get("needsReason").asBoolean()).isTrue();

        // within the household's cap: allowed, with the spouse's share told
        JsonNode within = caseworker.post("/api/v1/decisions/check", check(bent, mailbox(1))).json();
        JsonNode told = finding(within.get("combinationFindings"), "FREQUENCY_LIMIT");
        assertThat(told.get("severity").asText()).isEqualTo("INFO");
        assertThat(told.get("message").asText()).contains("Anna Postkasse har 2 gange ugentligt");
    }

    @Test
    void practicalHelpToBothSpousesIsWarnedNamingTheOther() {
        long carl = citizen("Carl Rengøring", "Fejevej 2, 2670 Greve");
        long dora = citizen("Dora Rengøring", "Fejevej 2, 2670 Greve");
        link(carl, dora);
        Map<String, Object> cleaning = with(grant("lille-rengoering", 1, "WEEK", "DAY", 30, today, null), "every", 3);
        decide(carl, cleaning);

        JsonNode both = caseworker.post("/api/v1/decisions/check", check(dora, cleaning)).json();
        JsonNode warning = finding(both.get("grants").get(0).get("findings"), "HOUSEHOLD_PRACTICAL_HELP");
        assertThat(warning).as(both.toString()).isNotNull();
        assertThat(warning.get("severity").asText()).isEqualTo("WARNING");
        assertThat(warning.get("ruleName").asText()).isEqualTo("praktisk hjælp i husstanden");
        assertThat(warning.get("message").asText())
                .startsWith("Lille rengøring er praktisk hjælp, og Carl Rengøring i husstanden har allerede indsatsen.");
        assertThat(both.get("needsReason").asBoolean()).isTrue();

        // help that is not practical help is not warned, and nor is practical help once they are no household
        JsonNode mailbox = caseworker.post("/api/v1/decisions/check", check(dora, mailbox(1))).json();
        assertThat(finding(mailbox.get("grants").get(0).get("findings"), "HOUSEHOLD_PRACTICAL_HELP")).isNull();
        assertThat(caseworker.post("/api/v1/citizens/" + dora + "/household/" + carl + "/unlink", "").status())
                .isEqualTo(200);
        JsonNode apart = caseworker.post("/api/v1/decisions/check", check(dora, cleaning)).json();
        assertThat(finding(apart.get("grants").get(0).get("findings"), "HOUSEHOLD_PRACTICAL_HELP")).isNull();
    }
}
