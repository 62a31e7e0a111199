package dk.omsorg.decision;

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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.omsorg.decision.DecisionTestData.check;
import static dk.omsorg.decision.DecisionTestData.decision;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.with;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.pdfText;
import static dk.omsorg.decision.DecisionTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Greve's 2022 criteria read after KL's 2024 simplification, and the law in force on the decision date, over
 * real HTTP: small cleaning for a citizen with 3 on "Lave husligt arbejde" and "Mobilitet og bevægelse" is
 * within the standard, and the letter cites Ældreloven for a citizen of folkepension age (since 1 July 2025)
 * and serviceloven for a younger one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionLawAndCriteriaApiTest {

    static final String LAVE_HUSLIGT_ARBEJDE = "a7ac8429-513f-43cd-bc69-96a8d0e0f0ff";
    static final String MOBILITET_OG_BEVAEGELSE = "d8aa5f09-cd9c-4996-a853-1c95ee98f25c";
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 2000));
    private static final Map<String, Integer> SCORES = Map.of(LAVE_HUSLIGT_ARBEJDE, 3, MOBILITET_OG_BEVAEGELSE, 3);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    LocalDate today;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        today = today();
    }

    /**
     * A citizen born in {@code yy} (19yy, yy ≥ 37) with the scores, through the API. Serial numbers 9000–9999 (a 9
     * keeps 19yy for yy ≥ 37): 1000–4999 is {@code TestCitizens}' range, whose same dates would make this an existing
     * citizen with other decisions.
     */
    private long citizen(int yy) {
        int n = SERIAL.incrementAndGet();
        String cpr = "%02d%02d%02d-%04d".formatted(1 + n % 28, 1 + (n / 28) % 12, yy, 9000 + n % 1000);
        Response inquiry = caseworker.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", "Karen Ørum",
                "address", "Testvej 2, 2670 Greve", "source", "CITIZEN", "receivedAt", "2026-01-05T10:00:00+01:00",
                "request", "Hjælp til rengøring", "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        Response assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", json(map(
                "inquiryId", inquiry.json().get("id").asLong(), "assessedOn", today.toString(),
                "overallAssessment", "Kan ikke klare de tunge rengøringsopgaver.", "abilityScores", SCORES)));
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        return citizenId;
    }

    /**
     * Temporary, so the standard's "rehabilitation first" for permanent help does not apply here; "hver 3. uge", as
     * the standard grants it.
     */
    private Map<String, Object> smallCleaning() {
        return with(grant("lille-rengoering", 1, "WEEK", "DAY", 30, today, today.plusMonths(2)), "every", 3);
    }

    @Test
    void smallCleaningIsWithinTheStandardAndTheCheckSaysWhichCriteriaWereMet() {
        long citizenId = citizen(40);

        JsonNode body = caseworker.post("/api/v1/decisions/check", check(citizenId, smallCleaning())).json();

        assertThat(body.get("needsReason").asBoolean()).isFalse();
        JsonNode checked = body.get("grants").get(0);
        assertThat(checked.get("findings")).isEmpty();
        assertThat(checked.get("criteriaOutcome").asText()).isEqualTo("MET");
        assertThat(checked.get("criteriaInWords").asText()).isEqualTo("Du har svære begrænsninger (3) i Lave husligt "
                + "arbejde og Mobilitet og bevægelse. Løfte og bære, Færden i forskellige omgivelser, Ændre kropsstilling, "
                + "Muskelstyrke og Udholdenhed vurderes nu under Mobilitet og bevægelse.");
    }

    @Test
    void permanentHelpForACitizenOfPensionAgeIsNamedByTheLawInForce() {
        long citizenId = citizen(40);

        JsonNode body = caseworker.post("/api/v1/decisions/check", check(citizenId,
                with(grant("lille-rengoering", 1, "WEEK", "DAY", 30, today, null), "every", 3))).json();

        JsonNode finding = body.get("grants").get(0).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("REHABILITATION_FIRST");
        assertThat(finding.get("message").asText()).contains("Lille rengøring er varig hjælp efter Ældreloven § 10 / Ældreloven § 16");
    }

    @Test
    void aCitizenOfPensionAgeIsGrantedUnderAeldrelovenAndTheLetterSaysWhichCriteriaWereMet() {
        long citizenId = citizen(40);

        Response made = caseworker.post("/api/v1/decisions", decision(citizenId, null, smallCleaning()));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode grant = made.json().get("grants").get(0);
        assertThat(grant.get("criteriaOutcome").asText()).isEqualTo("MET");
        assertThat(grant.get("findings")).isEmpty();
        assertThat(grant.get("overrideReason").isNull()).isTrue();
        assertThat(made.json().get("outsideStandard").asBoolean()).isFalse();
        assertThat(grant.get("legalBasis").asText()).isEqualTo("Ældreloven § 10 / Ældreloven § 16");
        int age = today.getYear() - 1940 - (today.getDayOfYear() < 200 ? 1 : 0);
        assertThat(grant.get("legalBasisAge").asInt()).isBetween(age - 1, age + 1);
        assertThat(jdbc.sql("select legal_basis_age from decision_grant where grant_key = ?::uuid")
                .param(grant.get("grantKey").asText()).query(Integer.class).single()).isEqualTo(grant.get("legalBasisAge").asInt());

        String letter = pdfText(caseworker.download("/api/v1/decisions/" + made.json().get("id").asLong() + "/letter").body());
        assertThat(letter).contains("Du opfylder tildelingskriterierne i kommunens kvalitetsstandard: du har svære "
                        + "begrænsninger (3) i Lave husligt arbejde og Mobilitet og bevægelse.",
                "Afgørelsen er truffet efter ældreloven § 10 og ældreloven § 16.",
                "Du kan klage over afgørelsen om hjælp efter ældreloven § 10 og ældreloven § 16.",
                "har nået folkepensionsalderen. Derfor gives hjælpen efter ældreloven.");
        assertThat(letter).doesNotContain("udgået", "vurderes på", "opfylder ikke", "serviceloven", "SEL § 83");
    }

    @Test
    void aYoungerCitizenIsGrantedUnderServiceloven() {
        long citizenId = citizen(75);

        Response made = caseworker.post("/api/v1/decisions", decision(citizenId, null, smallCleaning()));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode grant = made.json().get("grants").get(0);
        assertThat(grant.get("legalBasis").asText()).isEqualTo("SEL § 83 stk. 1 nr. 2 / SEL § 84 stk. 1");
        String letter = pdfText(caseworker.download("/api/v1/decisions/" + made.json().get("id").asLong() + "/letter").body());
        assertThat(letter).contains("Afgørelsen er truffet efter serviceloven § 83 stk. 1 nr. 2 og serviceloven § 84 stk. 1.",
                "Du kan klage over afgørelsen om hjælp efter serviceloven § 83 stk. 1 nr. 2",
                "har ikke nået folkepensionsalderen. Derfor gives hjælpen efter serviceloven.");
        assertThat(letter).doesNotContain("ældreloven");
    }
}
