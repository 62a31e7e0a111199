package dk.omsorg.rehabilitation;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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

/**
 * The outcome share after 3 months: three citizens with the same home care before their course; after it one gets
 * less, one the same and one more. Only the first needs less help, so the share is one in three; 6 months after the
 * end has not come yet, so that share is unknown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseOutcomesTest {

    @LocalServerPort
    int port;
    @Autowired
    CourseOutcomes outcomes;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = DecisionTestData.today();
    final LocalDate start = today.minusDays(200);
    final LocalDate end = start.plusDays(69);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A citizen granted help to empty the mailbox (30 minutes a week) and a course; after the course that help changes to
     * {@code times} a week of {@code minutes}; then the dates are moved into the past (course ended 131 days ago, the
     * change decided 20 days after it).
     */
    private long courseWithLaterHelp(int times, int minutes) {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        Map<String, Object> snow = with(grant("toemme-postkasse", 1, "WEEK", "DAY", 30, today, null),
                "overrideReason", "Konkret vurdering: borgeren kan ikke komme ud til postkassen.");
        Response made = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(),
                snow, with(grant("rh-bad", 1, "WEEK", "DAY", 30, today, today.plusDays(69)), "goals", "Kan selv gå i bad")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode first = made.json();
        String snowKey = first.get("grants").get(0).get("grantKey").asText();
        UUID courseKey = UUID.fromString(first.get("grants").get(1).get("grantKey").asText());
        long v1 = first.get("id").asLong();
        long v2 = v1;
        if (times != 1 || minutes != 30) {
            Response changed = caseworker.post("/api/v1/decisions/" + v1 + "/changes", json(map(
                    "version", first.get("version").asInt(), "reasoning", "Hjælpen efter forløbet",
                    "grants", List.of(with(snow, "grantKey", snowKey, "times", times, "minutesPerDelivery", minutes)))));
            assertThat(changed.status()).as(changed.body()).isEqualTo(201);
            v2 = changed.json().get("id").asLong();
        }
        // into the past: the mailbox help from 10 days before the course, the change 20 days after its end
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

    @Test
    void oneOfThreeCitizensNeedsLessHelpThreeMonthsAfterTheCourse() {
        long less = courseWithLaterHelp(1, 15);
        long same = courseWithLaterHelp(1, 30);
        long more = courseWithLaterHelp(2, 30);
        StaffUser leader = staff.find("leder").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));

        List<CourseOutcomes.Outcome> mine = outcomes.outcomes(new CourseOutcomes.Filter(end, end, null, PackageLevel.LIGHT))
                .stream().filter(o -> List.of(less, same, more).contains(o.courseId())).toList();
        assertThat(mine).extracting(CourseOutcomes.Outcome::courseId).containsExactly(less, same, more);
        assertThat(mine).allSatisfy(o -> {
            assertThat(o.minutesBefore()).isEqualTo(30);
            assertThat(o.minutesAfter6()).isNull();
            assertThat(o.closed()).isTrue();
        });
        assertThat(mine).extracting(CourseOutcomes.Outcome::minutesAfter3).containsExactly(15, 30, 60);
        assertThat(mine).extracting(CourseOutcomes.Outcome::lessHelpAfter3).containsExactly(true, false, false);

        CourseOutcomes.Aggregate together = CourseOutcomes.aggregate(mine);
        assertThat(together.courses()).isEqualTo(3);
        assertThat(together.lessHelpAfter3Share()).isEqualByComparingTo("0.3333");
        assertThat(together.lessHelpAfter6Share()).isNull();
        assertThat(together.meanCostOre()).isNull();
    }
}
