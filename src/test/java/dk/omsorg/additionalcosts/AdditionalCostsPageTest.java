package dk.omsorg.additionalcosts;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.DIET;
import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.MEDICINE;
import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.body;
import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.path;
import static dk.omsorg.additionalcosts.AdditionalCostsTestData.IKAST;
import static dk.omsorg.additionalcosts.AdditionalCostsTestData.citizen;
import static org.assertj.core.api.Assertions.assertThat;

/** The caseworker's page shows the calculation as the letter does: lines, cap, deduction, level and result. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdditionalCostsPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCalculationReadsAsTheLetterInDanish() {
        long citizenId = citizen(jdbc, IKAST, LocalDate.of(1982, 10, 5));
        assertThat(ApiClient.as(port, "visitator-ikast").post(path(citizenId), body("2025-02-01", DIET + "," + MEDICINE)).status())
                .isEqualTo(201);
        WebSession.Page page = WebSession.logIn(port, "visitator-ikast").get("/citizens/" + citizenId + "/additional-costs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Merudgifter for Merete Udgiftsen", "Beregning fra februar 2025",
                "Diætkost", "1.500,00 kr. pr. måned", "Dokumenteret (Bilag 3)",
                "nedsat fra 750,00 kr. til loftet for egenbetaling til medicin", "381,25",
                "Fradrag: Almindelig kost for jævnaldrende", "− 200,00", "1.681,25",
                "minimumsgrænse 630,00 kr.", "Standardbeløb for interval 1: 1.179,00 kr. pr. måned.");
        // the form's option values are codes the browser sends back, never shown; the text people read has none
        assertThat(page.body().replaceAll("value=\"[A-Z_]+\"", "")).doesNotContain("MEDICINE", "DOCUMENTED", "STANDARD");
        assertThat(WebSession.logIn(port, "visitator").get("/citizens/" + citizenId + "/additional-costs").status())
                .isEqualTo(404);
    }
}
