package dk.omsorg.bpa;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/** BPA over real HTTP with Ikast-Brande's policy (demo rates): budget, follow-up, the 6-week team flag, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BpaApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    long citizenId;
    LocalDate today = DecisionTestData.today();
    LocalDate start = today.minusMonths(3);

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-ikast");
        Response inquiry = ApiClient.as(port, "koordinator-ikast").post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Hjælper Arbejdsgiver", "address", "Østergade 2, 7430 Ikast",
                "district", "ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "BPA", "legalBasis", "SEL § 82 b", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        citizenId = inquiry.json().get("citizenId").asLong();
    }

    private String path() {
        return "/api/v1/citizens/" + citizenId + "/bpa";
    }

    @Test
    void theBudgetYearIsHoursTimesDaysTimesTheRateWithAdministrationAndTheFollowUpIsAYearAfterTheStart() {
        Response saved = caseworker.put(path(), json(map("hoursPerDay", "8", "startDate", start.toString())));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        // from 2026 the (demo) rate is 252,50 kr. an hour + 5 %: 8 h × days × 252,50 × 1,05
        long days = ChronoUnit.DAYS.between(start, start.plusYears(1));
        BigDecimal expected = new BigDecimal("8").multiply(BigDecimal.valueOf(days)).multiply(new BigDecimal("252.50"))
                .multiply(new BigDecimal("1.05"));
        assertThat(saved.json().get("budget").get("total").decimalValue()).isEqualByComparingTo(expected);
        assertThat(saved.json().get("nextFollowUp").asText()).isEqualTo(start.plusYears(1).toString());
        assertThat(saved.json().get("teamFlagged").asBoolean()).isFalse();
    }

    @Test
    void aTeamNotKeptIsFlaggedAndListedOnlyAfterMoreThanSixWeeks() {
        caseworker.put(path(), json(map("hoursPerDay", "12", "startDate", start.toString())));
        Response sixWeeks = caseworker.put(path() + "/team-report",
                json(map("teamNotKeptFrom", today.minusWeeks(6).toString(), "version", 0)));
        assertThat(sixWeeks.status()).as(sixWeeks.body()).isEqualTo(200);
        assertThat(sixWeeks.json().get("teamFlagged").asBoolean()).isFalse();
        assertThat(caseworker.get("/api/v1/bpa/team-not-kept").json())
                .noneSatisfy(c -> assertThat(c.get("citizenId").asLong()).isEqualTo(citizenId));

        Response longer = caseworker.put(path() + "/team-report",
                json(map("teamNotKeptFrom", today.minusWeeks(6).minusDays(1).toString(), "version", 1)));
        assertThat(longer.json().get("teamFlagged").asBoolean()).isTrue();
        assertThat(caseworker.get("/api/v1/bpa/team-not-kept").json())
                .anySatisfy(c -> assertThat(c.get("citizenId").asLong()).isEqualTo(citizenId));
        // a stale version is refused, nothing changed
        Response stale = caseworker.put(path() + "/team-report", json(map("teamNotKeptFrom", null, "version", 1)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(caseworker.get(path()).json().get("teamFlagged").asBoolean()).isTrue();
    }

    @Test
    void hoursOutsideZeroToTwentyFourAreRefusedInDanishAndNothingIsStored() {
        Response refused = caseworker.put(path(), json(map("hoursPerDay", "25", "startDate", start.toString())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("hoursPerDay");
        assertThat(refused.json().get("errors").get(0).get("message").asText())
                .isEqualTo("Timer pr. døgn skal være mellem 0 og 24 med højst to decimaler.");
        assertThat(caseworker.get(path()).status()).isEqualTo(404);
    }

    @Test
    void anotherMunicipalityGets404AndReadsAndWritesAreAudited() {
        caseworker.put(path(), json(map("hoursPerDay", "8", "startDate", start.toString())));
        caseworker.get(path());
        assertThat(ApiClient.as(port, "visitator").get(path()).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "visitator").put(path(), json(map("hoursPerDay", "8", "startDate", start.toString(),
                "version", 0))).status()).isEqualTo(404);
        assertThat(jdbc.sql("select action from audit_event where citizen_id = ? and resource = 'bpa' order by id")
                .param(citizenId).query(String.class).list()).containsExactly("CREATE", "READ");
    }
}
