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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.provider.ProviderTestData.choice;
import static dk.omsorg.provider.ProviderTestData.cleaning;
import static dk.omsorg.provider.ProviderTestData.decision;
import static dk.omsorg.provider.ProviderTestData.hygiene;
import static dk.omsorg.provider.ProviderTestData.provider;
import static dk.omsorg.provider.ProviderTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching provider and transfer to another district over real HTTP (Greve: one month's notice to the 1st
 * of a month), who delivers before and after the switch, and who coordinates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderSwitchApiTest {

    static final SwitchRule GREVE = new SwitchRule(1, true, "med en måneds varsel til den 1. i en måned");

    @TestConfiguration
    static class Events {
        @Bean
        Switches switches() {
            return new Switches();
        }
    }

    static class Switches {
        final List<ProviderSwitchScheduled> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ProviderSwitchScheduled event) {
            events.add(event);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Providers providers;
    @Autowired
    Switches switches;

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

    /** A citizen in the district with daily hygiene delivered by the provider; returns the grant key. */
    private UUID hygieneBy(Applicant a, long providerId) {
        Response saved = caseworker.post("/api/v1/decisions", decision(a.citizenId(),
                hygiene(choice(providerId, "FREE_CHOICE", null))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        return UUID.fromString(saved.json().get("grants").get(0).get("grantKey").asText());
    }

    private static String switchBody(UUID grantKey, Long providerId, LocalDate from) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grantKeys", List.of(grantKey.toString()));
        body.put("newProviderId", providerId);
        body.put("effectiveFrom", from == null ? null : from.toString());
        body.put("note", "Borgeren ringede og ønsker at skifte.");
        return json(body);
    }

    private void refused(long citizenId, String body, String field, String detailPart) {
        ProviderTestData.Rows before = ProviderTestData.Rows.count(jdbc);
        int events = switches.events.size();
        Response response = caseworker.post("/api/v1/citizens/" + citizenId + "/provider-switches", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains(detailPart);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
        assertThat(ProviderTestData.Rows.count(jdbc)).isEqualTo(before);
        assertThat(switches.events).hasSize(events);
    }

    @Test
    void aSwitchToTheProviderAlreadyDeliveringIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        refused(a.citizenId(), switchBody(key, solsikken, null), "newProviderId",
                "Daglig hygiejne leveres allerede af Solsikken Hjemmepleje ApS");
    }

    @Test
    void aSwitchDateInThePastIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        refused(a.citizenId(), switchBody(key, municipal, today().minusDays(1)), "effectiveFrom", "datoen er overskredet");
    }

    @Test
    void aSwitchBeforeTheNoticeEndsOrNotOnTheFirstIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        LocalDate earliest = GREVE.earliestEffective(today());
        refused(a.citizenId(), switchBody(key, municipal, earliest.minusMonths(1)), "effectiveFrom",
                "Kommunens regel er skift med en måneds varsel til den 1. i en måned");
        refused(a.citizenId(), switchBody(key, municipal, earliest.plusDays(3)), "effectiveFrom", "tidligst");
    }

    @Test
    void aSwitchToAProviderNotApprovedForTheAreaOrDistrictIsRefused() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        refused(a.citizenId(), switchBody(key, kystens, null), "newProviderId",
                "Kystens Hjemmeservice ApS er ikke godkendt til at levere Personlig");
        Applicant tune = ProviderTestData.applicant(caseworker, "tune");
        UUID inTune = hygieneBy(tune, municipal);
        refused(tune.citizenId(), switchBody(inTune, solsikken, null), "newProviderId",
                "Solsikken Hjemmepleje ApS er ikke godkendt i distriktet Tune");
    }

    @Test
    void anotherCitizensGrantCannotBeSwitched() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        Applicant b = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        refused(b.citizenId(), switchBody(key, municipal, null), "grantKeys[0]", "ikke en af borgerens aktuelle bevillinger");
    }

    @Test
    void theOldProviderDeliversUntilTheSwitchTakesEffectOnTheFirstDayTheRuleAllows() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        LocalDate effective = GREVE.earliestEffective(today());
        int events = switches.events.size();

        Response response = caseworker.post("/api/v1/citizens/" + a.citizenId() + "/provider-switches",
                switchBody(key, municipal, null));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode done = response.json().get(0);
        assertThat(done.get("effectiveFrom").asText()).isEqualTo(effective.toString());
        assertThat(done.get("requestedOn").asText()).isEqualTo(today().toString());
        assertThat(done.get("oldProviderName").asText()).isEqualTo("Solsikken Hjemmepleje ApS");
        assertThat(providers.deliveringGrant(key, today()).map(Provider::id)).contains(solsikken);
        assertThat(providers.deliveringGrant(key, effective.minusDays(1)).map(Provider::id)).contains(solsikken);
        assertThat(providers.deliveringGrant(key, effective).map(Provider::id)).contains(municipal);
        assertThat(providers.deliveringGrant(key, effective.plusYears(1)).map(Provider::id)).contains(municipal);

        assertThat(switches.events).hasSize(events + 1);
        ProviderSwitchScheduled event = switches.events.get(events);
        assertThat(event).isEqualTo(new ProviderSwitchScheduled(253, a.citizenId(), key, solsikken, municipal, today(), effective));

        JsonNode overview = caseworker.get("/api/v1/citizens/" + a.citizenId() + "/providers").json();
        JsonNode grant = overview.get("grants").get(0);
        assertThat(grant.get("provider").get("name").asText()).isEqualTo("Solsikken Hjemmepleje ApS");
        assertThat(grant.get("nextProvider").get("name").asText()).isEqualTo("Greve Kommune Hjemmeplejen");
        assertThat(grant.get("nextProviderFrom").asText()).isEqualTo(effective.toString());
        assertThat(overview.get("switches").get(0).get("cause").asText()).isEqualTo("CITIZEN_REQUEST");

        // a second switch of the same grant before the scheduled one is refused; a later one is allowed
        refused(a.citizenId(), switchBody(key, solsikken, effective), "grantKeys[0]", "allerede et skift af leverandør planlagt");
        Response later = caseworker.post("/api/v1/citizens/" + a.citizenId() + "/provider-switches",
                switchBody(key, solsikken, effective.plusMonths(1)));
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        assertThat(providers.deliveringGrant(key, effective.plusMonths(1)).map(Provider::id)).contains(solsikken);
    }

    @Test
    void aChangedDecisionKeepsTheSwitchAndItsLetterNamesTheProviderDeliveringNow() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        Response saved = caseworker.post("/api/v1/decisions", decision(a.citizenId(),
                hygiene(choice(solsikken, "FREE_CHOICE", null))));
        long decisionId = saved.json().get("id").asLong();
        UUID key = UUID.fromString(saved.json().get("grants").get(0).get("grantKey").asText());
        // a transfer makes the switch effective at once
        Response moved = caseworker.post("/api/v1/citizens/" + a.citizenId() + "/district-transfers",
                json(map("district", "tune", "newProviders", Map.of(key.toString(), municipal))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);

        Map<String, Object> changed = new LinkedHashMap<>(hygiene(choice(solsikken, "FREE_CHOICE", null)));
        changed.put("grantKey", key.toString());
        changed.put("minutesPerDelivery", 25);
        Response change = caseworker.post("/api/v1/decisions/" + decisionId + "/changes", json(map(
                "version", saved.json().get("version").asInt(), "grants", List.of(changed))));
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        assertThat(change.json().get("grants").get(0).get("provider").get("providerId").asLong())
                .as("the grant keeps the provider chosen when it was decided").isEqualTo(solsikken);
        assertThat(providers.deliveringGrant(key, today()).map(Provider::id)).as("the switch still holds").contains(municipal);
        String text = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + change.json().get("id").asLong()
                + "/letter").body());
        assertThat(text).contains("Hjælpen leveres af Greve Kommune Hjemmeplejen.");
    }

    @Test
    void aTransferKeepsTheGrantsAndNeedsANewProviderWhereTheOldOneIsNotApproved() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        String citizen = "/api/v1/citizens/" + a.citizenId();
        ProviderTestData.Rows before = ProviderTestData.Rows.count(jdbc);

        Response missing = caseworker.post(citizen + "/district-transfers", json(map("district", "tune")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText())
                .contains("Solsikken Hjemmepleje ApS er ikke godkendt i distriktet Tune. Vælg en ny leverandør.");
        Response notApproved = caseworker.post(citizen + "/district-transfers",
                json(map("district", "tune", "newProviders", Map.of(key.toString(), kystens))));
        assertThat(notApproved.status()).isEqualTo(400);
        Response same = caseworker.post(citizen + "/district-transfers", json(map("district", "hundige")));
        assertThat(same.json().get("detail").asText()).contains("bor allerede i distriktet Hundige");
        assertThat(ProviderTestData.Rows.count(jdbc)).isEqualTo(before);
        assertThat(caseworker.get(citizen).json().get("district").asText()).isEqualTo("hundige");

        int events = switches.events.size();
        Response moved = caseworker.post(citizen + "/district-transfers",
                json(map("district", "tune", "newProviders", Map.of(key.toString(), municipal))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(moved.json().get(0).get("effectiveFrom").asText()).isEqualTo(today().toString());
        assertThat(moved.json().get(0).get("cause").asText()).isEqualTo("DISTRICT_TRANSFER");
        assertThat(caseworker.get(citizen).json().get("district").asText()).isEqualTo("tune");
        assertThat(providers.deliveringGrant(key, today()).map(Provider::id)).contains(municipal);
        assertThat(switches.events.get(events)).isEqualTo(
                new ProviderSwitchScheduled(253, a.citizenId(), key, solsikken, municipal, today(), today()));
        assertThat(jdbc.sql("select count(*) from decision where citizen_id = ?").param(a.citizenId())
                .query(Long.class).single()).as("no new decision: no new assessment").isEqualTo(1);
    }

    @Test
    void aTransferWhereTheProvidersAreApprovedChangesOnlyTheDistrict() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, municipal);
        Response moved = caseworker.post("/api/v1/citizens/" + a.citizenId() + "/district-transfers",
                json(map("district", "tune")));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(moved.json()).isEmpty();
        assertThat(providers.deliveringGrant(key, today()).map(Provider::id)).contains(municipal);
    }

    @Test
    void theProviderOfThePersonalTasksCoordinatesWhereSeveralServeTheCitizen() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        Response saved = caseworker.post("/api/v1/decisions", decision(a.citizenId(),
                hygiene(choice(solsikken, "FREE_CHOICE", null)), cleaning(choice(kystens, "FREE_CHOICE", null))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode overview = caseworker.get("/api/v1/citizens/" + a.citizenId() + "/providers").json();
        assertThat(overview.get("coordination").asText()).isEqualTo("PERSONAL_CARE");
        assertThat(overview.get("coordinating").get("name").asText()).isEqualTo("Solsikken Hjemmepleje ApS");
        assertThat(overview.get("providers").findValuesAsString("name"))
                .containsExactly("Solsikken Hjemmepleje ApS", "Kystens Hjemmeservice ApS");
        assertThat(overview.get("district").get("name").asText()).isEqualTo("Hundige");
    }

    @Test
    void theCitizensServedByAProviderIncludeThoseWhoseHelpEndedRecently() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        Applicant b = ProviderTestData.applicant(caseworker, "hundige");
        UUID keyA = hygieneBy(a, solsikken);
        hygieneBy(b, solsikken);
        assertThat(providers.citizensServedBy(solsikken, today(), java.time.Period.ZERO)).contains(a.citizenId(), b.citizenId());
        assertThat(providers.citizensServedBy(municipal, today(), java.time.Period.ZERO)).doesNotContain(a.citizenId());

        // a's help started two months ago and moved to the municipal provider ten days ago (recorded directly: the
        // API refuses past dates)
        LocalDate tenDaysAgo = today().minusDays(10);
        jdbc.sql("update decision_grant set start_on = ? where grant_key = ?").params(today().minusMonths(2), keyA).update();
        jdbc.sql("""
                        insert into provider_switch (municipality_id, citizen_id, grant_key, old_provider_id, new_provider_id,
                            cause, requested_on, effective_from, created_at, created_by)
                        values (253, ?, ?, ?, ?, 'CITIZEN_REQUEST', ?, ?, now(), 'test')""")
                .params(a.citizenId(), keyA, solsikken, municipal, tenDaysAgo.minusMonths(1), tenDaysAgo).update();

        assertThat(providers.deliveringGrant(keyA, tenDaysAgo.minusDays(1)).map(Provider::id)).contains(solsikken);
        assertThat(providers.deliveringGrant(keyA, today()).map(Provider::id)).contains(municipal);
        assertThat(providers.citizensServedBy(municipal, today(), java.time.Period.ZERO)).contains(a.citizenId());
        assertThat(providers.citizensServedBy(solsikken, today(), java.time.Period.ZERO))
                .contains(b.citizenId()).doesNotContain(a.citizenId());
        assertThat(providers.citizensServedBy(solsikken, today(), java.time.Period.ofDays(10)))
                .as("ended 11 days ago, the day before the switch").doesNotContain(a.citizenId());
        assertThat(providers.citizensServedBy(solsikken, today(), java.time.Period.ofDays(11))).contains(a.citizenId());
        assertThat(providers.citizensServedBy(solsikken, today(), java.time.Period.ofMonths(1))).contains(a.citizenId());
    }

    @Test
    void aGrantThatHasEndedHasNoProviderButCountsAsRecentlyEnded() {
        Applicant a = ProviderTestData.applicant(caseworker, "hundige");
        UUID key = hygieneBy(a, solsikken);
        LocalDate ended = today().minusDays(3);
        jdbc.sql("update decision_grant set start_on = ?, end_on = ? where grant_key = ?")
                .params(ended.minusMonths(2), ended, key).update();
        assertThat(providers.deliveringGrant(key, ended).map(Provider::id)).contains(solsikken);
        assertThat(providers.deliveringGrant(key, today())).isEmpty();
        assertThat(providers.citizensServedBy(solsikken, today(), java.time.Period.ZERO)).doesNotContain(a.citizenId());
        assertThat(providers.citizensServedBy(solsikken, today(), java.time.Period.ofDays(3))).contains(a.citizenId());
    }
}
