package dk.omsorg.klgateway;

import ca.uhn.fhir.context.FhirContext;
import dk.omsorg.support.ApiClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dk.omsorg.klgateway.KlGatewayFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo-like citizen's delivery report, over real HTTP, parsed back with HAPI and held to the required elements of
 * KL Gateway's profiles (hl7dk/kl-gateway, {@code input/fsh/<file>.fsh}, line numbers as at the checked-out commit
 * 5873a09) and to KL's FSIII code system.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryReportProfilesTest {

    static final String FSIII = "urn:oid:1.2.208.176.2.21";
    static final String LOCAL = "http://fhir.kl.dk/gateway/CodeSystem/LocallyDefinedInterventions";
    static final String KL_COMMON = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FhirContext fhir;

    KlGatewayFixture citizen;
    Bundle report;

    @BeforeEach
    void setUp() {
        citizen = new KlGatewayFixture(ApiClient.as(port, "visitator"), jdbc);
        ApiClient.Response response = ApiClient.as(port, "okonomi")
                .get("/api/v1/kl-gateway/delivery-report/citizens/" + citizen.citizenId + "?" + citizen.period());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        report = fhir.newJsonParser().parseResource(Bundle.class, response.body());
    }

    @Test
    void theBundleIsACollectionWithATimestampAndAResourceInEveryEntry() {
        // deliveryReport.fsh 6-11: identifier ..0, type = #collection, timestamp 1..1, total ..0, link ..0,
        // entry.resource 1..1
        assertThat(report.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(report.hasTimestamp()).isTrue();
        assertThat(report.hasIdentifier() || report.hasTotal() || report.hasLink()).isFalse();
        assertThat(report.getEntry()).allSatisfy(e -> {
            assertThat(e.hasResource()).isTrue();
            assertThat(e.getFullUrl()).startsWith("urn:uuid:");
        });
        // deliveryReport.fsh 12-19: only the profiles' resource types
        assertThat(report.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsOnly("Patient", "Condition", "Goal", "CarePlan", "Procedure", "Observation");
    }

    @Test
    void theDemoLikeCitizenGetsTheExpectedResources() {
        assertThat(of(Patient.class)).hasSize(1);
        assertThat(of(Condition.class)).hasSize(2);      // Personlig pleje (3) and Problemer med ernæring
        assertThat(of(Goal.class)).hasSize(1);           // the expected level of Personlig pleje
        assertThat(of(CarePlan.class)).hasSize(1);       // RH Bad
        assertThat(of(Procedure.class)).hasSize(3);      // three visits delivered, the one not delivered left out
        assertThat(of(Observation.class)).hasSize(1);    // the follow-up, E1
    }

    @Test
    void theCitizenHasTheCprIdentifierAndTheRecordKeepingOrganisation() {
        Patient p = of(Patient.class).get(0);
        // citizen.fsh 6, 9 (identifier 1..1, the dk-core cpr slice) and example TestPerson 43-45
        assertThat(p.getIdentifier()).hasSize(1);
        assertThat(p.getIdentifierFirstRep().getSystem()).isEqualTo("urn:oid:1.2.208.176.1.2");
        assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo(citizen.cpr);
        // citizen.fsh 26-30: managingOrganization 1..1 by a SOR identifier only, no reference or display
        assertThat(p.getManagingOrganization().getIdentifier().getSystem()).isEqualTo("urn:oid:1.2.208.176.1.1");
        assertThat(p.getManagingOrganization().getIdentifier().getValue()).matches("\\d{1,18}");
        assertThat(p.getManagingOrganization().hasReference()).isFalse();
        // citizen.fsh 11, 14-19: deceasedBoolean; no name, telecom, gender, birth date, address
        assertThat(p.getDeceasedBooleanType().booleanValue()).isFalse();
        assertThat(p.hasName() || p.hasTelecom() || p.hasGender() || p.hasBirthDate() || p.hasAddress()).isFalse();
    }

    @Test
    void conditionsHaveStatusCategoryCodeRecordedDateAndTheBScaleSeverity() {
        String patient = url(of(Patient.class).get(0));
        for (Condition c : of(Condition.class)) {
            // condition.fsh 11 clinicalStatus.coding 1..1, 18 verificationStatus.coding 1..1,
            // 25-26 category.coding 1..1 = #problem-list-item, 34-36 code 1..1 (FSIII), 43 recordedDate 1..1
            assertThat(c.getClinicalStatus().getCoding()).singleElement().extracting(Coding::getCode).isEqualTo("active");
            assertThat(c.getVerificationStatus().getCoding()).hasSize(1);
            assertThat(c.getCategoryFirstRep().getCoding()).singleElement().extracting(Coding::getCode)
                    .isEqualTo("problem-list-item");
            assertThat(c.getCode().getCoding()).singleElement().extracting(Coding::getSystem).isEqualTo(FSIII);
            assertThat(c.getRecordedDateElement().getValueAsString()).isEqualTo(citizen.from.toString());
            assertThat(c.getSubject().getReference()).isEqualTo(patient);   // 38-39 subject, bundled
        }
        Condition care = condition(PERSONLIG_PLEJE.toString());
        // condition.fsh 32 severity.coding 1..1 and 51 (mandatory in home care): the assessment's score on the B-scale
        assertThat(care.getSeverity().getCoding()).singleElement()
                .satisfies(s -> assertThat(s.getSystem() + "#" + s.getCode()).isEqualTo(FSIII + "#" + SCALE_3));
        // condition.fsh 51: no severity on a nursing (health) condition
        assertThat(condition(ERNAERING.toString()).hasSeverity()).isFalse();
    }

    @Test
    void theGoalIsTheExpectedLevelOfTheState() {
        Goal g = of(Goal.class).get(0);
        assertThat(g.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.PLANNED);          // goal.fsh 10
        // goal.fsh 11-14 category 1..1 = $KLCommonCodes#ca552020-…, 20-21 description = $FSIII#e182c5dc-…
        assertThat(code(g.getCategoryFirstRep().getCodingFirstRep())).isEqualTo(KL_COMMON + "#ca552020-6ed1-4cdc-b0d4-32697f1f27ad");
        assertThat(code(g.getDescription().getCodingFirstRep())).isEqualTo(FSIII + "#e182c5dc-9f91-474a-92e8-f62be3d498f4");
        // goal.fsh 24-25 start[x] 1..1 only date
        assertThat(g.getStartDateType().getValueAsString()).isEqualTo(citizen.from.toString());
        // goal.fsh 26-35 target 1..1, measure = $KLCommonCodes#66959f77-…, detail from KLSeveritiesFSIII
        assertThat(g.getTarget()).hasSize(1);
        assertThat(code(g.getTargetFirstRep().getMeasure().getCodingFirstRep()))
                .isEqualTo(KL_COMMON + "#66959f77-6e2a-4574-8423-3ff097f8b9fa");
        assertThat(code(g.getTargetFirstRep().getDetailCodeableConcept().getCodingFirstRep())).isEqualTo(FSIII + "#" + SCALE_1);
        // goal.fsh 39-41 addresses 1..1 the (home care) condition, bundled
        assertThat(g.getAddresses()).singleElement().extracting(r -> r.getReference())
                .isEqualTo(url(condition(PERSONLIG_PLEJE.toString())));
    }

    @Test
    void thePlannedInterventionIsTheGrantWithLevelTwoAndLevelThreeCodes() {
        CarePlan p = of(CarePlan.class).get(0);
        assertThat(url(p)).isEqualTo("urn:uuid:" + citizen.grantKey);   // stable: the grant key
        assertThat(p.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);                       // 13 intent = #plan
        assertThat(p.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(p.getPeriod().getStartElement().getValueAsString()).isEqualTo(citizen.from.toString());   // 20-21
        assertThat(p.getActivity()).hasSize(1);                                                  // 29 activity 1..1
        // 38-47 detail.code 1..1, level2 1..1 (FSIII), level3 (local) with code and display
        List<Coding> codes = p.getActivityFirstRep().getDetail().getCode().getCoding();
        assertThat(codes).extracting(this::code).containsExactly(FSIII + "#" + H2_5, LOCAL + "#rh-bad");
        assertThat(codes.get(1).getDisplay()).isEqualTo("RH Bad");
        assertThat(p.getActivityFirstRep().getDetail().getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.INPROGRESS);
    }

    @Test
    void completedInterventionsAreTheDeliveredVisits() {
        for (Procedure p : of(Procedure.class)) {
            // completedIntervention.fsh 13-22 code 1..1 with level2 (FSIII) and level3, 27-28 performedDateTime 1..
            assertThat(p.getStatus()).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
            assertThat(p.getCode().getCoding()).extracting(this::code).containsExactly(FSIII + "#" + H2_5, LOCAL + "#rh-bad");
            assertThat(p.getPerformedDateTimeType().getValueAsString()).contains("T09:30:00");
            assertThat(p.getSubject().getReference()).isEqualTo(url(of(Patient.class).get(0)));
        }
        assertThat(of(Procedure.class)).extracting(p -> p.getPerformedDateTimeType().getValueAsString().substring(0, 10))
                .containsExactly(citizen.from.plusDays(1).toString(), citizen.from.plusDays(2).toString(),
                        citizen.from.plusDays(3).toString());
    }

    @Test
    void theFollowUpIsAnObservationOfItsResult() {
        Observation o = of(Observation.class).get(0);
        // followUpObservation.fsh 13-14 code = SNOMED 712744002, 17-18 focus 1.. (the planned intervention),
        // 20-21 effectiveDateTime 1..1, 24-25 value CodeableConcept (FSIII follow-up result), gateway-care-follow-up-1
        assertThat(code(o.getCode().getCodingFirstRep())).isEqualTo("http://snomed.info/sct#712744002");
        assertThat(o.getFocus()).singleElement().extracting(r -> r.getReference()).isEqualTo(url(of(CarePlan.class).get(0)));
        assertThat(o.getEffectiveDateTimeType().getValueAsString()).isEqualTo(citizen.from.plusDays(5).toString());
        assertThat(code(o.getValueCodeableConcept().getCodingFirstRep())).isEqualTo(FSIII + "#" + E1);
        assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
    }

    @Test
    void everyFsiiiCodeIsInKlsCodeSystem() {
        Set<String> known = FsiiiCodeSystem.codes();
        List<String> used = new ArrayList<>();
        report.getEntry().forEach(e -> fhir.newTerser().getAllPopulatedChildElementsOfType(e.getResource(), Coding.class)
                .stream().filter(c -> FSIII.equals(c.getSystem())).forEach(c -> used.add(c.getCode())));
        assertThat(used).hasSizeGreaterThanOrEqualTo(10).allSatisfy(code -> assertThat(known).contains(code));
    }

    @Test
    void theReportIsAudited() {
        assertThat(jdbc.sql("""
                        select detail from audit_event where resource = 'kl-gateway-delivery-report' and citizen_id = ?
                          and username = 'okonomi'""")
                .param(citizen.citizenId).query(String.class).list())
                .singleElement().asString()
                .contains("Tilstande: 2, mål: 1, planlagte indsatser: 1, leverede indsatser: 3, opfølgninger: 1");
    }

    private <T extends Resource> List<T> of(Class<T> type) {
        return report.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .flatMap(r -> type.isInstance(r) ? Stream.of(type.cast(r)) : Stream.empty()).toList();
    }

    private Condition condition(String code) {
        return of(Condition.class).stream().filter(c -> c.getCode().getCodingFirstRep().getCode().equals(code))
                .findFirst().orElseThrow();
    }

    private String url(Resource resource) {
        return report.getEntry().stream().filter(e -> e.getResource() == resource).findFirst().orElseThrow().getFullUrl();
    }

    private String code(Coding c) {
        return c.getSystem() + "#" + c.getCode();
    }
}
