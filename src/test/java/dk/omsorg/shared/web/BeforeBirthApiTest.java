package dk.omsorg.shared.web;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date about a citizen before the citizen was born (issue 14, dates without bounds) is refused in Danish by field:
 * an assessment, an absence, a grant's start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BeforeBirthApiTest {

    @LocalServerPort
    int port;

    @Test
    void anAssessmentAnAbsenceAndAGrantBeforeTheCitizensBirthAreRefusedNamingTheField() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        Applicant applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(DecisionTestData.PERSONLIG_PLEJE, 3));
        LocalDate born = LocalDate.parse(caseworker.get("/api/v1/citizens/" + applicant.citizenId()).json()
                .get("birthDate").asText());
        LocalDate before = born.minusDays(1);
        String expected = "Datoen " + before.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " ligger før borgerens fødselsdato ("
                + born.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ").";

        Response assessment = caseworker.post("/api/v1/citizens/" + applicant.citizenId() + "/assessments", json(map(
                "assessedOn", before.toString(), "overallAssessment", "Vurderet", "abilityScores",
                Map.of(DecisionTestData.PERSONLIG_PLEJE, 3))));
        assertField(assessment, "assessedOn", expected);

        Response absence = caseworker.post("/api/v1/citizens/" + applicant.citizenId() + "/absences",
                json(map("kind", "HOLIDAY", "from", before.toString())));
        assertField(absence, "from", expected);

        Response decision = caseworker.post("/api/v1/decisions", DecisionTestData.decision(applicant.citizenId(), null,
                grant("daglig-hygiejne", 1, "DAY", "DAY", 20, before, null)));
        assertField(decision, "grants[0].start", expected);
    }

    private static void assertField(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
        assertThat(response.json().get("errors").findValuesAsString("message")).contains(message);
    }
}
