package dk.omsorg.provider;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static dk.omsorg.provider.ProviderTestData.bathCourse;
import static dk.omsorg.provider.ProviderTestData.choice;
import static dk.omsorg.provider.ProviderTestData.decision;
import static dk.omsorg.provider.ProviderTestData.hygiene;
import static dk.omsorg.provider.ProviderTestData.provider;
import static dk.omsorg.provider.ProviderTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider chosen when help is granted, over real HTTP against Greve's catalogue and demo providers
 * (policy/253-greve/providers.yaml): the rules, nothing stored when one is broken, the letter, the event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderChoiceApiTest {

    @TestConfiguration
    static class Events {
        @Bean
        Recorded recorded() {
            return new Recorded();
        }
    }

    static class Recorded {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ProviderAssigned event) {
            events.add(event);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recorded recorded;
    @Autowired
    Providers providers;

    ApiClient caseworker;
    long municipal;
    long solsikken;
    long kystens;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        municipal = provider(jdbc, "greve-hjemmeplejen");
        solsikken = provider(jdbc, "solsikken-hjemmepleje");
        kystens = provider(jdbc, "kystens-hjemmeservice");
    }

    private void refused(Applicant applicant, String body, String field, String detailPart) {
        ProviderTestData.Rows before = ProviderTestData.Rows.count(jdbc);
        int events = recorded.events.size();
        Response response = caseworker.post("/api/v1/decisions", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("detail").asText()).as(field).contains(detailPart);
        assertThat(problem.get("errors").findValuesAsString("field")).as(detailPart).contains(field);
        assertThat(ProviderTestData.Rows.count(jdbc)).as("nothing stored for " + field).isEqualTo(before);
        assertThat(recorded.events).hasSize(events);
    }

    @Test
    void aProviderNotApprovedForTheAreaIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        refused(a, decision(a.citizenId(), hygiene(choice(kystens, "FREE_CHOICE", null))),
                "grants[0].provider.providerId", "Kystens Hjemmeservice ApS er ikke godkendt til at levere Personlig");
    }

    @Test
    void aProviderNotApprovedInTheCitizensDistrictIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "tune");
        refused(a, decision(a.citizenId(), hygiene(choice(solsikken, "FREE_CHOICE", null))),
                "grants[0].provider.providerId", "Solsikken Hjemmepleje ApS er ikke godkendt i distriktet Tune");
    }

    @Test
    void aProviderWhoseApprovalInTheDistrictEndedBeforeTheStartIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "karlslunde");
        refused(a, decision(a.citizenId(), hygiene(choice(solsikken, "FREE_CHOICE", null))),
                "grants[0].provider.providerId", "ikke godkendt i distriktet Karlslunde den");
        refused(a, decision(a.citizenId(), hygiene(choice(solsikken, "FREE_CHOICE", null))),
                "grants[0].provider.providerId", "(godkendt 01.01.2022–31.12.2024)");
    }

    @Test
    void aSelectionByTheMunicipalityNeedsAReason() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        refused(a, decision(a.citizenId(), hygiene(choice(municipal, "SELECTED_BY_MUNICIPALITY", "  "))),
                "grants[0].provider.reason", "Angiv begrundelsen for valget");
    }

    @Test
    void aVoucherWhereTwoProvidersAreApprovedIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        refused(a, decision(a.citizenId(), hygiene(choice(null, "FREE_CHOICE_VOUCHER", null))),
                "grants[0].provider.kind", "fritvalgsbevis gives kun");
    }

    @Test
    void aGrantInAnAreaWithoutFreeChoiceCannotBeSavedAsTheCitizensFreeChoice() {
        // Greve's rehabilitation area (§ 83 a) has freeChoice: false: the municipality selects the provider
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        refused(a, decision(a.citizenId(), bathCourse(choice(municipal, "FREE_CHOICE", null))),
                "grants[0].provider.kind", "Bevilling 1: Rehabilitering – Personlig hjælp og pleje er ikke omfattet af frit valg af leverandør");
    }

    @Test
    void theLetterOfHelpWithoutFreeChoiceDoesNotExplainFreeChoiceOrSwitching() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        Response saved = caseworker.post("/api/v1/decisions", decision(a.citizenId(),
                bathCourse(choice(municipal, "SELECTED_BY_MUNICIPALITY", "Kommunen leverer rehabiliteringsforløb"))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String text = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + saved.json().get("id").asLong()
                + "/letter").body());
        assertThat(text).contains("Hjælpen leveres af Greve Kommune Hjemmeplejen.", "Kommunen har valgt leverandøren.");
        assertThat(text).doesNotContain("skifte leverandør", "Skiftet sker", "frit valg");
    }

    @Test
    void aCitizenWithoutADistrictCannotGetAProvider() {
        Applicant a = ProviderTestData.applicant(caseworker, null);
        refused(a, decision(a.citizenId(), hygiene(choice(municipal, "FREE_CHOICE", null))),
                "grants[0].provider", "borgeren har intet distrikt");
    }

    @Test
    void differentProvidersForParagraph83And83aAreRefusedWhereTheMunicipalityForbidsIt() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        String body = decision(a.citizenId(),
                bathCourse(choice(municipal, "SELECTED_BY_MUNICIPALITY", "Kommunen leverer rehabiliteringsforløb")),
                hygiene(choice(solsikken, "FREE_CHOICE", null)));
        // seed 004: Brønderslev's rule, switched on for Greve for the length of this test
        jdbc.sql("update provider_settings set different_providers_per_area = false where municipality_id = 253").update();
        try {
            refused(a, body, "grants[1].provider.providerId",
                    "Daglig hygiejne kan ikke leveres af Solsikken Hjemmepleje ApS: kommunen giver ikke mulighed for forskellige leverandører til § 83 og § 83 a");
        } finally {
            jdbc.sql("update provider_settings set different_providers_per_area = true where municipality_id = 253").update();
        }
        // Greve allows it
        assertThat(caseworker.post("/api/v1/decisions", body).status()).isEqualTo(201);
    }

    @Test
    void theChoiceIsStoredNamedInTheLetterAndAnnouncedPerGrant() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        String reason = "Særligt enkeltmandsprojekt: kommunen udvælger leverandøren (rette kompetencer hele døgnet).";
        int events = recorded.events.size();
        Response saved = caseworker.post("/api/v1/decisions", DecisionTestData.json(DecisionTestData.map(
                "citizenId", a.citizenId(), "inquiryId", a.inquiryId(), "grants", List.of(
                        hygiene(choice(solsikken, "FREE_CHOICE", null)),
                        bathCourse(choice(municipal, "SELECTED_BY_MUNICIPALITY", reason))))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode grants = saved.json().get("grants");
        assertThat(grants.get(0).get("provider").get("providerId").asLong()).isEqualTo(solsikken);
        assertThat(grants.get(0).get("provider").get("kind").asText()).isEqualTo("FREE_CHOICE");
        assertThat(grants.get(1).get("provider").get("reason").asText()).isEqualTo(reason);
        long decisionId = saved.json().get("id").asLong();
        assertThat(jdbc.sql("select count(*) from decision_grant where decision_id = ? and provider_id is not null")
                .param(decisionId).query(Long.class).single()).isEqualTo(2);

        String text = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + decisionId + "/letter").body());
        assertThat(text).contains("Hvem leverer hjælpen", "Hjælpen leveres af Solsikken Hjemmepleje ApS.",
                "Du har selv valgt leverandøren", "Hjælpen leveres af Greve Kommune Hjemmeplejen.",
                "Kommunen har valgt leverandøren. Begrundelse: " + reason,
                "Skiftet sker med en måneds varsel til den 1. i en måned.");
        assertThat(text).doesNotContain("Du får særskilt besked om, hvem der leverer hjælpen");

        List<ProviderAssigned> assigned = recorded.events.subList(events, recorded.events.size()).stream()
                .map(ProviderAssigned.class::cast).toList();
        assertThat(assigned).hasSize(2);
        assertThat(assigned).extracting(ProviderAssigned::providerId).containsExactly(solsikken, municipal);
        assertThat(assigned).extracting(ProviderAssigned::kind)
                .containsExactly(ProviderChoiceKind.FREE_CHOICE, ProviderChoiceKind.SELECTED_BY_MUNICIPALITY);
        assertThat(assigned.get(0).decisionId()).isEqualTo(decisionId);
        assertThat(assigned.get(0).grantKey()).isEqualTo(UUID.fromString(grants.get(0).get("grantKey").asText()));
        assertThat(assigned.get(0).from()).isEqualTo(today());
    }

    @Test
    void whereOnlyOneProviderIsApprovedTheCitizenGetsAVoucherAndTheLetterSaysSo() {
        Applicant a = ProviderTestData.applicant(caseworker, "tune");
        JsonNode options = caseworker.get("/api/v1/providers/options?citizenId=" + a.citizenId()
                + "&interventionCode=daglig-hygiejne&start=" + today()).json();
        assertThat(options.get("providers").findValuesAsString("name")).containsExactly("Greve Kommune Hjemmeplejen");
        assertThat(options.get("voucherOffered").asBoolean()).isTrue();
        assertThat(options.get("kinds").toString()).contains("FREE_CHOICE_VOUCHER");

        int events = recorded.events.size();
        Response saved = caseworker.post("/api/v1/decisions", decision(a.citizenId(),
                hygiene(choice(null, "FREE_CHOICE_VOUCHER", null))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String text = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + saved.json().get("id").asLong()
                + "/letter").body());
        assertThat(text).contains("Du har fået et fritvalgsbevis", "Leverandøren skal godkendes af kommunen");
        assertThat(recorded.events).as("no provider yet").hasSize(events);
        UUID key = UUID.fromString(saved.json().get("grants").get(0).get("grantKey").asText());
        assertThat(providers.deliveringGrant(key, today())).isEmpty();

        // the citizen found a private provider with the voucher: recorded at once, announced as assigned
        Response municipalRefused = caseworker.post("/api/v1/citizens/" + a.citizenId() + "/provider-switches",
                DecisionTestData.json(Map.of("grantKeys", List.of(key.toString()), "newProviderId", municipal)));
        assertThat(municipalRefused.status()).isEqualTo(400);
        Response found = caseworker.post("/api/v1/citizens/" + a.citizenId() + "/provider-switches",
                DecisionTestData.json(Map.of("grantKeys", List.of(key.toString()), "newProviderId", kystens)));
        assertThat(found.status()).as(found.body()).isEqualTo(201);
        assertThat(found.json().get(0).get("cause").asText()).isEqualTo("VOUCHER_PROVIDER_FOUND");
        assertThat(providers.deliveringGrant(key, today()).map(Provider::id)).contains(kystens);
        assertThat(recorded.events).hasSize(events + 1);
        assertThat(((ProviderAssigned) recorded.events.get(events)).kind()).isEqualTo(ProviderChoiceKind.FREE_CHOICE_VOUCHER);
    }

    @Test
    void theOptionsFollowTheDistrictAndTheAreasDeliveredBy() {
        Applicant hundige = ProviderTestData.applicant(caseworker, "hundige");
        JsonNode care = caseworker.get("/api/v1/providers/options?citizenId=" + hundige.citizenId()
                + "&interventionCode=daglig-hygiejne&start=" + today()).json();
        assertThat(care.get("providers").findValuesAsString("name"))
                .containsExactly("Greve Kommune Hjemmeplejen", "Solsikken Hjemmepleje ApS");
        assertThat(care.get("freeChoice").asBoolean()).isTrue();
        assertThat(care.get("voucherOffered").asBoolean()).isFalse();
        // meals: only private providers deliver (deliveredBy: APPROVED_PRIVATE, FREE_CHOICE_VOUCHER)
        JsonNode meals = caseworker.get("/api/v1/providers/options?citizenId=" + hundige.citizenId()
                + "&interventionCode=" + mealCode() + "&start=" + today()).json();
        assertThat(meals.get("providers").findValuesAsString("name")).containsExactly("Kystens Hjemmeservice ApS");
        assertThat(meals.get("voucherOffered").asBoolean()).isTrue();
        Response unknown = caseworker.get("/api/v1/providers/options?citizenId=" + hundige.citizenId()
                + "&interventionCode=snerydning&start=" + today());
        assertThat(unknown.status()).isEqualTo(400);
    }

    private static String mealCode() {
        return "madudbringning";
    }

    @Test
    void aProviderUserIsRefusedEveryProviderEndpoint() {
        ApiClient provider = ApiClient.as(port, "leverandor-a");
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        assertThat(provider.get("/api/v1/providers").status()).isEqualTo(403);
        assertThat(provider.get("/api/v1/providers/" + solsikken).status()).isEqualTo(403);
        assertThat(provider.get("/api/v1/providers/options?citizenId=" + a.citizenId()
                + "&interventionCode=daglig-hygiejne&start=" + today()).status()).isEqualTo(403);
        assertThat(provider.get("/api/v1/citizens/" + a.citizenId() + "/providers").status()).isEqualTo(403);
        assertThat(provider.post("/api/v1/citizens/" + a.citizenId() + "/provider-switches",
                DecisionTestData.json(Map.of("grantKeys", List.of(), "newProviderId", solsikken))).status()).isEqualTo(403);
        assertThat(provider.get("/api/v1/districts").status()).isEqualTo(403);
        assertThat(provider.post("/api/v1/citizens/" + a.citizenId() + "/district-transfers",
                DecisionTestData.json(Map.of("district", "tune"))).status()).isEqualTo(403);
    }

    @Test
    void theProvidersAreListedWithTheirApprovals() {
        JsonNode all = caseworker.get("/api/v1/providers").json();
        assertThat(all.findValuesAsString("name")).contains("Greve Kommune Hjemmeplejen", "Solsikken Hjemmepleje ApS",
                "Kystens Hjemmeservice ApS");
        JsonNode one = caseworker.get("/api/v1/providers/" + kystens).json();
        assertThat(one.get("cvr").asText()).isEqualTo("40826130");
        assertThat(one.get("kind").asText()).isEqualTo("PRIVATE");
        assertThat(one.get("districts").findValuesAsString("code")).containsExactly("hundige", "karlslunde");
        // another municipality's provider is not found
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        assertThat(esbjerg.get("/api/v1/providers/" + kystens).status()).isEqualTo(404);
        assertThat(esbjerg.get("/api/v1/providers").json().findValuesAsString("name"))
                .containsExactly("Esbjerg Kommune Hjemmeplejen", "Vestkystens Omsorg ApS");
    }
}
