package dk.omsorg.provider;

import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.provider.ProviderTestData.choice;
import static dk.omsorg.provider.ProviderTestData.decision;
import static dk.omsorg.provider.ProviderTestData.hygiene;
import static dk.omsorg.provider.ProviderTestData.provider;
import static dk.omsorg.provider.ProviderTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/** The provider parts of the caseworker's screens over real HTTP: the compose form, the citizen page, a transfer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    WebSession caseworker;
    long municipal;
    long solsikken;

    @BeforeEach
    void setUp() {
        api = ApiClient.as(port, "visitator");
        caseworker = WebSession.logIn(port, "visitator");
        municipal = provider(jdbc, "greve-hjemmeplejen");
        solsikken = provider(jdbc, "solsikken-hjemmepleje");
    }

    private String options(Applicant a, String interventionCode) {
        return caseworker.htmx("/citizens/" + a.citizenId() + "/decisions/provider-options?row=0"
                + "&grants%5B0%5D.interventionCode=" + interventionCode + "&grants%5B0%5D.start=" + today()).body();
    }

    @Test
    void theComposeFormOffersTheProvidersApprovedInTheCitizensDistrictForTheChosenIntervention() {
        Applicant hundige = ProviderTestData.applicant(api, "hundige");
        Page form = caseworker.get("/citizens/" + hundige.citizenId() + "/decisions/new");
        assertThat(form.tag("grant-0-provider")).contains("hx-get=\"/citizens/" + hundige.citizenId()
                + "/decisions/provider-options?row=0\"", "change from:#grant-0-intervention, change from:#grant-0-start");

        String care = options(hundige, "daglig-hygiejne");
        assertThat(care).contains("Greve Kommune Hjemmeplejen", "Solsikken Hjemmepleje ApS", "Borgerens frie valg")
                .doesNotContain("Kystens Hjemmeservice ApS", "value=\"voucher\"");
        Applicant tune = ProviderTestData.applicant(api, "tune");
        assertThat(options(tune, "daglig-hygiejne")).contains("Greve Kommune Hjemmeplejen", "value=\"voucher\"")
                .doesNotContain("Solsikken Hjemmepleje ApS");
        // § 83 a: no free choice, the municipality selects
        assertThat(options(hundige, "rh-bad")).contains("Valgt af kommunen").doesNotContain("Borgerens frie valg");
        Applicant nowhere = ProviderTestData.applicant(api, null);
        assertThat(options(nowhere, "daglig-hygiejne")).contains("Borgeren har intet distrikt");
    }

    private List<Map.Entry<String, String>> hygieneRow(String provider, String kind, String reason) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("appliedFor", "Personlig pleje"));
        fields.add(Map.entry("grants[0].interventionCode", "daglig-hygiejne"));
        fields.add(Map.entry("grants[0].times", "1"));
        fields.add(Map.entry("grants[0].per", "DAY"));
        fields.add(Map.entry("grants[0].shifts", "EVENING"));
        fields.add(Map.entry("grants[0].minutes", "20"));
        fields.add(Map.entry("grants[0].start", today().toString()));
        fields.add(Map.entry("grants[0].overrideReason", ProviderTestData.OVERRIDE));
        fields.add(Map.entry("grants[0].provider", provider));
        fields.add(Map.entry("grants[0].providerKind", kind));
        fields.add(Map.entry("grants[0].selectionReason", reason));
        return fields;
    }

    @Test
    void aSelectionWithoutReasonIsShownBesideTheRowAndNothingIsStored() {
        Applicant a = ProviderTestData.applicant(api, "hundige");
        caseworker.get("/citizens/" + a.citizenId() + "/decisions/new");
        ProviderTestData.Rows before = ProviderTestData.Rows.count(jdbc);
        Page page = caseworker.post("/citizens/" + a.citizenId() + "/decisions",
                hygieneRow(String.valueOf(municipal), "SELECTED_BY_MUNICIPALITY", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Angiv begrundelsen for valget");
        assertThat(page.tag("grant-0-provider-id")).contains("grants[0].provider");
        assertThat(ProviderTestData.Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aDecisionMadeOnTheFormNamesTheProviderOnTheDecisionPage() {
        Applicant a = ProviderTestData.applicant(api, "hundige");
        caseworker.get("/citizens/" + a.citizenId() + "/decisions/new");
        Page saved = caseworker.post("/citizens/" + a.citizenId() + "/decisions",
                hygieneRow(String.valueOf(solsikken), "FREE_CHOICE", ""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Page decision = caseworker.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(decision.body()).contains("Solsikken Hjemmepleje ApS", "Borgerens frie valg");
    }

    @Test
    void theCitizenPageShowsWhoDeliversAndSwitchesProviderWithTheMunicipalitysNotice() {
        Applicant a = ProviderTestData.applicant(api, "hundige");
        var saved = api.post("/api/v1/decisions", decision(a.citizenId(), hygiene(choice(solsikken, "FREE_CHOICE", null))));
        UUID key = UUID.fromString(saved.json().get("grants").get(0).get("grantKey").asText());
        Page citizen = caseworker.get("/citizens/" + a.citizenId());
        assertThat(citizen.body()).contains("hx-get=\"/citizens/" + a.citizenId() + "/providers\"");
        assertThat(citizen.tag("citizen-district")).isNotNull();
        assertThat(citizen.body()).contains("Hundige");

        Page section = caseworker.htmx("/citizens/" + a.citizenId() + "/providers");
        assertThat(section.body()).contains("id=\"providers\"", "Solsikken Hjemmepleje ApS", "id=\"coordinating-provider\"",
                "med en måneds varsel til den 1. i en måned").doesNotContain("<html");

        Page same = caseworker.post("/citizens/" + a.citizenId() + "/provider-switches", List.of(
                Map.entry("grantKeys", key.toString()), Map.entry("newProviderId", String.valueOf(solsikken))));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.body()).contains("leveres allerede af Solsikken Hjemmepleje ApS");

        Page done = caseworker.post("/citizens/" + a.citizenId() + "/provider-switches", List.of(
                Map.entry("grantKeys", key.toString()), Map.entry("newProviderId", String.valueOf(municipal)),
                Map.entry("note", "Ønsker kommunens hjemmepleje")));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        LocalDate effective = SwitchRuleTest.GREVE.earliestEffective(today());
        assertThat(caseworker.htmx("/citizens/" + a.citizenId() + "/providers").body())
                .contains("Greve Kommune Hjemmeplejen fra " + effective.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                        "borgerens ønske");
    }

    @Test
    void aTransferAsksForANewProviderWhereTheOldOneIsNotApprovedAndMovesTheCitizen() {
        Applicant a = ProviderTestData.applicant(api, "hundige");
        var saved = api.post("/api/v1/decisions", decision(a.citizenId(), hygiene(choice(solsikken, "FREE_CHOICE", null))));
        UUID key = UUID.fromString(saved.json().get("grants").get(0).get("grantKey").asText());
        Page form = caseworker.get("/citizens/" + a.citizenId() + "/district?district=tune");
        assertThat(form.body()).contains("Solsikken Hjemmepleje ApS er ikke godkendt i det nye distrikt",
                "name=\"newProviders[" + key + "]\"");

        Page missing = caseworker.post("/citizens/" + a.citizenId() + "/district", List.of(Map.entry("district", "tune")));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("Vælg en ny leverandør");

        Page moved = caseworker.post("/citizens/" + a.citizenId() + "/district", List.of(Map.entry("district", "tune"),
                Map.entry("newProviders[" + key + "]", String.valueOf(municipal))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        assertThat(caseworker.get("/citizens/" + a.citizenId()).body()).contains("flyttet til distriktet Tune");
    }

    @Test
    void aProviderUserCannotOpenTheCaseworkersProviderScreens() {
        Applicant a = ProviderTestData.applicant(api, "hundige");
        WebSession provider = WebSession.logIn(port, "leverandor-a");
        assertThat(provider.htmx("/citizens/" + a.citizenId() + "/providers").status()).isEqualTo(403);
        assertThat(provider.get("/citizens/" + a.citizenId() + "/district").status()).isEqualTo(403);
    }
}
