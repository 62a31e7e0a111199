package dk.omsorg.rehabilitation;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.decision;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Courses whose citizen's help after the course differs, moved to chosen days: for the outcome figures' tests. */
public final class CourseTestData {

    private CourseTestData() {
    }

    /**
     * A citizen granted help to empty the mailbox (30 minutes a week) and a § 83 a course (RH Bad once a week); after
     * the course that help changes to {@code times} a week of {@code minutes}. Then the dates are moved: the mailbox help
     * from 10 days before {@code start}, the course from {@code start} to {@code end}, the change decided and in force
     * 20 days after the end. Returns the course's id.
     */
    public static long courseWithLaterHelp(ApiClient caseworker, JdbcClient jdbc, LocalDate start, LocalDate end,
                                           int times, int minutes) {
        LocalDate today = DecisionTestData.today();
        var applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        Map<String, Object> mailbox = with(grant("toemme-postkasse", 1, "WEEK", "DAY", 30, today, null),
                "overrideReason", "Konkret vurdering: borgeren kan ikke komme ud til postkassen.");
        Response made = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(),
                mailbox, with(grant("rh-bad", 1, "WEEK", "DAY", 30, today, today.plusDays(69)), "goals", "Kan selv gå i bad")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode first = made.json();
        String mailboxKey = first.get("grants").get(0).get("grantKey").asText();
        UUID courseKey = UUID.fromString(first.get("grants").get(1).get("grantKey").asText());
        long v1 = first.get("id").asLong();
        long v2 = v1;
        if (times != 1 || minutes != 30) {
            Response changed = caseworker.post("/api/v1/decisions/" + v1 + "/changes", json(map(
                    "version", first.get("version").asInt(), "reasoning", "Hjælpen efter forløbet",
                    "grants", List.of(with(mailbox, "grantKey", mailboxKey, "times", times, "minutesPerDelivery", minutes)))));
            assertThat(changed.status()).as(changed.body()).isEqualTo(201);
            v2 = changed.json().get("id").asLong();
        }
        LocalDate granted = start.minusDays(10);
        jdbc.sql("update decision set decided_on = ? where id = ?").params(granted, v1).update();
        jdbc.sql("update decision set decided_on = ? where id = ? and id <> ?").params(end.plusDays(20), v2, v1).update();
        jdbc.sql("""
                update decision_grant set start_on = ?, effective_from = case when decision_id = ? and not carried_over
                    and version_no > 1 then ? else ? end, start_by = null
                where decision_id in (?, ?) and not rehabilitation_course""")
                .params(granted, v2, end.plusDays(20), granted, v1, v2).update();
        jdbc.sql("""
                update decision_grant set start_on = ?, effective_from = ?, end_on = ?, midway_evaluation_on = ?,
                    final_evaluation_on = ?, start_by = null
                where decision_id in (?, ?) and rehabilitation_course""")
                .params(start, start, end, start.plusDays(35), end, v1, v2).update();
        return jdbc.sql("""
                update rehabilitation_course set start_on = ?, end_on = ?, midway_evaluation_on = ?, final_evaluation_on = ?
                where municipality_id = 253 and grant_key = ? returning id""")
                .params(start, end, start.plusDays(35), end, courseKey).query(Long.class).single();
    }
}
