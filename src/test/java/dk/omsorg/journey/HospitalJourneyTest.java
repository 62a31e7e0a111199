package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hospital notifications end to end in a real headless Chromium: the hospital's system posts an admission and a
 * discharge (the documented sample message, then a discharge built from it with HAPI); the provider sees the pause
 * and the resume on the citizen's page; the caseworker finds the discharge task in Mine opgaver, sees the stay on
 * the page Sygehusadviser and marks the task done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HospitalJourneyTest extends Journey {

    static final ca.uhn.fhir.context.FhirContext FHIR = ca.uhn.fhir.context.FhirContext.forR4Cached();

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdmissionAndADischargePauseAndResumeTheHelpAndGiveTheCaseworkerTheDischargeTask() throws Exception {
        LocalDate today = DecisionTestData.today();
        var granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today, today.minusDays(10));
        jdbc.sql("update citizen set contact_caseworker = 'visitator' where id = ?").param(granted.citizenId()).update();
        String cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(granted.citizenId()).query(String.class).single();
        String name = jdbc.sql("select name from citizen where id = ?").param(granted.citizenId()).query(String.class).single();

        // the sample in docs/, for this citizen, admitted two days ago
        Bundle admit = (Bundle) FHIR.newJsonParser().parseResource(
                Files.readString(Path.of("docs/samples/hospital-notification-admit.json")).replace("2701310562", cpr));
        admit.setId(UUID.randomUUID().toString());
        var encounter = (org.hl7.fhir.r4.model.Encounter) admit.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.Encounter.class::isInstance).findFirst().orElseThrow();
        encounter.getPeriod().setStart(java.sql.Timestamp.valueOf(today.minusDays(2).atTime(11, 0)));
        encounter.getEpisodeOfCareFirstRep().getIdentifier().setValue(UUID.randomUUID().toString());
        post(FHIR.newJsonParser().encodeResourceToString(admit));

        try (BrowserContext context = browser.newContext(); Page provider = context.newPage()) {
            logIn(provider, "leverandor-a");
            provider.navigate(url("/provider/citizens/" + granted.citizenId()));
            assertThat(provider.locator("body")).containsText("Hjælpen holder pause");
        }

        // the discharge: the same stay, finished today, its Provenance a discharge naming the admission
        Bundle discharge = admit.copy();
        discharge.setId(UUID.randomUUID().toString());
        var header = (org.hl7.fhir.r4.model.MessageHeader) discharge.getEntryFirstRep().getResource();
        String admitHeader = header.getIdElement().getIdPart();
        String newHeader = UUID.randomUUID().toString();
        header.setId(newHeader);
        discharge.getEntryFirstRep().setFullUrl("https://medcomfhir.dk/ig/hospitalnotification/MessageHeader/" + newHeader);
        var finished = (org.hl7.fhir.r4.model.Encounter) discharge.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.Encounter.class::isInstance).findFirst().orElseThrow();
        finished.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
        finished.getPeriod().setEnd(java.sql.Timestamp.valueOf(today.atTime(9, 30)));
        var provenance = (org.hl7.fhir.r4.model.Provenance) discharge.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.Provenance.class::isInstance).findFirst().orElseThrow();
        provenance.getTargetFirstRep().setReference("https://medcomfhir.dk/ig/hospitalnotification/MessageHeader/" + newHeader);
        provenance.getActivity().getCodingFirstRep().setCode("discharge-inpatient-home");
        provenance.addEntity().setRole(org.hl7.fhir.r4.model.Provenance.ProvenanceEntityRole.REVISION)
                .setWhat(new org.hl7.fhir.r4.model.Reference("MessageHeader/" + admitHeader));
        post(FHIR.newJsonParser().encodeResourceToString(discharge));

        try (BrowserContext context = browser.newContext(); Page provider = context.newPage()) {
            logIn(provider, "leverandor-a");
            provider.navigate(url("/provider/citizens/" + granted.citizenId()));
            assertThat(provider.locator("body")).containsText("Hjælpen genoptages");
            provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-hospital-provider.png")).setFullPage(true));
        }

        org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                "select count(*) from task where citizen_id = ? and kind = 'HOSPITAL_DISCHARGE' and status = 'OPEN'")
                .param(granted.citizenId()).query(Integer.class).single() == 1);
        try (BrowserContext context = browser.newContext(); Page caseworker = context.newPage()) {
            logIn(caseworker, "visitator");
            caseworker.navigate(url("/tasks?kind=HOSPITAL_DISCHARGE"));
            var row = caseworker.locator("tr", new Page.LocatorOptions().setHasText(name));
            assertThat(row).containsText("Udskrevet fra sygehus: vurdér borgerens behov for hjælp");
            caseworker.navigate(url("/hospital-messages"));
            assertThat(caseworker.locator("#hospital-messages")).containsText("Slut sygehusophold – udskrevet til hjemmet");
            assertThat(caseworker.locator("#hospital-messages")).containsText(name);
            caseworker.navigate(url("/tasks?kind=HOSPITAL_DISCHARGE"));
            caseworker.locator("tr", new Page.LocatorOptions().setHasText(name))
                    .getByText("Markér som udført").click();
            assertThat(caseworker.locator("tr", new Page.LocatorOptions().setHasText(name))).hasCount(0);
        }
        // the absence: from the admission day to the day before the discharge
        assertThat(jdbc.sql("select from_on || '..' || to_on from absence where citizen_id = ? and kind = 'HOSPITAL' and not cancelled")
                .param(granted.citizenId()).query(String.class).list())
                .containsExactly(today.minusDays(2) + ".." + today.minusDays(1));
    }

    private void post(String json) {
        var response = ApiClient.as(port, "sygehus-greve").post("/api/v1/fhir/hospital-notifications", "application/fhir+json",
                json.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
