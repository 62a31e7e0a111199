package dk.omsorg.klgateway;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo-like Greve citizen with everything a delivery report holds: granted RH Bad (FSIII H2.5) through the API,
 * reassessed with an expected level and a noted health condition through the API, three delivered visits and one
 * not delivered (as a provider's import leaves them), and a completed follow-up (E1 Fortsættes).
 */
final class KlGatewayFixture {

    /** FSIII "Personlig pleje" (functional-ability state), "Problemer med ernæring" (health condition). */
    static final UUID PERSONLIG_PLEJE = UUID.fromString(DecisionTestData.PERSONLIG_PLEJE);
    static final UUID ERNAERING = UUID.fromString("bc65b137-9f5a-4889-82c2-c6764e5507f0");
    /** FSIII scale 3 "Svære begrænsninger" and 1 "Lette begrænsninger" (reference/fsiii.json). */
    static final String SCALE_3 = "1ceef776-0cfa-4acd-b222-c5bb2424e0c1";
    static final String SCALE_1 = "fcc16cb1-41f0-4832-b834-110fba0aaabe";
    /** FSIII intervention H2.5 "RH Personlig hygiejne", the catalogue's fsiii code of rh-bad. */
    static final String H2_5 = "2912752c-2e9e-4702-8787-b45f73ff5b05";
    /** FSIII E1 "Fortsættes". */
    static final String E1 = "9c90b0e5-9c0a-4b72-a18c-76cd6d6c6213";

    final long citizenId;
    final String cpr;
    final UUID grantKey;
    final LocalDate from;
    final LocalDate to;

    KlGatewayFixture(ApiClient caseworker, JdbcClient jdbc) {
        LocalDate today = DecisionTestData.today();
        NoticeTestData.Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        citizenId = granted.citizenId();
        grantKey = granted.grantKey();
        cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(citizenId).query(String.class).single();
        from = today;
        to = today.plusDays(30);

        var reassessed = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", """
                {"assessedOn": "%s", "overallAssessment": "Forventes at kunne vaske sig selv igen.",
                 "abilityScores": {"%s": 3}, "expectedLevels": {"%s": 1},
                 "healthConditions": {"%s": {"status": "NOTED", "note": "Har tabt 4 kg"}}}"""
                .formatted(today, PERSONLIG_PLEJE, PERSONLIG_PLEJE, ERNAERING));
        assertThat(reassessed.status()).as(reassessed.body()).isEqualTo(201);

        String prefix = "klg-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (int day = 1; day <= 3; day++) {
            visit(jdbc, granted, prefix + day, today.plusDays(day), LocalTime.of(9, 30), 30, null);
        }
        visit(jdbc, granted, prefix + "x", today.plusDays(4), null, 0, "CITIZEN_ABSENT");

        jdbc.sql("""
                        insert into follow_up (municipality_id, citizen_id, decision_id, grant_key, intervention_name, rule,
                            rule_source, base_on, interval_months, due_on, caseworker, status, result, note, completed_on,
                            completed_at, completed_by, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, 'RH Bad', 'CASEWORKER_INTERVAL', 'test', ?, 6, ?, 'visitator', 'COMPLETED',
                            'CONTINUE', 'Fortsætter', ?, now(), 'visitator', now(), 'test', now(), 'test')""")
                .params(citizenId, granted.decisionId(), grantKey, today, today.plusDays(5), today.plusDays(5))
                .update();
    }

    String period() {
        return "from=" + from + "&to=" + to;
    }

    private void visit(JdbcClient jdbc, NoticeTestData.Granted granted, String externalId, LocalDate day, LocalTime start,
                       int minutes, String notDelivered) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'DELIVERED', ?, ?, 'DAY', ?, ?, now(), 'test', now(), 'test')""")
                .params(granted.providerId(), citizenId, grantKey, externalId, day, start, minutes, notDelivered)
                .update();
    }
}
