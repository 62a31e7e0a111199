package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints about the help delivered over real HTTP (seed 002: the provider's responsibility, a written statement on
 * request by the deadline the request states — 14 days in complaint-appeal.yaml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveredHelpComplaintApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    ApiClient providerA;
    ApiClient providerB;
    LocalDate today;
    Granted granted;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        providerA = ApiClient.as(port, "leverandor-a");
        providerB = ApiClient.as(port, "leverandor-b");
        today = DecisionTestData.today();
        granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
    }

    @Test
    void aComplaintRegisteredByStaffReachesTheProviderWhoAnswersWithItsStatement() {
        Response registered = caseworker.post("/api/v1/delivered-help-complaints", json(map("grantKey", granted.grantKey().toString(),
                "receivedOn", today.toString(), "text", "Hjælperen kom to timer for sent til badet.")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.json().get("id").asLong();
        assertThat(registered.json().get("statementDue").asString()).isEqualTo(today.plusDays(14).toString());
        assertThat(registered.json().get("providerId").asLong()).isEqualTo(granted.providerId());

        JsonNode inbox = providerA.get("/api/v1/provider/delivered-help-complaints").json();
        assertThat(inbox.findValuesAsString("text")).contains("Hjælperen kom to timer for sent til badet.");
        assertThat(providerB.get("/api/v1/provider/delivered-help-complaints").json().findValuesAsString("text"))
                .as("another provider sees nothing of it").doesNotContain("Hjælperen kom to timer for sent til badet.");
        assertThat(providerB.get("/api/v1/provider/delivered-help-complaints/" + id).status()).isEqualTo(404);
        assertThat(providerB.post("/api/v1/provider/delivered-help-complaints/" + id + "/statement",
                json(map("statement", "Ikke vores", "version", 0))).status()).isEqualTo(404);

        Response answered = providerA.post("/api/v1/provider/delivered-help-complaints/" + id + "/statement",
                json(map("statement", "Bilen brød sammen; borgeren fik besked.", "version", registered.json().get("version").asInt())));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonNode seen = caseworker.get("/api/v1/delivered-help-complaints").json();
        JsonNode mine = null;
        for (JsonNode c : seen) {
            if (c.get("id").asLong() == id) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("statement").asString()).isEqualTo("Bilen brød sammen; borgeren fik besked.");
        assertThat(mine.get("breach").asBoolean()).isFalse();
        assertThat(jdbc.sql("select string_agg(distinct action, ',' order by action) from audit_event "
                + "where resource = 'delivered-help-complaint' and resource_id = ?").param(String.valueOf(id))
                .query(String.class).single()).isEqualTo("CREATE,READ,UPDATE");
        assertThat(providerA.post("/api/v1/provider/delivered-help-complaints/" + id + "/statement",
                json(map("statement", "Igen", "version", answered.json().get("version").asInt()))).status()).isEqualTo(400);
    }

    @Test
    void noStatementByTheDeadlineIsABreachSeenByBothSides() {
        Response registered = providerA.post("/api/v1/provider/delivered-help-complaints", json(map("grantKey",
                granted.grantKey().toString(), "receivedOn", today.minusDays(20).toString(), "text", "Borgerens datter klager over rengøringen.")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.json().get("id").asLong();
        assertThat(registered.json().get("registeredSide").asString()).isEqualTo("PROVIDER");
        assertThat(registered.json().get("breach").asBoolean()).isFalse();
        // the request went out 15 days ago: its 14 days have passed
        jdbc.sql("update delivered_help_complaint set statement_due = ? where id = ?").params(today.minusDays(1), id).update();

        assertThat(providerA.get("/api/v1/provider/delivered-help-complaints/" + id).json().get("breach").asBoolean()).isTrue();
        boolean staffSeesBreach = false;
        for (JsonNode c : caseworker.get("/api/v1/delivered-help-complaints").json()) {
            if (c.get("id").asLong() == id) {
                staffSeesBreach = c.get("breach").asBoolean();
            }
        }
        assertThat(staffSeesBreach).isTrue();
    }

    @Test
    void aProviderCannotRegisterOnAnotherProvidersGrant() {
        Response refused = providerB.post("/api/v1/provider/delivered-help-complaints", json(map("grantKey",
                granted.grantKey().toString(), "receivedOn", today.toString(), "text", "Klage")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Bevillingen findes ikke");
        assertThat(jdbc.sql("select count(*) from delivered_help_complaint where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single()).isZero();
    }
}
