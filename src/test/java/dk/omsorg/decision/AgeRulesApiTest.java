package dk.omsorg.decision;

import dk.omsorg.catalog.internal.FolkepensionAgeFile;
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
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ikast-Brande's age conditions (seed 001) over real HTTP: the age comes from the CPR number, help that ends at the
 * folkepension age gets its end and the letter says why, and a grant outside the age is refused with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgeRulesApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 900));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient ikast;

    @BeforeEach
    void client() {
        ikast = ApiClient.as(port, "visitator-ikast");
    }

    /** A citizen born on {@code born} (in the 1900s or 2000s by the CPR rules) with an open inquiry. */
    private DecisionTestData.Applicant citizenBorn(LocalDate born, String legalBasis) {
        // 7th digit 0–3: 1900s; 4: 2000s for years up to 36
        char seventh = born.getYear() < 2000 ? '1' : '4';
        String cpr = "%02d%02d%02d-%c%03d".formatted(born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100,
                seventh, SERIAL.incrementAndGet() % 1000);
        Response inquiry = ikast.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", "Alder Åge Østergaard",
                "address", "Østergade 2, 7430 Ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Ansøgning", "legalBasis", legalBasis, "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return new DecisionTestData.Applicant(inquiry.json().get("citizenId").asLong(), inquiry.json().get("id").asLong());
    }

    @Test
    void anAllowanceEndsAtTheEndOfTheMonthTheCitizenReachesTheFolkepensionAgeAndTheLetterSaysSo() {
        LocalDate today = today();
        // reaches the folkepension age in about two months
        LocalDate born = today.plusMonths(2).withDayOfMonth(10).minusYears(67);
        LocalDate reached = FolkepensionAgeFile.fromClasspath().reachedOn(born);
        assertThat(reached).as("the test's citizen must be of a 67-year band").isAfter(today);
        LocalDate lastDay = reached.with(TemporalAdjusters.lastDayOfMonth());
        DecisionTestData.Applicant a = citizenBorn(born, "SEL § 100");

        java.math.BigDecimal allowance = dk.omsorg.additionalcosts.AdditionalCostsFixtures.calculate(ikast, a.citizenId(), today);
        Response made = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                with(grant("merudgiftsydelse", null, null, null, null, today, null), "amount", allowance, "overrideReason", "Konkret vurdering.")));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode g = made.json().get("grants").get(0);
        assertThat(g.get("end").asText()).isEqualTo(lastDay.toString());
        String text = DecisionTestData.pdfText(ikast.download("/api/v1/decisions/" + made.json().get("id").asLong() + "/letter").body());
        assertThat(text).contains("Bevillingen ophører den " + "%02d.%02d.%d".formatted(lastDay.getDayOfMonth(),
                lastDay.getMonthValue(), lastDay.getYear()) + ", da du når folkepensionsalderen.");
        // Ikast-Brande's social area has no free choice of provider: the letter does not explain it
        assertThat(text).doesNotContain("frit valg", "skifte leverandør");
    }

    @Test
    void aSeventeenYearOldCannotBeGrantedAdultSocialHelp() {
        LocalDate born = today().minusYears(17).minusMonths(1);
        DecisionTestData.Applicant a = citizenBorn(born, "SEL § 85");
        DecisionTestData.Rows before = DecisionTestData.Rows.count(jdbc);

        Response refused = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                with(grant("socialpaedagogisk-stoette-gruppe", 1, "WEEK", null, 60, today(), null),
                        "overrideReason", "Konkret vurdering.")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode problem = refused.json();
        assertThat(problem.get("errors").findValuesAsString("field")).contains("grants[0].start");
        assertThat(problem.get("detail").asText()).contains("alder", "kan først bevilges fra det fyldte 18. år");
        assertThat(DecisionTestData.Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anEscortSchemeIsFirstGrantedOnlyBeforeTheFolkepensionAge() {
        DecisionTestData.Applicant a = citizenBorn(LocalDate.of(1950, 4, 12), "SEL § 97");
        Response refused = ikast.post("/api/v1/decisions", DecisionTestData.decision(a.citizenId(), a.inquiryId(),
                with(grant("ledsagelse", null, null, null, null, today(), null), "quantity", 15, "overrideReason", "Konkret vurdering.")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText())
                .contains("kan kun bevilges første gang, før borgeren når folkepensionsalderen (borgeren nåede den 12.04.2015)");
    }
}
