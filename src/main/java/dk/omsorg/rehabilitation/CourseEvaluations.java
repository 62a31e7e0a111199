package dk.omsorg.rehabilitation;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.MaxDuration;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionChange;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.decision.RequireDeciding;
import dk.omsorg.rehabilitation.internal.CourseRows;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mid-way and final evaluation of a course (seed 004): a form filled by the course owner — or by the provider
 * where the municipality lets the provider evaluate (Egedal) — with goals met or not, the FSIII states, a
 * recommendation and a note; saving it closes the evaluation task. The caseworker then decides: continue (nothing
 * changes), extend (a new end within the quality standard's length, as a new decision version), close (the course
 * grant ends on a chosen day, as a new decision version) or revisit (a task to reassess the citizen). A new decision
 * version takes the existing path, so letters, provider notices and tasks follow.
 */
@Service
@Transactional
public class CourseEvaluations {

    /** The course length when the standard gives none: "typically ≤ 3 months / 13 weeks" (glossary). */
    static final int DEFAULT_WEEKS = 13;
    static final int REVISIT_DAYS = 14;

    private final Courses courses;
    private final CourseRows rows;
    private final JdbcClient jdbc;
    private final RehabilitationPolicies policies;
    private final Decisions decisions;
    private final Catalogs catalogs;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    CourseEvaluations(Courses courses, CourseRows rows, JdbcClient jdbc, RehabilitationPolicies policies,
                      Decisions decisions, Catalogs catalogs, CurrentUsers users, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.courses = courses;
        this.rows = rows;
        this.jdbc = jdbc;
        this.policies = policies;
        this.decisions = decisions;
        this.catalogs = catalogs;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One goal on the form: met or not, and its FSIII state now (0–4, may be left out). */
    public record GoalInput(UUID stateCode, Boolean met, Integer state) {
    }

    /**
     * The form; {@code version} is the course's version as the form was loaded; {@code ippaEnd} the final evaluation's
     * IPPA difficulty per problem in the course's order (null entries leave a problem as it is).
     */
    public record Form(Integer version, List<GoalInput> goals, Recommendation recommendation, String note,
                       List<Integer> ippaEnd) {

        public Form(Integer version, List<GoalInput> goals, Recommendation recommendation, String note) {
            this(version, goals, recommendation, note, List.of());
        }

        public Form {
            ippaEnd = ippaEnd == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(ippaEnd));
        }
    }

    /** Whether the provider may fill the evaluation form of this course (rehabilitation.yaml providerEvaluates). */
    public boolean providerEvaluates(Course course) {
        return policies.on(course.municipalityId(), course.start())
                .map(RehabilitationPolicy.Version::providerEvaluates).orElse(false);
    }

    /** The owner's (or another caseworker's) evaluation. */
    @RequireCaseworker
    public Course fill(long courseId, EvaluationKind kind, Form form) {
        return fill(courses.staffCourse(courseId), kind, form, false);
    }

    /** The provider's evaluation, where the municipality lets the provider evaluate. */
    @RequireProvider
    public Course fillAsProvider(long courseId, EvaluationKind kind, Form form) {
        Course course = courses.providerCourse(courseId);
        if (!providerEvaluates(course)) {
            throw new InvalidInputException("recommendation", "rehabilitation.evaluation.providerNotAllowed");
        }
        return fill(course, kind, form, true);
    }

    private Course fill(Course course, EvaluationKind kind, Form form, boolean provider) {
        if (kind == null) {
            throw new NotFoundException("rehabilitation.evaluation.notFound");
        }
        if (course.closed()) {
            throw new ConflictException("rehabilitation.evaluation.closed");
        }
        if (course.evaluation(kind).isPresent()) {
            throw new ConflictException("rehabilitation.evaluation.alreadyFilled");
        }
        List<Violation> violations = new ArrayList<>();
        Map<UUID, GoalInput> given = (form.goals() == null ? List.<GoalInput>of() : form.goals()).stream()
                .filter(g -> g != null && g.stateCode() != null)
                .collect(Collectors.toMap(GoalInput::stateCode, Function.identity(), (a, b) -> a));
        for (int i = 0; i < course.goalStates().size(); i++) {
            Course.GoalState goal = course.goalStates().get(i);
            GoalInput in = given.get(goal.stateCode());
            if (in == null || in.met() == null) {
                violations.add(new Violation("goals[" + i + "].met", "rehabilitation.evaluation.goalMet", goal.stateName()));
            }
            if (in != null && in.state() != null && (in.state() < 0 || in.state() > 4)) {
                violations.add(new Violation("goals[" + i + "].state", "rehabilitation.goal.scale"));
            }
        }
        if (form.recommendation() == null) {
            violations.add(new Violation("recommendation", "rehabilitation.evaluation.recommendation"));
        }
        RehabilitationPolicy.IppaBounds bounds = policies.on(course.municipalityId(), course.start())
                .map(RehabilitationPolicy.Version::ippa).orElse(new RehabilitationPolicy.IppaBounds(7, 1, 5));
        List<Ippa.Problem> problems = course.ippa();
        if (kind == EvaluationKind.FINAL) {
            for (int i = 0; i < Math.min(problems.size(), form.ippaEnd().size()); i++) {
                Integer end = form.ippaEnd().get(i);
                if (end != null && (end < bounds.minScale() || end > bounds.maxScale())) {
                    violations.add(new Violation("ippaEnd[" + i + "]", "rehabilitation.ippa.endDifficulty", i + 1,
                            bounds.minScale(), bounds.maxScale()));
                }
            }
        }
        String note = Courses.blankToNull(form.note());
        if (note != null && note.length() > 4000) {
            violations.add(new Violation("note", "rehabilitation.note.tooLong", 4000));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        courses.change(course, form.version());
        CurrentUser user = users.current();
        Long id = jdbc.sql("""
                        insert into rehabilitation_evaluation (course_id, kind, due_on, recommendation, note, filled_at,
                            filled_by, filled_by_provider, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0) returning id""")
                .params(course.id(), kind.name(), course.due(kind), form.recommendation().name(), note,
                        Timestamp.from(Instant.now(clock)), user.username(), provider)
                .query(Long.class).single();
        for (Course.GoalState goal : course.goalStates()) {
            GoalInput in = given.get(goal.stateCode());
            jdbc.sql("insert into rehabilitation_evaluation_goal (evaluation_id, position, state_code, met, state) values (?, ?, ?, ?, ?)")
                    .params(id, goal.position(), goal.stateCode(), in.met(), in.state()).update();
            if (kind == EvaluationKind.FINAL && in.state() != null) {
                // the FSIII state at the course's end
                jdbc.sql("update rehabilitation_goal set end_state = ? where course_id = ? and position = ?")
                        .params(in.state(), course.id(), goal.position()).update();
            }
        }
        if (kind == EvaluationKind.FINAL) {
            // IPPA at the end: the same problems scored again for difficulty
            for (int i = 0; i < Math.min(problems.size(), form.ippaEnd().size()); i++) {
                if (form.ippaEnd().get(i) != null) {
                    jdbc.sql("update rehabilitation_ippa_problem set end_difficulty = ? where course_id = ? and position = ?")
                            .params(form.ippaEnd().get(i), course.id(), problems.get(i).position()).update();
                }
            }
        }
        audit.changed(AuditAction.CREATE, course.citizenId(), Courses.RESOURCE, course.id(),
                kind == EvaluationKind.MIDWAY ? "midtvejsevaluering udfyldt" : "slutevaluering udfyldt");
        events.publishEvent(new TaskWorkDone(course.municipalityId(), TaskKind.COURSE_EVALUATION,
                EvaluationTasks.subjectKey(course, kind), user.username()));
        return rows.find(course.id()).orElseThrow();
    }

    /**
     * The caseworker's decision on a filled evaluation.
     *
     * @param day the new end (extend) or the course's last day (close); not used otherwise
     */
    @RequireDeciding
    public Course decide(long courseId, long evaluationId, Integer version, Recommendation decision, LocalDate day,
                         String note) {
        Course course = courses.staffCourse(courseId);
        CourseEvaluation evaluation = course.evaluations().stream().filter(e -> e.id() == evaluationId).findFirst()
                .orElseThrow(() -> new NotFoundException("rehabilitation.evaluation.notFound"));
        if (evaluation.decided()) {
            throw new ConflictException("rehabilitation.evaluation.alreadyDecided");
        }
        if (version == null || version != evaluation.version()) {
            throw new OptimisticLockingFailureException("Evaluation " + evaluationId + " changed since it was read");
        }
        if (decision == null) {
            throw new InvalidInputException("decision", "rehabilitation.decision.required");
        }
        String text = Courses.blankToNull(note);
        if (text != null && text.length() > 4000) {
            throw new InvalidInputException("decisionNote", "rehabilitation.note.tooLong", 4000);
        }
        if (course.closed() && decision != Recommendation.REVISIT) {
            throw new ConflictException("rehabilitation.evaluation.closed");
        }
        LocalDate today = decisions.today();
        Long resulting = null;
        LocalDate recordedDay = null;
        switch (decision) {
            case CONTINUE -> { }
            case EXTEND -> {
                LocalDate latest = latestEnd(course);
                if (day == null || !day.isAfter(course.end())) {
                    throw new InvalidInputException("day", "rehabilitation.extend.after", course.end());
                }
                if (day.isAfter(latest)) {
                    throw new InvalidInputException("day", "rehabilitation.extend.beyondStandard", latest);
                }
                resulting = newEnd(course, day, "rehabilitation.decision.reasoning.extend");
                recordedDay = day;
            }
            case CLOSE -> {
                if (day == null || day.isBefore(course.start()) || day.isAfter(course.end())) {
                    throw new InvalidInputException("day", "rehabilitation.close.within", course.start(), course.end());
                }
                if (!day.equals(course.end())) {
                    resulting = newEnd(course, day, "rehabilitation.decision.reasoning.close");
                }
                jdbc.sql("update rehabilitation_course set closed_on = ?, status = 'CLOSED' where id = ?")
                        .params(day, course.id()).update();
                recordedDay = day;
            }
            case REVISIT -> events.publishEvent(new TaskRequested(course.municipalityId(), course.citizenId(),
                    TaskKind.COURSE_REVISIT, "course-revisit:" + evaluationId,
                    "Revurdering efter evaluering: " + course.interventionName(), "/citizens/" + course.citizenId(),
                    users.current().username(), null, today.plusDays(REVISIT_DAYS)));
        }
        int updated = jdbc.sql("""
                        update rehabilitation_evaluation set decision = ?, decision_day = ?, decision_note = ?, decided_at = ?,
                            decided_by = ?, resulting_decision_id = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(decision.name(), recordedDay, text, Timestamp.from(Instant.now(clock)), users.current().username(),
                        resulting, evaluationId, version).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Evaluation " + evaluationId + " changed since it was read");
        }
        audit.changed(AuditAction.UPDATE, course.citizenId(), Courses.RESOURCE, course.id(), switch (decision) {
            case CONTINUE -> "evaluering afgjort: forløbet fortsætter";
            case EXTEND -> "evaluering afgjort: forløbet forlænges";
            case CLOSE -> "evaluering afgjort: forløbet afsluttes";
            case REVISIT -> "evaluering afgjort: borgeren revurderes";
        });
        return rows.find(course.id()).orElseThrow();
    }

    /** The latest end the quality standard allows: its course length in weeks, and the area's max duration. */
    LocalDate latestEnd(Course course) {
        Catalog catalog = catalogs.inForce(course.municipalityId(), course.start()).orElse(null);
        Area area = catalog == null ? null : catalog.areaOf(course.interventionCode()).orElse(null);
        Integer weeks = area == null || area.rehabilitationCourse() == null ? null : area.rehabilitationCourse().maxWeeks();
        LocalDate latest = course.start().plusWeeks(weeks == null ? DEFAULT_WEEKS : weeks).minusDays(1);
        MaxDuration max = area == null ? null : catalog.intervention(course.interventionCode())
                .map(area::maxDurationFor).orElse(null);
        if (max != null && max.latestEnd(course.start()).isBefore(latest)) {
            latest = max.latestEnd(course.start());
        }
        return latest;
    }

    /** A new version of the course's decision with the course grant's new end; returns its id. */
    private long newEnd(Course course, LocalDate end, String reasoningKey) {
        Decision current = decisions.read(course.decisionId());
        Grant g = current.grant(course.grantKey())
                .orElseThrow(() -> new ConflictException("rehabilitation.course.grantGone"));
        GrantInput input = new GrantInput(g.grantKey(), g.interventionCode(), g.times(), g.per(), g.every(), g.shifts(),
                g.minutesPerDelivery(), g.start(), end, g.goals(), g.overrideReason() != null, g.overrideReason(),
                g.provider(), null, null);
        String reasoning = messages.getMessage(reasoningKey, new Object[] {Danish.date(end)}, Locale.forLanguageTag("da"));
        Decision saved = decisions.change(current.id(), new DecisionChange(current.version(), false, reasoning, false,
                null, List.of(input)));
        return saved.id();
    }

    /** Dates as a Danish letter writes them. */
    static final class Danish {
        private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy",
                java.util.Locale.forLanguageTag("da-DK"));

        static String date(LocalDate d) {
            return DATE.format(d);
        }
    }
}
