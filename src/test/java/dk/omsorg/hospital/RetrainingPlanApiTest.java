package dk.omsorg.hospital;

import ca.uhn.fhir.context.FhirContext;
import dk.omsorg.hospital.internal.RetrainingPlanReader;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Genoptræningsplaner (seed 002 "Genoptræning efter sygehusindlæggelse") over real HTTP: a plan received is archived
 * on the citizen with a task for the visitation; the same plan again changes nothing; what cannot be used is refused
 * with nothing stored; forwarded as an order, the provider sees and downloads it, and no other provider does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetrainingPlanApiTest {

    static final String PATH = "/api/v1/fhir/retraining-plans";
    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final byte[] PDF = "%PDF-1.4 genoptræningsplan".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String cpr;
    long citizenId;

    @BeforeEach
    void citizen() {
        cpr = TestCitizens.newCpr();
        citizenId = HospitalTestCitizens.insert(jdbc, 253, cpr, "Grethe Træning", "FEMALE", LocalDate.of(1941, 2, 3));
    }

    /** A plan shaped as docs/hospital.md says, built with HAPI; {@code change} alters it for the bad cases. */
    static String plan(String identifier, String cpr, Consumer<DocumentReference> change) {
        DocumentReference doc = new DocumentReference();
        doc.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        doc.setMasterIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + identifier));
        doc.setType(new CodeableConcept(new Coding(RetrainingPlanReader.TYPE_SYSTEM, RetrainingPlanReader.TYPE, "Genoptræningsplan")));
        doc.setSubject(new Reference().setIdentifier(new Identifier().setSystem("urn:oid:1.2.208.176.1.2").setValue(cpr.replace("-", ""))));
        doc.setDate(new Date());
        doc.addAuthor(new Reference().setIdentifier(new Identifier().setSystem("urn:oid:1.2.208.176.1.1").setValue("1234567"))
                .setDisplay("Ortopædkirurgisk afdeling, Sjællands Universitetshospital"));
        doc.getContext().addEvent(new CodeableConcept(new Coding(RetrainingKind.SYSTEM, "almen", "Almen genoptræning")));
        doc.addContent().getAttachment().setContentType("application/pdf").setData(PDF).setTitle("Genoptræningsplan efter hoftebrud");
        change.accept(doc);
        return FHIR.newJsonParser().encodeResourceToString(doc);
    }

    ApiClient.Response post(String body) {
        return ApiClient.as(port, "sygehus-greve").post(PATH, "application/fhir+json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPlanReceivedIsArchivedOnTheCitizenWithATaskAndAResendChangesNothing() {
        String id = UUID.randomUUID().toString();
        String body = plan(id, cpr, d -> { });
        ApiClient.Response first = post(body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        OperationOutcome outcome = (OperationOutcome) FHIR.newJsonParser().parseResource(first.body());
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
        assertThat(post(body).status()).isEqualTo(200);
        assertThat(plans()).isEqualTo(1);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select title from task where citizen_id = ? and kind = 'RETRAINING_PLAN' and status = 'OPEN'")
                .param(citizenId).query(String.class).list()).containsExactly("Genoptræningsplan modtaget: bestil genoptræning"));

        // the caseworker reads it on the citizen's plans and downloads it; both audited
        WebSession visitator = WebSession.logIn(port, "visitator");
        String page = visitator.get("/citizens/" + citizenId + "/retraining-plans").body();
        assertThat(page).contains("Genoptræningsplan fra Ortopædkirurgisk afdeling, Sjællands Universitetshospital, modtaget",
                "Almen genoptræning", "Ikke bestilt endnu").doesNotContain("GENERAL");
        long planId = planId();
        WebSession.File file = visitator.file("/citizens/" + citizenId + "/retraining-plans/" + planId + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'retraining-plan' and action = 'READ'")
                .param(citizenId).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void whatCannotBeUsedIsRefusedWithAnOperationOutcomeAndNothingStored() {
        List<String> unreadable = List.of("{not json", "{\"resourceType\":\"Patient\"}",
                plan(UUID.randomUUID().toString(), cpr, d -> d.setMasterIdentifier(null)),
                plan(UUID.randomUUID().toString(), cpr, d -> d.getType().getCodingFirstRep().setCode("epikrise")),
                plan(UUID.randomUUID().toString(), cpr, d -> d.getContext().getEventFirstRep().getCodingFirstRep().setCode("ukendt")),
                plan(UUID.randomUUID().toString(), cpr, d -> d.getContentFirstRep().getAttachment().setContentType("image/png")),
                plan(UUID.randomUUID().toString(), cpr, d -> d.getAuthor().clear()),
                plan(UUID.randomUUID().toString(), cpr, d -> d.getSubject().getIdentifier().setSystem("urn:other")));
        for (String body : unreadable) {
            ApiClient.Response response = post(body);
            assertThat(response.status()).as(body).isEqualTo(400);
            OperationOutcome outcome = (OperationOutcome) FHIR.newJsonParser().parseResource(response.body());
            assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        }
        // no citizen of Greve's has the number; a citizen of Esbjerg's is none of Greve's either
        String other = TestCitizens.newCpr();
        assertThat(post(plan(UUID.randomUUID().toString(), other, d -> { })).status()).isEqualTo(422);
        long esbjerg = HospitalTestCitizens.insert(jdbc, 561, other, "Esbjerg Borger", "MALE", LocalDate.of(1940, 1, 1));
        ApiClient.Response refused = post(plan(UUID.randomUUID().toString(), other, d -> { }));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(((OperationOutcome) FHIR.newJsonParser().parseResource(refused.body())).getIssueFirstRep().getDiagnostics())
                .contains("cpr-nummer");
        assertThat(plans()).isZero();
        assertThat(jdbc.sql("select count(*) from retraining_plan where citizen_id = ?").param(esbjerg).query(Integer.class).single()).isZero();
        // only the hospital's client posts
        assertThat(ApiClient.as(port, "visitator").post(PATH, "application/fhir+json",
                plan(UUID.randomUUID().toString(), cpr, d -> { }).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(plans()).isZero();
    }

    @Test
    void forwardedAsAnOrderTheProviderSeesAndDownloadsItAndNoOtherProviderDoes() {
        assertThat(post(plan(UUID.randomUUID().toString(), cpr, d -> { })).status()).isEqualTo(201);
        long planId = planId();
        long solsikken = providerOf("leverandor-a");
        WebSession visitator = WebSession.logIn(port, "visitator");
        visitator.get("/citizens/" + citizenId + "/retraining-plans");
        // a provider not of the municipality's list is refused
        WebSession.Page bad = visitator.post("/citizens/" + citizenId + "/retraining-plans/" + planId + "/forward",
                List.of(Map.entry("providerId", "999999")));
        assertThat(bad.status()).isNotIn(200, 302);
        assertThat(jdbc.sql("select provider_id from retraining_plan where id = ?").param(planId).query(Long.class).optional()).isEmpty();

        visitator.get("/citizens/" + citizenId + "/retraining-plans");
        WebSession.Page forwarded = visitator.post("/citizens/" + citizenId + "/retraining-plans/" + planId + "/forward",
                List.of(Map.entry("providerId", Long.toString(solsikken))));
        assertThat(forwarded.status()).isEqualTo(302);
        assertThat(jdbc.sql("select provider_id from retraining_plan where id = ?").param(planId).query(Long.class).single())
                .isEqualTo(solsikken);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select status from task where citizen_id = ? and kind = 'RETRAINING_PLAN'")
                .param(citizenId).query(String.class).list()).doesNotContain("OPEN"));

        WebSession provider = WebSession.logIn(port, "leverandor-a");
        assertThat(provider.get("/provider/retraining-plans").body())
                .contains("Grethe Træning", "Almen genoptræning", "Genoptræningsplan fra Ortopædkirurgisk afdeling");
        WebSession.File file = provider.file("/provider/retraining-plans/" + planId + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);

        WebSession another = WebSession.logIn(port, "leverandor-b");
        assertThat(another.get("/provider/retraining-plans").body()).doesNotContain("Grethe Træning");
        assertThat(another.file("/provider/retraining-plans/" + planId + "/file").status()).isIn(403, 404);
        // the provider reaches no municipal page of the plan
        assertThat(provider.file("/citizens/" + citizenId + "/retraining-plans/" + planId + "/file").status()).isEqualTo(403);
    }

    @Test
    void theCitizensOverviewHasTheSectionAndTheOrderDefaultsToTheProviderServingTheCitizen() {
        LocalDate today = dk.omsorg.decision.DecisionTestData.today();
        var granted = dk.omsorg.notice.NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        String grantedCpr = jdbc.sql("select cpr_number from citizen where id = ?").param(granted.citizenId()).query(String.class).single();
        assertThat(post(plan(UUID.randomUUID().toString(), grantedCpr, d -> { })).status()).isEqualTo(201);

        WebSession visitator = WebSession.logIn(port, "visitator");
        assertThat(visitator.get("/citizens/" + granted.citizenId()).body()).contains("tab-retraining-plans", "Genoptræningsplaner");
        String panel = visitator.htmx("/citizens/" + granted.citizenId() + "/retraining-plans").body();
        assertThat(panel).contains("id=\"retraining-plans\"", "Genoptræningsplan fra Ortopædkirurgisk afdeling")
                .doesNotContain("<html");
        assertThat(panel).contains("value=\"" + providerOf("leverandor-a") + "\" selected=\"selected\"");
    }

    @Test
    void theSampleInTheDocumentationIsAcceptedForItsCitizen() throws Exception {
        // docs/samples/retraining-plan.json is for the demo citizen Inger Madsen (Greve); here its CPR number is this
        // test's citizen's and its identifier a new one, so the test stands alone
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("docs/samples/retraining-plan.json"));
        assertThat(sample).contains("\"value\": \"2701310562\"");
        DocumentReference doc = (DocumentReference) FHIR.newJsonParser().parseResource(sample
                .replace("\"value\": \"2701310562\"", "\"value\": \"" + cpr.replace("-", "") + "\""));
        doc.getMasterIdentifier().setValue("urn:uuid:" + UUID.randomUUID());
        assertThat(post(FHIR.newJsonParser().encodeResourceToString(doc)).status()).isEqualTo(201);
        WebSession.File file = WebSession.logIn(port, "visitator")
                .file("/citizens/" + citizenId + "/retraining-plans/" + planId() + "/file");
        assertThat(file.contentType()).startsWith("text/plain");
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("almen genoptræning");
    }

    private int plans() {
        return jdbc.sql("select count(*) from retraining_plan where citizen_id = ?").param(citizenId).query(Integer.class).single();
    }

    private long planId() {
        return jdbc.sql("select id from retraining_plan where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    private long providerOf(String username) {
        return jdbc.sql("select provider_id from app_user where username = ?").param(username).query(Long.class).single();
    }
}
