package dk.omsorg.hospital;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.hospital.MedComMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MedCom HospitalNotification messages over real HTTP: each activity and its revise/cancel on the citizen's hospital
 * absences, a resent message changing nothing, messages out of order, death, the acknowledgement, the discharge task,
 * and what is refused with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HospitalNotificationApiTest {

    static final String PATH = "/api/v1/fhir/hospital-notifications";
    static final ZoneOffset DK = ZoneOffset.ofHours(1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String cpr;
    long citizenId;
    String episode;

    @BeforeEach
    void citizen() {
        cpr = TestCitizens.newCpr();
        citizenId = HospitalTestCitizens.insert(jdbc, 253, cpr, "Hans Testesen", "MALE", LocalDate.of(1940, 1, 1));
        episode = UUID.randomUUID().toString();
    }

    @Test
    void anAdmissionStartsAHospitalAbsenceAndIsAcknowledged() {
        MedComMessages.Message admit = message(cpr, episode).activity("admit-inpatient", null)
                .period(at(2026, 3, 2, 12), null).build();
        ApiClient.Response response = post(admit.json());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        Bundle ack = (Bundle) MedComMessages.FHIR.newJsonParser().parseResource(response.body());
        assertThat(ack.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        MessageHeader header = (MessageHeader) ack.getEntryFirstRep().getResource();
        assertThat(header.getEventCoding().getCode()).isEqualTo("acknowledgement-message");
        assertThat(header.getResponse().getIdentifier()).isEqualTo(admit.headerId());
        assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
        assertThat(ack.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Provenance.class::isInstance)
                .map(p -> ((Provenance) p).getActivity().getCodingFirstRep().getCode())).containsExactly("acknowledgement");

        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 3, 2), null));
        assertThat(status(admit.messageId())).isEqualTo("PROCESSED");
    }

    @Test
    void aResentMessageChangesNothingAndGetsTheSameAnswer() {
        MedComMessages.Message admit = message(cpr, episode).activity("admit-inpatient", null)
                .period(at(2026, 3, 2, 12), null).build();
        assertThat(post(admit.json()).status()).isEqualTo(200);
        ApiClient.Response again = post(admit.json());
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from absence where citizen_id = ?").param(citizenId).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from hospital_message where message_id = ?").param(admit.messageId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void reviseAndCancelOfTheAdmissionChangeExactlyWhatItSaid() {
        MedComMessages.Message admit = message(cpr, episode).activity("admit-inpatient", null).period(at(2026, 3, 2, 12), null).build();
        post(admit.json());
        post(message(cpr, episode).activity("revise-admit-inpatient", admit.headerId()).period(at(2026, 3, 1, 23), null).build().json());
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 3, 1), null));
        post(message(cpr, episode).activity("cancel-admit-inpatient", admit.headerId()).period(at(2026, 3, 1, 23), null).build().json());
        assertThat(absences()).isEmpty();
        assertThat(jdbc.sql("select count(*) from absence where citizen_id = ? and cancelled").param(citizenId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aLeaveInterruptsTheAbsenceAndTheDischargeEndsItWithATask() {
        MedComMessages.Message admit = message(cpr, episode).activity("admit-inpatient", null).period(at(2026, 3, 2, 12), null).build();
        post(admit.json());
        MedComMessages.Message leave = message(cpr, episode).activity("start-leave-inpatient", admit.headerId())
                .period(at(2026, 3, 2, 12), null).leave(at(2026, 3, 6, 14), null).build();
        post(leave.json());
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)));
        MedComMessages.Message back = message(cpr, episode).activity("end-leave-inpatient", leave.headerId())
                .period(at(2026, 3, 2, 12), null).leave(at(2026, 3, 6, 14), at(2026, 3, 8, 15)).build();
        post(back.json());
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)),
                new Days(LocalDate.of(2026, 3, 8), null));
        MedComMessages.Message discharge = message(cpr, episode).activity("discharge-inpatient-home", admit.headerId())
                .period(at(2026, 3, 2, 12), at(2026, 3, 12, 10)).build();
        post(discharge.json());
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)),
                new Days(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 11)));
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(openTasks("HOSPITAL_DISCHARGE")).hasSize(1));

        // the hospital cancels the discharge: the stay is open again and the discharge task withdrawn
        post(message(cpr, episode).activity("cancel-discharge-inpatient-home", discharge.headerId())
                .period(at(2026, 3, 2, 12), null).build().json());
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)),
                new Days(LocalDate.of(2026, 3, 8), null));
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(openTasks("HOSPITAL_DISCHARGE")).isEmpty());
    }

    @Test
    void aDischargeBeforeItsAdmissionIsKeptMarkedAndGivesATask() {
        MedComMessages.Message discharge = message(cpr, episode).activity("discharge-inpatient-home", UUID.randomUUID().toString())
                .period(at(2026, 4, 1, 12), at(2026, 4, 5, 9)).build();
        assertThat(post(discharge.json()).status()).isEqualTo(200);
        assertThat(status(discharge.messageId())).isEqualTo("OUT_OF_ORDER");
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(openTasks("HOSPITAL_MESSAGE")).hasSize(1));
        assertThat(absences()).isEmpty();
        // the admission arrives late: the stay ends as the two messages together say
        post(message(cpr, episode).activity("admit-inpatient", null).period(at(2026, 4, 1, 12), null).build().json());
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 4)));
    }

    @Test
    void aDeathEndsTheStayAndAsksTheCaseworker() {
        post(message(cpr, episode).activity("admit-inpatient", null).period(at(2026, 5, 1, 12), null).build().json());
        post(message(cpr, episode).activity("admit-inpatient", null).period(at(2026, 5, 1, 12), at(2026, 5, 3, 7))
                .deceased().build().json());
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)));
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(openTasks("HOSPITAL_MESSAGE")).singleElement().asString().contains("død"));
        assertThat(openTasks("HOSPITAL_DISCHARGE")).isEmpty();
    }

    @Test
    void aMessageForNoCitizenOfTheMunicipalityIsRejectedWithoutItsContent() {
        String other = TestCitizens.newCpr();
        MedComMessages.Message admit = message(other, episode).activity("admit-inpatient", null).period(at(2026, 3, 2, 12), null).build();
        ApiClient.Response response = post(admit.json());
        assertThat(response.status()).isEqualTo(422);
        Bundle ack = (Bundle) MedComMessages.FHIR.newJsonParser().parseResource(response.body());
        MessageHeader header = (MessageHeader) ack.getEntryFirstRep().getResource();
        assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.FATALERROR);
        assertThat(ack.getEntry()).anyMatch(e -> e.getResource() instanceof OperationOutcome o
                && o.getIssueFirstRep().getDiagnostics().contains("cpr-nummer"));
        assertThat(jdbc.sql("select status || ':' || (payload is null) || ':' || (citizen_id is null) from hospital_message where message_id = ?")
                .param(admit.messageId()).query(String.class).single()).isEqualTo("REJECTED:true:true");

        // a citizen of another municipality (Esbjerg) is no citizen of Greve's: the same answer, nothing of theirs changes
        long esbjerg = HospitalTestCitizens.insert(jdbc, 561, other, "Esbjerg Borger", "MALE", LocalDate.of(1940, 1, 1));
        var again = post(message(other, UUID.randomUUID().toString()).activity("admit-inpatient", null)
                .period(at(2026, 3, 2, 12), null).build().json());
        assertThat(again.status()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from absence where citizen_id = ?").param(esbjerg).query(Integer.class).single()).isZero();
    }

    @Test
    void unreadableMessagesAreAnsweredWithAnOperationOutcomeAndNothingIsStored() {
        for (String body : List.of("{not json", "{\"resourceType\":\"Patient\"}",
                message(cpr, episode).activity("admit-inpatient", null).period(at(2026, 3, 2, 12), null)
                        .event("care-communication-message").build().json(),
                message(cpr, episode).activity("admit-something", null).period(at(2026, 3, 2, 12), null).build().json())) {
            ApiClient.Response response = post(body);
            assertThat(response.status()).as(body).isEqualTo(400);
            OperationOutcome outcome = (OperationOutcome) MedComMessages.FHIR.newJsonParser().parseResource(response.body());
            assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        }
        assertThat(jdbc.sql("select count(*) from hospital_message where citizen_id = ?").param(citizenId).query(Integer.class).single())
                .isZero();
        assertThat(absences()).isEmpty();
    }

    @Test
    void onlyTheHospitalsClientPostsAndItReachesNothingElse() {
        String admit = message(cpr, episode).activity("admit-inpatient", null).period(at(2026, 3, 2, 12), null).build().json();
        assertThat(ApiClient.as(port, "visitator").post(PATH, "application/fhir+json", admit.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "hjemmeplejen").post(PATH, "application/fhir+json", admit.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "sygehus-greve").get("/api/v1/citizens/" + citizenId).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "sygehus-greve").get("/api/v1/provider/notices").status()).isEqualTo(403);
        assertThat(absences()).isEmpty();
    }

    @Test
    void theProvidersAreToldToPauseAtTheAdmissionAndToResumeAtTheDischargeOnce() {
        LocalDate today = dk.omsorg.decision.DecisionTestData.today();
        var granted = dk.omsorg.notice.NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        String grantedCpr = jdbc.sql("select cpr_number from citizen where id = ?").param(granted.citizenId())
                .query(String.class).single();
        OffsetDateTime in = today.plusDays(3).atTime(12, 0).atOffset(DK);
        MedComMessages.Message admit = message(grantedCpr, episode).activity("admit-inpatient", null).period(in, null).build();
        post(admit.json());
        post(admit.json());
        post(message(grantedCpr, episode).activity("discharge-inpatient-home", admit.headerId())
                .period(in, in.plusDays(4)).build().json());
        assertThat(jdbc.sql("select kind || ' ' || effective_on from notice where grant_key = ? and kind in ('PAUSED_GRANT','RESUMED_GRANT') order by id")
                .param(granted.grantKey()).query(String.class).list())
                .containsExactly("PAUSED_GRANT " + today.plusDays(3), "RESUMED_GRANT " + today.plusDays(7));
        // the provider reads it in its inbox, in Danish
        String page = dk.omsorg.support.WebSession.logIn(port, "leverandor-a").get("/provider/citizens/" + granted.citizenId()).body();
        assertThat(page).contains("Hjælpen holder pause", "Hjælpen genoptages").doesNotContain(">PAUSED_GRANT");

        // seed 002: a complicated discharge — the provider answers that coordination is needed; the discharge
        // coordinators (koordinator team) get the task "Koordinering"
        var coordination = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                dk.omsorg.decision.DecisionTestData.json(dk.omsorg.decision.DecisionTestData.map("kind", "COORDINATION",
                        "text", "Borgeren kan ikke klare forflytning; der er behov for koordinering før udskrivelse")));
        assertThat(coordination.status()).as(coordination.body()).isEqualTo(201);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select owner_role || ' ' || title from task where citizen_id = ? and kind = 'PROVIDER_NOTICE' and status = 'OPEN'")
                .param(granted.citizenId()).query(String.class).list())
                .containsExactly("COORDINATOR Koordinering: kompliceret udskrivelse fra sygehus"));
    }

    @Test
    void theSampleInTheDocumentationIsAcceptedForItsCitizen() throws Exception {
        // docs/samples/hospital-notification-admit.json is for the demo citizen Inger Madsen (Greve); here its CPR
        // number is replaced by this test's citizen, and its message id by a new one, so the test stands alone
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("docs/samples/hospital-notification-admit.json"));
        assertThat(sample).contains("\"value\": \"2701310562\"");
        Bundle bundle = (Bundle) MedComMessages.FHIR.newJsonParser().parseResource(sample
                .replace("\"value\": \"2701310562\"", "\"value\": \"" + cpr.replace("-", "") + "\""));
        bundle.setId(UUID.randomUUID().toString());
        ApiClient.Response response = post(MedComMessages.FHIR.newJsonParser().encodeResourceToString(bundle));
        assertThat(response.status()).isEqualTo(200);
        assertThat(absences()).containsExactly(new Days(LocalDate.of(2026, 12, 7), null));
    }

    record Days(LocalDate from, LocalDate to) {
    }

    private List<Days> absences() {
        return jdbc.sql("select from_on, to_on from absence where citizen_id = ? and not cancelled and kind = 'HOSPITAL' order by from_on")
                .param(citizenId).query((rs, n) -> new Days(rs.getObject("from_on", LocalDate.class), rs.getObject("to_on", LocalDate.class)))
                .list();
    }

    private List<String> openTasks(String kind) {
        return jdbc.sql("select title from task where citizen_id = ? and kind = ? and status = 'OPEN'").params(citizenId, kind)
                .query(String.class).list();
    }

    private String status(String messageId) {
        return jdbc.sql("select status from hospital_message where message_id = ?").param(messageId).query(String.class).single();
    }

    private ApiClient.Response post(String json) {
        return ApiClient.as(port, "sygehus-greve").post(PATH, "application/fhir+json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime at(int year, int month, int day, int hour) {
        return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, DK);
    }
}
