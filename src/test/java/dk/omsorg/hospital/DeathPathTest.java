package dk.omsorg.hospital;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
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
import static org.awaitility.Awaitility.await;

/**
 * Issue 20, the death path (seed 002 "Ved dødsfald stopper leverandøren indsatsen", "Ophør af visiteret indsats"): a
 * death reported by the hospital, or by a provider and confirmed by the caseworker, is recorded on the citizen, every
 * current grant ends the day after the death as a new decision version, the providers are told the grant stopped,
 * the overview says so, and the KL Gateway report says the citizen is dead. A second report changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeathPathTest {

    static final String PATH = "/api/v1/fhir/hospital-notifications";
    static final ZoneOffset DK = ZoneOffset.ofHours(1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHospitalDeathEndsTheGrantsTheDayAfterAndTellsTheProvidersOnce() {
        LocalDate today = DecisionTestData.today();
        var granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        String cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(granted.citizenId()).query(String.class).single();
        String episode = UUID.randomUUID().toString();
        OffsetDateTime diedAt = OffsetDateTime.now(DK).minusMinutes(1);
        LocalDate diedOn = diedAt.toLocalDate();
        LocalDate lastDay = diedOn.plusDays(1).isBefore(today) ? today : diedOn.plusDays(1);

        MedComMessages.Message death = message(cpr, episode).activity("admit-inpatient", null)
                .period(diedAt.minusHours(5), diedAt).deceased().build();
        assertThat(post(death.json()).status()).isEqualTo(200);

        assertThat(jdbc.sql("select died_on || ' ' || death_source from citizen where id = ?").param(granted.citizenId())
                .query(String.class).single()).isEqualTo(diedOn + " HOSPITAL");
        assertThat(currentEnds(granted.citizenId())).containsExactly(lastDay.toString());
        long successor = currentDecision(granted.citizenId());
        assertThat(successor).isNotEqualTo(granted.decisionId());
        // no letter to a dead citizen; the reasoning says why the help ended
        assertThat(jdbc.sql("select (not exists (select 1 from decision_letter l where l.decision_id = d.id)) || ' ' || d.reasoning from decision d where d.id = ?").param(successor)
                .query(String.class).single()).startsWith("true Borgeren døde den ");
        await().atMost(NoticeTestData.AT_MOST).untilAsserted(() -> assertThat(stopped(granted.grantKey()))
                .containsExactly("STOPPED_GRANT " + granted.providerId()));

        // resent, and sent again under a new message id: nothing changes
        post(death.json());
        post(message(cpr, episode).activity("admit-inpatient", null).period(diedAt.minusHours(5), diedAt).deceased()
                .build().json());
        assertThat(currentDecision(granted.citizenId())).isEqualTo(successor);
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(granted.citizenId())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select died_on from citizen where id = ?").param(granted.citizenId())
                .query(LocalDate.class).single()).isEqualTo(diedOn);
        assertThat(stopped(granted.grantKey())).hasSize(1);

        // the overview says so
        String overview = WebSession.logIn(port, "visitator").get("/citizens/" + granted.citizenId()).body();
        assertThat(overview.replaceAll("\\s+", " ")).contains("id=\"citizen-deceased\"")
                .contains("Død den ").contains("meldt af sygehuset");

        // the KL Gateway report's citizen is dead
        var report = ApiClient.as(port, "leder").get("/api/v1/kl-gateway/delivery-report/citizens/" + granted.citizenId()
                + "?from=" + today.withDayOfMonth(1) + "&to=" + today);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        Bundle bundle = (Bundle) MedComMessages.FHIR.newJsonParser().parseResource(report.body());
        Patient patient = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow();
        assertThat(patient.getDeceasedBooleanType().booleanValue()).isTrue();
    }

    @Test
    void aProvidersDeathNoticeConfirmedByTheCaseworkerEndsTheGrants() {
        LocalDate today = DecisionTestData.today();
        var granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        var report = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                DecisionTestData.json(DecisionTestData.map("kind", "DEATH", "text", "Borgeren døde i nat.")));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        // reported, not yet recorded: the grants go on until the caseworker confirms
        assertThat(jdbc.sql("select died_on is null from citizen where id = ?").param(granted.citizenId())
                .query(Boolean.class).single()).isTrue();
        long noticeId = jdbc.sql("select id from notice where citizen_id = ? and kind = 'DEATH'").param(granted.citizenId())
                .query(Long.class).single();

        WebSession caseworker = WebSession.logIn(port, "visitator");
        String warning = caseworker.htmx("/citizens/" + granted.citizenId() + "/notices/death").body();
        assertThat(warning).contains("Bekræft dødsfaldet og afslut al hjælp");
        caseworker.get("/citizens/" + granted.citizenId());
        var confirmed = caseworker.post("/citizens/" + granted.citizenId() + "/notices/death/" + noticeId + "/confirm", List.of());
        assertThat(confirmed.status()).isEqualTo(302);

        LocalDate diedOn = today;
        assertThat(jdbc.sql("select died_on || ' ' || death_source from citizen where id = ?").param(granted.citizenId())
                .query(String.class).single()).isEqualTo(diedOn + " PROVIDER");
        assertThat(currentEnds(granted.citizenId())).containsExactly(diedOn.plusDays(1).toString());
        assertThat(jdbc.sql("select created_by from decision where id = ?").param(currentDecision(granted.citizenId()))
                .query(String.class).single()).isEqualTo("visitator");
        assertThat(jdbc.sql("select acknowledged_at is not null from notice where id = ?").param(noticeId)
                .query(Boolean.class).single()).isTrue();
        await().atMost(NoticeTestData.AT_MOST).untilAsserted(() -> assertThat(stopped(granted.grantKey()))
                .containsExactly("STOPPED_GRANT " + granted.providerId()));

        // confirming again changes nothing
        caseworker.get("/citizens/" + granted.citizenId());
        caseworker.post("/citizens/" + granted.citizenId() + "/notices/death/" + noticeId + "/confirm", List.of());
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(granted.citizenId())
                .query(Long.class).single()).isEqualTo(2);
        String overview = caseworker.get("/citizens/" + granted.citizenId()).body();
        assertThat(overview).contains("meldt af leverandøren og bekræftet af visitator");
    }

    @Test
    void aGrantThatEndsByTheDayAfterTheDeathKeepsItsEndAndNoVersionIsMade() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long providerId = NoticeTestData.providerOf(jdbc, "leverandor-a");
        var applicant = NoticeTestData.applicant(caseworker, NoticeTestData.districtOf(jdbc, providerId), "Død Dorte", today);
        var decision = caseworker.post("/api/v1/decisions", DecisionTestData.json(DecisionTestData.map(
                "citizenId", applicant.citizenId(), "inquiryId", applicant.inquiryId(),
                "grants", List.of(DecisionTestData.with(NoticeTestData.bath(today, providerId), "end", today.toString())))));
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        String cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(applicant.citizenId()).query(String.class).single();
        OffsetDateTime diedAt = OffsetDateTime.now(DK).minusMinutes(1);

        post(message(cpr, UUID.randomUUID().toString()).activity("admit-inpatient", null)
                .period(diedAt.minusHours(5), diedAt).deceased().build().json());

        assertThat(jdbc.sql("select died_on is not null from citizen where id = ?").param(applicant.citizenId())
                .query(Boolean.class).single()).isTrue();
        assertThat(currentDecision(applicant.citizenId())).isEqualTo(decision.json().get("id").asLong());
        assertThat(currentEnds(applicant.citizenId())).containsExactly(today.toString());
    }

    private List<String> currentEnds(long citizenId) {
        return jdbc.sql("""
                        select coalesce(g.end_on::text, 'none') from decision d join decision_grant g on g.decision_id = d.id
                        where d.citizen_id = ? and d.status = 'CURRENT'""")
                .param(citizenId).query(String.class).list();
    }

    private long currentDecision(long citizenId) {
        return jdbc.sql("select id from decision where citizen_id = ? and status = 'CURRENT'").param(citizenId)
                .query(Long.class).single();
    }

    private List<String> stopped(UUID grantKey) {
        return jdbc.sql("select kind || ' ' || provider_id from notice where grant_key = ? and kind = 'STOPPED_GRANT'")
                .param(grantKey).query(String.class).list();
    }

    private ApiClient.Response post(String json) {
        return ApiClient.as(port, "sygehus-greve").post(PATH, "application/fhir+json", json.getBytes(StandardCharsets.UTF_8));
    }
}
