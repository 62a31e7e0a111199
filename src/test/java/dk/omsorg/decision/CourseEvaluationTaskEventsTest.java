package dk.omsorg.decision;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TaskEvents;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.decision;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A § 83 a course's mid-way and final evaluation as two tasks for the deciding caseworker, requested in the
 * decision's transaction; a change that moves the course's end cancels them and asks for the new days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseEvaluationTaskEventsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    TaskEvents events;
    ApiClient caseworker;
    LocalDate today;

    @BeforeEach
    void setUp() {
        events = TaskEvents.attach(context);
        caseworker = ApiClient.as(port, "visitator");
        today = DecisionTestData.today();
    }

    @AfterEach
    void detach() {
        events.close();
    }

    private Map<String, Object> bath(LocalDate end) {
        return with(grant("rh-bad", 1, "WEEK", "DAY", 30, today, end), "goals", "Kan selv vaske overkrop");
    }

    @Test
    void aCourseIsEvaluatedMidwayAndAtTheEndAndAMovedEndCancelsTheOldDaysForNewOnes() {
        var applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(DecisionTestData.PERSONLIG_PLEJE, 3));
        JsonNode made = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(), bath(null))).json();
        long decisionId = made.get("id").asLong();
        JsonNode grant = made.get("grants").get(0);
        String grantKey = grant.get("grantKey").asText();
        LocalDate midway = LocalDate.parse(grant.get("course").get("midwayEvaluation").asText());
        LocalDate last = LocalDate.parse(grant.get("course").get("finalEvaluation").asText());
        String midwayKey = "course-midway:" + grantKey + ":" + midway;
        String finalKey = "course-final:" + grantKey + ":" + last;

        List<TaskRequested> both = events.requestedFor(TaskKind.COURSE_EVALUATION, applicant.citizenId());
        assertThat(both).extracting(TaskRequested::subjectKey).containsExactly(midwayKey, finalKey);
        TaskRequested first = both.get(0);
        assertThat(first.title()).isEqualTo("Evaluering midtvejs: " + grant.get("interventionName").asText());
        assertThat(first.due()).isEqualTo(midway);
        assertThat(first.ownerUser()).isEqualTo("visitator");
        assertThat(first.ownerRole()).isNull();
        assertThat(first.link()).isEqualTo("/courses/grant/" + grantKey + "?evaluation=MIDWAY");
        assertThat(both.get(1).title()).isEqualTo("Slutevaluering: " + grant.get("interventionName").asText());
        assertThat(both.get(1).due()).isEqualTo(last);

        // more minutes, same days: nothing to re-plan
        Response minutes = caseworker.post("/api/v1/decisions/" + decisionId + "/changes", json(map(
                "version", made.get("version").asInt(), "reasoning", "Mere tid",
                "grants", List.of(with(bath(null), "grantKey", grantKey, "minutesPerDelivery", 45)))));
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(201);
        assertThat(events.requestedFor(TaskKind.COURSE_EVALUATION, applicant.citizenId())).hasSize(2);

        // the course is cut short: the final evaluation moves to the new last day
        LocalDate shorter = today.plusWeeks(4);
        JsonNode current = minutes.json();
        Response cut = caseworker.post("/api/v1/decisions/" + current.get("id").asLong() + "/changes", json(map(
                "version", current.get("version").asInt(), "reasoning", "Forløbet afsluttes tidligere",
                "grants", List.of(with(bath(shorter), "grantKey", grantKey, "minutesPerDelivery", 45)))));
        assertThat(cut.status()).as(cut.body()).isEqualTo(201);
        JsonNode course = cut.json().get("grants").get(0).get("course");
        LocalDate newFinal = LocalDate.parse(course.get("finalEvaluation").asText());
        assertThat(newFinal).isEqualTo(shorter).isNotEqualTo(last);
        assertThat(events.cancelled(TaskKind.COURSE_EVALUATION, finalKey)).singleElement()
                .satisfies(c -> assertThat(c.cancelledBy()).isEqualTo("system"));
        TaskRequested moved = events.awaitRequested(TaskKind.COURSE_EVALUATION, "course-final:" + grantKey + ":" + newFinal);
        assertThat(moved.due()).isEqualTo(newFinal);
        assertThat(moved.link()).isEqualTo("/courses/grant/" + grantKey + "?evaluation=FINAL");
    }
}
