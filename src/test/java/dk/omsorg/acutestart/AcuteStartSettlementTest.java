package dk.omsorg.acutestart;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.settlement.SettlementFixture;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acute start decided with a grant back-dated to it, then settled: the provider's visits from the acute start day
 * are paid in the month's settlement like any delivered visit of a grant in effect (issue 20, "an acute start decided
 * and back-dated, then settled"). February 2024 is a month no other test settles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AcuteStartSettlementTest {

    static final LocalDate ACUTE = LocalDate.of(2024, 2, 5);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theVisitsFromTheAcuteStartArePaidOnceTheBackDatedGrantDecidesIt() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var base = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today());
        SettlementFixture fixture = new SettlementFixture(jdbc, base);
        var started = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/acute-starts", json(map(
                "citizenId", base.citizenId(), "startedOn", ACUTE.toString(), "help", "Personlig pleje morgen efter fald",
                "calledBy", "GP", "caller", "Lægerne i Greve")));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long id = started.json().get("id").asLong();

        // the decision's grant from the provider, back-dated to the acute start, and the provider's visits since
        UUID grant = fixture.grant("personlig-pleje", "bad", "SEL § 83", 30, ACUTE, null);
        fixture.delivered(grant, base.providerId(), ACUTE, LocalTime.of(8, 0), 30);
        fixture.delivered(grant, base.providerId(), ACUTE.plusDays(1), LocalTime.of(8, 0), 30);
        var granted = caseworker.post("/api/v1/acute-starts/" + id + "/grant", json(map("decisionId", base.decisionId(), "version", 0)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);

        ApiClient finance = ApiClient.as(port, "okonomi");
        var run = finance.post("/api/v1/settlement/runs", json(map("month", "2024-02", "waitForResult", true)));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        long runId = run.json().get("run").get("id").asLong();
        var statement = finance.get("/api/v1/settlement/runs/" + runId + "/providers/" + base.providerId());
        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (JsonNode line : statement.json().get("lines")) {
            if (line.get("grantKey").asText().equals(grant.toString())) {
                lines.add(line);
            }
        }
        assertThat(lines).as(statement.body()).isNotEmpty();
        assertThat(lines.stream().mapToInt(l -> l.get("visits").asInt()).sum()).isEqualTo(2);
        assertThat(lines.stream().mapToLong(l -> l.get("minutes").asLong()).sum()).isEqualTo(60);
    }
}
