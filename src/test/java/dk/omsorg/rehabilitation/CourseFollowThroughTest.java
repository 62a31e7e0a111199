package dk.omsorg.rehabilitation;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TaskEvents;
import dk.omsorg.task.TaskKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
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
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A § 83 a course followed through: the course record made with the decision, IPPA and the goal's FSIII state, the
 * mid-way evaluation form that closes its task, and the caseworker's decisions that follow through new decision
 * versions (extend within the standard, close) or a reassessment task (revisit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseFollowThroughTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Courses courses;
    @Autowired
    CourseEvaluations evaluations;
    @Autowired
    Decisions decisions;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

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
    void tearDown() {
        events.close();
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        StaffUser user = staff.find(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A Greve citizen granted RH Bad once a week as a course ending after {@code weeks} weeks. */
    private JsonNode granted(int weeks) {
        var applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        Response made = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(),
                with(grant("rh-bad", 1, "WEEK", "DAY", 30, today, today.plusWeeks(weeks).minusDays(1)),
                        "goals", "Kan selv vaske overkrop")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json();
    }

    @Test
    void aCourseIsEvaluatedMidwayAndExtendedWithinTheStandardThroughANewDecisionVersion() {
        JsonNode made = granted(6);
        UUID grantKey = UUID.fromString(made.get("grants").get(0).get("grantKey").asText());
        as("visitator");
        Course course = courses.read(courses.idOf(grantKey));
        // Greve: a municipal therapist owns courses (rehabilitation.yaml), assigned on the course
        assertThat(course.ownerKind()).isEqualTo(CourseOwnerKind.THERAPIST);
        assertThat(course.ownerUser()).isNull();
        assertThat(course.level()).isEqualTo(PackageLevel.LIGHT);
        assertThat(course.end()).isEqualTo(today.plusWeeks(6).minusDays(1));

        Course unowned = course;
        // a provider's user cannot own a course
        assertThatThrownBy(() -> courses.assignOwner(unowned.id(), unowned.version(), "leverandor-a"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("ownerUser"));
        course = courses.assignOwner(course.id(), course.version(), "visitator");
        course = courses.recordIppa(course.id(), course.version(), List.of(
                new Courses.ProblemInput("At komme i bad", 5, 4, null),
                new Courses.ProblemInput("At tage tøj på", 4, 5, null),
                new Courses.ProblemInput(" ", null, null, null)));
        assertThat(course.ippa()).hasSize(2);
        assertThat(course.ippaStart()).isEqualByComparingTo("20.00");
        // the goal's start state is read from the citizen's latest assessment (3)
        course = courses.addGoal(course.id(), course.version(), UUID.fromString(PERSONLIG_PLEJE), null);
        assertThat(course.goalStates()).singleElement().satisfies(g -> assertThat(g.startState()).isEqualTo(3));

        Course loaded = course;
        // a line out of bounds is refused by line, nothing stored
        assertThatThrownBy(() -> courses.recordIppa(loaded.id(), loaded.version(),
                List.of(new Courses.ProblemInput("At gå", 6, 2, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("ippa[0].importance"));

        CourseEvaluations.Form form = new CourseEvaluations.Form(course.version(),
                List.of(new CourseEvaluations.GoalInput(UUID.fromString(PERSONLIG_PLEJE), false, 2)),
                Recommendation.EXTEND, "Gode fremskridt, men ikke i mål.");
        String midwayKey = "course-midway:" + grantKey + ":" + course.midwayEvaluation();
        course = evaluations.fill(course.id(), EvaluationKind.MIDWAY, form);
        assertThat(events.done(TaskKind.COURSE_EVALUATION, midwayKey)).singleElement()
                .satisfies(d -> assertThat(d.doneBy()).isEqualTo("visitator"));
        // a form loaded before the mid-way evaluation was saved is stale
        Course after = course;
        assertThatThrownBy(() -> evaluations.fill(after.id(), EvaluationKind.FINAL, form))
                .isInstanceOf(OptimisticLockingFailureException.class);

        CourseEvaluation midway = course.evaluation(EvaluationKind.MIDWAY).orElseThrow();
        // beyond the standard's 13 weeks: refused, nothing changed
        assertThatThrownBy(() -> evaluations.decide(after.id(), midway.id(), midway.version(), Recommendation.EXTEND,
                today.plusWeeks(14), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("day"));
        LocalDate newEnd = today.plusWeeks(10);
        course = evaluations.decide(course.id(), midway.id(), midway.version(), Recommendation.EXTEND, newEnd, "Forlænges.");

        // the longer course moves its mid-way day: the filled evaluation keeps its own day
        CourseEvaluation decided = course.evaluations().stream().filter(e -> e.id() == midway.id()).findFirst().orElseThrow();
        assertThat(course.midwayEvaluation()).isAfter(midway.due());
        assertThat(decided.decision()).isEqualTo(Recommendation.EXTEND);
        assertThat(decided.resultingDecisionId()).isNotNull().isEqualTo(course.decisionId());
        assertThat(course.end()).isEqualTo(newEnd);
        Grant grant = decisions.read(course.decisionId()).grant(grantKey).orElseThrow();
        assertThat(grant.end()).isEqualTo(newEnd);
        assertThat(decisions.read(course.decisionId()).versionNo()).isEqualTo(2);
        // decided once
        Course extended = course;
        assertThatThrownBy(() -> evaluations.decide(extended.id(), midway.id(), decided.version(), Recommendation.CONTINUE,
                null, null)).isInstanceOf(ConflictException.class);

        // the final evaluation scores IPPA again and gives the goal's end state; closing on the last day needs no new
        // decision version
        course = evaluations.fill(course.id(), EvaluationKind.FINAL, new CourseEvaluations.Form(course.version(),
                List.of(new CourseEvaluations.GoalInput(UUID.fromString(PERSONLIG_PLEJE), true, 1)), Recommendation.CLOSE,
                "Målet er nået.", List.of(2, 2)));
        assertThat(course.ippaEnd()).isEqualByComparingTo("9.00");
        assertThat(course.ippaChange()).isEqualByComparingTo("11.00");
        assertThat(course.fsiiiChange()).isEqualTo(2);
        CourseEvaluation last = course.evaluation(EvaluationKind.FINAL).orElseThrow();
        assertThat(last.goalsMet()).isEqualTo(1);
        long decisionBefore = course.decisionId();
        course = evaluations.decide(course.id(), last.id(), last.version(), Recommendation.CLOSE, course.end(), null);
        assertThat(course.closedOn()).isEqualTo(newEnd);
        assertThat(course.decisionId()).isEqualTo(decisionBefore);
    }

    @Test
    void closingACourseEndsItsGrantAndRevisitingAsksForAReassessment() {
        JsonNode made = granted(8);
        UUID grantKey = UUID.fromString(made.get("grants").get(0).get("grantKey").asText());
        as("visitator");
        Course course = courses.read(courses.idOf(grantKey));
        course = evaluations.fill(course.id(), EvaluationKind.MIDWAY,
                new CourseEvaluations.Form(course.version(), List.of(), Recommendation.REVISIT, null));
        CourseEvaluation midway = course.evaluation(EvaluationKind.MIDWAY).orElseThrow();
        Course revisited = evaluations.decide(course.id(), midway.id(), midway.version(), Recommendation.REVISIT, null, null);
        assertThat(events.requested(TaskKind.COURSE_REVISIT, "course-revisit:" + midway.id())).singleElement()
                .satisfies(t -> assertThat(t.citizenId()).isEqualTo(revisited.citizenId()));

        // a second course, closed early: the grant ends on the chosen day in a new version
        JsonNode other = granted(8);
        UUID otherKey = UUID.fromString(other.get("grants").get(0).get("grantKey").asText());
        Course second = courses.read(courses.idOf(otherKey));
        second = evaluations.fill(second.id(), EvaluationKind.MIDWAY,
                new CourseEvaluations.Form(second.version(), List.of(), Recommendation.CLOSE, "Målene er nået."));
        CourseEvaluation evaluation = second.evaluation(EvaluationKind.MIDWAY).orElseThrow();
        LocalDate last = today.plusWeeks(4);
        second = evaluations.decide(second.id(), evaluation.id(), evaluation.version(), Recommendation.CLOSE, last, null);
        assertThat(second.closed()).isTrue();
        assertThat(second.closedOn()).isEqualTo(last);
        assertThat(decisions.read(second.decisionId()).grant(otherKey).orElseThrow().end()).isEqualTo(last);
        Course closed = second;
        assertThatThrownBy(() -> evaluations.fill(closed.id(), EvaluationKind.FINAL,
                new CourseEvaluations.Form(closed.version(), List.of(), Recommendation.CLOSE, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void esbjergRefusesAPrivateProviderForALightCourseByField() {
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        Response inquiry = esbjergInquiry(esbjerg, "Forløb Ærø Østergård");
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();
        long privateProvider = jdbc.sql("select id from provider where municipality_id = 561 and code = 'vestkystens-omsorg'")
                .query(Long.class).single();
        long municipal = jdbc.sql("select id from provider where municipality_id = 561 and code = 'esbjerg-hjemmeplejen'")
                .query(Long.class).single();
        Map<String, Object> light = with(grant("rh-bad", 1, "WEEK", "DAY", 30, today, null), "goals", "Kan selv gå i bad");
        Response refused = esbjerg.post("/api/v1/decisions", decision(citizenId, inquiryId, with(light, "provider",
                map("providerId", privateProvider, "kind", "SELECTED_BY_MUNICIPALITY", "reason", "Ledig kapacitet"))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("grants[0].provider")
                .contains("er en privat leverandør og kan ikke levere et forløb på pakkeniveau let");

        Response made = esbjerg.post("/api/v1/decisions", decision(citizenId, inquiryId, with(light, "provider",
                map("providerId", municipal, "kind", "SELECTED_BY_MUNICIPALITY", "reason", "Kommunal terapeut"))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        as("visitator-esbjerg");
        Course course = courses.read(courses.idOf(UUID.fromString(made.json().get("grants").get(0).get("grantKey").asText())));
        assertThat(course.level()).isEqualTo(PackageLevel.LIGHT);
        assertThat(course.providerId()).isEqualTo(municipal);
    }

    @Test
    void esbjergRefusesAChangeThatMakesAPrivateProvidersCourseLightByTheFrequency() {
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        Response inquiry = esbjergInquiry(esbjerg, "Forløb Åge Ilsø");
        long privateProvider = jdbc.sql("select id from provider where municipality_id = 561 and code = 'vestkystens-omsorg'")
                .query(Long.class).single();
        Map<String, Object> moderate = with(grant("rh-bad", 3, "WEEK", "DAY", 30, today, null), "goals", "Kan selv gå i bad",
                "overrideReason", "Borgeren skal i bad tre gange om ugen i forløbet");
        Response made = esbjerg.post("/api/v1/decisions", decision(inquiry.json().get("citizenId").asLong(),
                inquiry.json().get("id").asLong(), with(moderate, "provider",
                        map("providerId", privateProvider, "kind", "SELECTED_BY_MUNICIPALITY", "reason", "Ledig kapacitet"))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String grantKey = made.json().get("grants").get(0).get("grantKey").asText();

        // the provider stays (a change of provider is a switch); one visit a week makes the course light
        Response lighter = esbjerg.post("/api/v1/decisions/" + made.json().get("id").asLong() + "/changes",
                DecisionTestData.json(map("version", made.json().get("version").asInt(), "grants", List.of(
                        with(grant("rh-bad", 1, "WEEK", "DAY", 30, today, null), "grantKey", grantKey, "goals", "Kan selv gå i bad")))));
        assertThat(lighter.status()).as(lighter.body()).isEqualTo(400);
        assertThat(lighter.body()).contains("grants[0].times")
                .contains("med den nye hyppighed bliver forløbet et forløb på pakkeniveau let");
        assertThat(jdbc.sql("select count(*) from decision where lineage_id = ?").param(made.json().get("id").asLong())
                .query(Long.class).single()).as("nothing stored").isEqualTo(1);

        Response other = esbjerg.post("/api/v1/decisions/" + made.json().get("id").asLong() + "/changes",
                DecisionTestData.json(map("version", made.json().get("version").asInt(), "grants", List.of(
                        with(moderate, "grantKey", grantKey, "minutesPerDelivery", 40)))));
        assertThat(other.status()).as("a change within the level: " + other.body()).isEqualTo(201);
    }

    /** An inquiry in Esbjerg for a § 83 a course (a new citizen). */
    private static Response esbjergInquiry(ApiClient esbjerg, String name) {
        Response inquiry = esbjerg.post("/api/v1/inquiries", DecisionTestData.json(map(
                "cprNumber", dk.omsorg.support.TestCitizens.newCpr(), "citizenName", name,
                "address", "Kongensgade 5, 6700 Esbjerg", "district", "esbjerg-midt", "source", "CITIZEN",
                "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Hjælp til bad", "legalBasis", "SEL § 83 a",
                "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return inquiry;
    }
}
