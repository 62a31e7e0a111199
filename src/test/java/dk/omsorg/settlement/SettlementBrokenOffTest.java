package dk.omsorg.settlement;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.settlement.internal.SettlementRunLock;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, over real HTTP: a run broken off by a crash (RUNNING, and no instance holds its lock) is shown as
 * broken off and the month can be settled at once — while a live run's lock is held a second start is refused; and a
 * run that breaks off on an error says why in Danish. Months of 2023 no other settlement test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementBrokenOffTest {

    /** Greve, the finance officer's municipality. */
    static final int GREVE = 253;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SettlementRunLock runLock;

    ApiClient finance;

    @BeforeEach
    void setUp() {
        finance = ApiClient.as(port, "okonomi");
    }

    @Test
    void aRunLeftRunningByAStoppedInstanceShowsAsBrokenOffAndTheMonthIsSettledAtOnce() {
        long id = runningRunWithoutInstance("2023-09-01");

        JsonNode shown = finance.get("/api/v1/settlement/runs/" + id).json();
        assertThat(shown.get("run").get("status").asText()).isEqualTo("BROKEN_OFF");
        JsonNode listed = finance.get("/api/v1/settlement/runs").json();
        assertThat(java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(r -> r.get("id").asLong() == id).map(r -> r.get("status").asText())).containsExactly("BROKEN_OFF");
        assertThat(WebSession.logIn(port, "okonomi").get("/settlement/runs/" + id).body()).contains("Afbrudt", "programmet stoppede undervejs");

        var again = finance.post("/api/v1/settlement/runs", json(map("month", "2023-09", "waitForResult", true)));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("run").get("id").asLong()).isEqualTo(id);
        assertThat(again.json().get("run").get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void whileALiveRunHoldsTheMonthsLockASecondStartIsRefusedInDanish() {
        long id = runningRunWithoutInstance("2023-10-01");
        // another instance's live run of the month holds its lock
        try (SettlementRunLock.Held live = runLock.tryHold(GREVE, YearMonth.of(2023, 10)).orElseThrow()) {
            assertThat(finance.get("/api/v1/settlement/runs/" + id).json().get("run").get("status").asText())
                    .isEqualTo("RUNNING");
            var refused = finance.post("/api/v1/settlement/runs", json(map("month", "2023-10", "waitForResult", true)));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asText()).contains("er i gang");
        }
        // its instance gone, the month is free at once
        var settled = finance.post("/api/v1/settlement/runs", json(map("month", "2023-10", "waitForResult", true)));
        assertThat(settled.status()).as(settled.body()).isEqualTo(201);
    }

    @Test
    void aRunThatBreaksOffOnAnErrorSaysWhyInDanishInTheApiAndOnItsPage() {
        SettlementFixture fixture = new SettlementFixture(jdbc, NoticeTestData.granted(ApiClient.as(port, "visitator"),
                jdbc, "leverandor-a", DecisionTestData.today()));
        long kystens = SettlementFixture.provider(jdbc, "kystens-hjemmeservice");
        LocalDate day = LocalDate.of(2023, 8, 2);
        UUID grant = fixture.grant("fast-vagt", "fast-vagt", SettlementRunTest.PP, 480, day, null);
        fixture.delivered(grant, kystens, day, LocalTime.of(12, 0), 480);
        // a case rate so large that the month's amount cannot be held (as stored before input had bounds)
        jdbc.sql("""
                        insert into settlement_case_rate (municipality_id, citizen_id, grant_key, provider_id, band, valid_from,
                            amount_ore, reason, created_at, created_by, modified_at, modified_by, version)
                        values (?, ?, ?, ?, 'ALL', date '2023-08-01', 9223372036854775807, 'Fejlindtastning', now(), 'okonomi',
                                now(), 'okonomi', 1)""")
                .params(GREVE, fixture.citizenId(), grant, kystens).update();

        var response = finance.post("/api/v1/settlement/runs", json(map("month", "2023-08", "waitForResult", true)));
        JsonNode run = response.json();

        assertThat(run.get("run").get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("problems")).hasSize(1);
        assertThat(run.get("problems").get(0).get("code").asText()).isEqualTo("AMOUNT_TOO_LARGE");
        assertThat(run.get("problems").get(0).get("text").asText()).contains("Et beløb blev for stort");
        long id = run.get("run").get("id").asLong();
        assertThat(finance.get("/api/v1/settlement/runs/" + id).json().get("problems").get(0).get("text").asText())
                .contains("særskilte takster");
        assertThat(WebSession.logIn(port, "okonomi").get("/settlement/runs/" + id).body()).contains("Et beløb blev for stort", "intet er afregnet");
    }

    /** A RUNNING run as an instance that died mid-run leaves it: started just now, no lock held. */
    private long runningRunWithoutInstance(String month) {
        return jdbc.sql("""
                        insert into settlement_run (municipality_id, month, status, progress, phase, started_at, started_by, version)
                        values (?, cast(? as date), 'RUNNING', 55, 'settlement.phase.lines', now(), 'okonomi', 3) returning id""")
                .params(GREVE, month).query(Long.class).single();
    }
}
