package dk.omsorg.provider;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's district, given at intake (form and API) from the municipality's district list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenDistrictTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Response register(ApiClient coordinator, String cpr, String district) {
        return coordinator.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", "Distrikt Ærø",
                "district", district, "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Hjælp til rengøring", "legalBasis", "SEL § 83", "priority", "NORMAL")));
    }

    private long citizens() {
        return jdbc.sql("select count(*) from citizen").query(Long.class).single();
    }

    @Test
    void aNewCitizenGetsTheDistrictGivenAtIntake() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        Response created = register(coordinator, TestCitizens.newCpr(), "karlslunde");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long citizenId = created.json().get("citizenId").asLong();
        assertThat(coordinator.get("/api/v1/citizens/" + citizenId).json().get("district").asText()).isEqualTo("karlslunde");
        assertThat(coordinator.get("/api/v1/districts").json().findValuesAsString("code"))
                .containsExactly("greve-midt", "greve-nord", "hundige", "karlslunde", "tune");
    }

    @Test
    void anUnknownDistrictIsRefusedAndNothingIsStored() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        long before = citizens();
        Response refused = register(coordinator, TestCitizens.newCpr(), "ribe");   // Esbjerg's, not Greve's
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("district");
        assertThat(refused.json().get("detail").asText()).contains("Distriktet ribe findes ikke i kommunen");
        assertThat(citizens()).isEqualTo(before);
    }

    @Test
    void aKnownCitizenWithoutDistrictGetsOneButAMoveIsATransfer() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        String cpr = TestCitizens.newCpr();
        long citizenId = register(coordinator, cpr, null).json().get("citizenId").asLong();
        assertThat(coordinator.get("/api/v1/citizens/" + citizenId).json().get("district").isNull()).isTrue();
        assertThat(register(coordinator, cpr, "tune").status()).isEqualTo(201);
        assertThat(coordinator.get("/api/v1/citizens/" + citizenId).json().get("district").asText()).isEqualTo("tune");
        Response moved = register(coordinator, cpr, "hundige");
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.json().get("detail").asText()).contains("Borgeren bor i distriktet Tune");
    }

    @Test
    void theRegistrationFormOffersTheDistricts() {
        WebSession coordinator = WebSession.logIn(port, "koordinator");
        String form = coordinator.get("/inquiries/new").body();
        assertThat(form).contains("name=\"district\"", "<option value=\"hundige\">Hundige</option>");
    }
}
