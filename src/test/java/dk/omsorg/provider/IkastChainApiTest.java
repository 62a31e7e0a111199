package dk.omsorg.provider;

import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ikast-Brande's demo coordinator distributes its queue and its own Socialafdelingen (local offers first,
 * seed 001; policy/756-ikast-brande/providers.yaml) delivers what is granted, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IkastChainApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorAssignsAnInquiryAndTheProviderSeesTheGrantedCitizen() {
        ApiClient coordinator = ApiClient.as(port, "koordinator-ikast");
        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        ApiClient socialafdelingen = ApiClient.as(port, "socialafdelingen-ikast");
        LocalDate today = today();

        Response inquiry = coordinator.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Ikast Ærø Østergård", "address", "Østergade 2, 7430 Ikast",
                "district", "ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Støtte i en periode", "legalBasis", "SEL § 82 b", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();
        Response assigned = coordinator.post("/api/v1/inquiries/" + inquiryId + "/assignment", "{\"caseworker\": \"visitator-ikast\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("assignedTo").asText()).isEqualTo("visitator-ikast");

        long provider = NoticeTestData.providerOf(jdbc, "socialafdelingen-ikast");
        assertThat(jdbc.sql("select kind from provider where id = ?").param(provider).query(String.class).single())
                .isEqualTo("MUNICIPAL");
        Response decided = caseworker.post("/api/v1/decisions", json(map("citizenId", citizenId, "inquiryId", inquiryId,
                "grants", List.of(with(grant("individuelt-stoetteforloeb", 1, "WEEK", null, 60, today, today.plusMonths(6)),
                        "goals", "Kan selv handle ind.", "provider", map("providerId", provider,
                                "kind", "SELECTED_BY_MUNICIPALITY", "reason", "Lokalt tilbud i Ikast"))))));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        NoticeTestData.awaitNotice(jdbc, decided.json().get("id").asLong(), provider);
        assertThat(socialafdelingen.get("/api/v1/provider/citizens").json()).anySatisfy(c ->
                assertThat(c.get("id").asLong()).isEqualTo(citizenId));
        assertThat(socialafdelingen.get("/api/v1/provider/citizens/" + citizenId).body()).contains("Ikast Ærø Østergård");
    }
}
