package dk.omsorg.places;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/** An Esbjerg citizen with a decision granting a place intervention (catalogue area 26 / plejebolig), over the API. */
final class PlaceListTestData {

    private PlaceListTestData() {
    }

    record Granted(long citizenId, String grantKey) {
    }

    static Granted granted(ApiClient caseworker, String name, String interventionCode) {
        ApiClient.Response inquiry = caseworker.post("/api/v1/inquiries", json(map("cprNumber", TestCitizens.newCpr(),
                "citizenName", name, "address", "Kongensgade 5, 6700 Esbjerg", "source", "CITIZEN",
                "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Ansøgning om plads", "legalBasis", "SEL § 84 stk. 2",
                "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        Map<String, Object> g = with(grant(interventionCode, null, null, null, null, today(), null),
                "place", "Kommunens pladser", "overrideReason", "Konkret vurdering.");
        ApiClient.Response made = caseworker.post("/api/v1/decisions",
                DecisionTestData.decision(citizenId, inquiry.json().get("id").asLong(), g));
        assertThat(made.status()).as(made.body()).isIn(200, 201);
        JsonNode grantNode = made.json().get("grants").get(0);
        return new Granted(citizenId, grantNode.get("grantKey").asText());
    }

    static String entry(String list, String grantKey, Object... more) {
        Map<String, Object> body = map("list", list, "grantKey", grantKey, "purpose", "Afklaring af fremtidig boform");
        body.putAll(map(more));
        return json(body);
    }
}
