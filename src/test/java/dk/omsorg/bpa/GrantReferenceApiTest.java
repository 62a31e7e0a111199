package dk.omsorg.bpa;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grant key of a BPA arrangement and of a § 107 own payment is a current grant of the same citizen under § 96 and
 * § 107: another citizen's, an unknown one or one of another legal basis is a Danish error at grantKey, nothing
 * stored; the pages offer the citizen's fitting grants to choose from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GrantReferenceApiTest {

    @LocalServerPort
    int port;

    ApiClient caseworker;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-ikast");
    }

    /** A citizen with a decision of the grants; their keys in order. */
    @SafeVarargs
    private long citizenWith(List<String> keys, Map<String, Object>... grants) {
        Response inquiry = caseworker.post("/api/v1/inquiries", json(map("cprNumber", TestCitizens.newCpr(),
                "citizenName", "Nøgle Nina Ørsted", "address", "Østergade 2, 7430 Ikast", "source", "CITIZEN",
                "receivedAt", "2025-01-06T10:00:00+01:00", "request", "BPA og botilbud", "legalBasis", "SEL § 96",
                "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        // BPA and botilbud are the visitation committee's (seed 001): approved by the leader (branch i18-authority)
        Response made = DecisionTestData.approvedIfRecommended(port, caseworker.post("/api/v1/decisions",
                DecisionTestData.decision(citizenId, inquiry.json().get("id").asLong(), grants)));
        assertThat(made.status()).as(made.body()).isIn(200, 201);
        made.json().get("grants").forEach(g -> keys.add(g.get("grantKey").asText()));
        return citizenId;
    }

    private static Map<String, Object> measured(String code, Object... fields) {
        return with(with(grant(code, null, null, null, null, today(), null), fields), "overrideReason", "Konkret vurdering.");
    }

    private static Map<String, Object> ownPayment(String grantKey) {
        return map("effectiveFrom", "2025-02-01", "stayStart", "2025-02-01", "version", 0, "grantKey", grantKey,
                "incomes", List.of(map("kind", "Folkepension", "amount", "14000.00")), "expenses", List.of(),
                "offer", map("housing", "7000.00", "food", "3500.00", "services", "1500.00"));
    }

    private static String error(Response r) {
        JsonNode e = r.json().get("errors").get(0);
        return e.get("field").asText() + ": " + e.get("message").asText();
    }

    @Test
    void aBpaArrangementTakesOnlyTheCitizensOwnCurrentSection96Grant() {
        List<String> mine = new java.util.ArrayList<>();
        long citizenId = citizenWith(mine, measured("bpa-tilskud", "amount", "350000.00"),
                measured("midlertidigt-ophold-i-botilbud", "place", "Regionens botilbud"));
        List<String> theirs = new java.util.ArrayList<>();
        citizenWith(theirs, measured("bpa-tilskud", "amount", "200000.00"));
        String path = "/api/v1/citizens/" + citizenId + "/bpa";

        Response other = caseworker.put(path, json(map("hoursPerDay", "8", "startDate", today().toString(), "grantKey", theirs.get(0))));
        assertThat(other.status()).as(other.body()).isEqualTo(400);
        assertThat(error(other)).isEqualTo("grantKey: Bevillingen tilhører en anden borger. Vælg en af denne borgers gældende bevillinger.");
        Response unknown = caseworker.put(path, json(map("hoursPerDay", "8", "startDate", today().toString(),
                "grantKey", UUID.randomUUID().toString())));
        assertThat(error(unknown)).isEqualTo("grantKey: Bevillingen findes ikke. Vælg en af borgerens gældende bevillinger.");
        Response wrongBasis = caseworker.put(path, json(map("hoursPerDay", "8", "startDate", today().toString(), "grantKey", mine.get(1))));
        assertThat(wrongBasis.status()).isEqualTo(400);
        assertThat(error(wrongBasis)).startsWith("grantKey: Bevillingen Midlertidigt ophold i botilbud (§ 107) er givet efter SEL § 107")
                .endsWith("her skal vælges en bevilling efter § 96.");
        assertThat(caseworker.get(path).status()).isEqualTo(404);

        Response saved = caseworker.put(path, json(map("hoursPerDay", "8", "startDate", today().toString(), "grantKey", mine.get(0))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("grantKey").asText()).isEqualTo(mine.get(0));

        // the page offers the citizen's § 96 grant, not the § 107 one
        String page = WebSession.logIn(port, "visitator-ikast").get("/citizens/" + citizenId + "/bpa").body()
                .replaceAll("\\s+", " ");
        assertThat(page).contains("value=\"" + mine.get(0) + "\" selected=\"selected\"").doesNotContain(mine.get(1)).doesNotContain(theirs.get(0));
    }

    @Test
    void anOwnPaymentTakesOnlyTheCitizensOwnCurrentSection107Grant() {
        List<String> mine = new java.util.ArrayList<>();
        long citizenId = citizenWith(mine, measured("bpa-tilskud", "amount", "350000.00"),
                measured("midlertidigt-ophold-i-botilbud", "place", "Regionens botilbud"));
        String path = "/api/v1/citizens/" + citizenId + "/own-payments";

        Response wrongBasis = caseworker.post(path, json(ownPayment(mine.get(0))));
        assertThat(wrongBasis.status()).as(wrongBasis.body()).isEqualTo(400);
        assertThat(error(wrongBasis)).endsWith("her skal vælges en bevilling efter § 107.");
        assertThat(caseworker.get(path).json()).isEmpty();

        Response saved = caseworker.post(path, json(ownPayment(mine.get(1))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("grantKey").asText()).isEqualTo(mine.get(1));
        String page = WebSession.logIn(port, "visitator-ikast").get("/citizens/" + citizenId + "/own-payments").body()
                .replaceAll("\\s+", " ");
        assertThat(page).contains("value=\"" + mine.get(1) + "\" selected=\"selected\"").doesNotContain(mine.get(0));
    }
}
