package dk.omsorg.rehabilitation;

import dk.omsorg.assessment.Assessment;
import dk.omsorg.assessment.Assessments;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.FsiiiConcept;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.rehabilitation.internal.CourseRows;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Working on a course: reading it (staff of the municipality; a provider only its own courses), the owner, the
 * contact person, IPPA, the FSIII states of its goals and notes. Every read and change is audited; a change made to
 * an old version of the course is refused (409).
 */
@Service
@Transactional
public class Courses {

    public static final String RESOURCE = "rehabilitation-course";

    private final CourseRows rows;
    private final JdbcClient jdbc;
    private final Citizens citizens;
    private final Assessments assessments;
    private final FsiiiCatalog fsiii;
    private final RehabilitationPolicies policies;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StaffDirectory staff;
    private final dk.omsorg.provider.Providers providers;

    Courses(CourseRows rows, JdbcClient jdbc, Citizens citizens, Assessments assessments, FsiiiCatalog fsiii,
            RehabilitationPolicies policies, CurrentUsers users, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, StaffDirectory staff, dk.omsorg.provider.Providers providers) {
        this.staff = staff;
        this.providers = providers;
        this.rows = rows;
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.assessments = assessments;
        this.fsiii = fsiii;
        this.policies = policies;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One IPPA problem as entered: importance and difficulty at the start, difficulty at the end (may be null). */
    public record ProblemInput(String problem, Integer importance, Integer startDifficulty, Integer endDifficulty) {
        boolean blank() {
            return (problem == null || problem.isBlank()) && importance == null && startDifficulty == null
                    && endDifficulty == null;
        }
    }

    /** A course for municipal staff. */
    @RequireCitizenAccess
    public Course read(long id) {
        Course course = staffCourse(id);
        audit.read(course.citizenId(), RESOURCE, id);
        return course;
    }

    /** The course of a course grant, for the evaluation task's link. */
    @RequireCitizenAccess
    public long idOf(UUID grantKey) {
        return rows.idOf(users.current().municipalityId(), grantKey)
                .orElseThrow(() -> new NotFoundException("rehabilitation.course.notFound"));
    }

    /** The citizen's courses, newest first. */
    @RequireCitizenAccess
    public List<Course> forCitizen(long citizenId) {
        var citizen = citizens.accessible(citizenId);
        List<Course> list = rows.forCitizen(citizen.municipalityId(), citizenId);
        audit.read(citizenId, RESOURCE, null);
        return list;
    }

    /** The municipality's courses by status, level and provider (the caseworker's list). */
    @RequireCitizenAccess
    public List<Course> list(Boolean closed, PackageLevel level, Long providerId) {
        List<Course> list = rows.list(users.current().municipalityId(), providerId, closed, level);
        audit.readAll(list.stream().map(Course::citizenId).distinct().toList(), RESOURCE, null);
        return list;
    }

    /** A course for the provider delivering it; any other course is "not found" (and the attempt audited). */
    @RequireProvider
    public Course readAsProvider(long id) {
        Course course = providerCourse(id);
        audit.read(course.citizenId(), RESOURCE, id);
        return course;
    }

    /** The provider's own courses. */
    @RequireProvider
    public List<Course> providerCourses() {
        CurrentUser user = users.current();
        List<Course> list = rows.list(user.municipalityId(), user.providerId(), null, null);
        audit.readAll(list.stream().map(Course::citizenId).distinct().toList(), RESOURCE, null);
        return list;
    }

    /** The course owner (forløbsansvarlig): a user of the municipality; the open evaluation tasks follow. */
    @RequireCaseworker
    public Course assignOwner(long id, Integer version, String username) {
        Course course = staffCourse(id);
        String owner = username == null || username.isBlank() ? null : username.strip();
        if (owner != null && (owner.length() > 100 || staff.find(owner)
                .filter(u -> u.municipalityId() == course.municipalityId() && u.role().isMunicipalStaff()).isEmpty())) {
            // the owner is one of the municipality's own staff (a therapist or the visitator), never a provider
            throw new InvalidInputException("ownerUser", "rehabilitation.owner.invalid");
        }
        change(course, version);
        jdbc.sql("update rehabilitation_course set owner_user = ? where id = ?").params(owner, id).update();
        audit.changed(AuditAction.UPDATE, course.citizenId(), RESOURCE, id, "forløbsansvarlig valgt");
        if (owner != null) {
            for (EvaluationKind kind : EvaluationKind.values()) {
                if (course.evaluation(kind).isEmpty() && !course.closed()) {
                    // a repeated request moves the open task to its new owner (task module)
                    events.publishEvent(new TaskRequested(course.municipalityId(), course.citizenId(),
                            dk.omsorg.task.TaskKind.COURSE_EVALUATION, EvaluationTasks.subjectKey(course, kind),
                            EvaluationTasks.title(kind, course), EvaluationTasks.link(course), owner, null,
                            course.due(kind)));
                }
            }
        }
        return rows.find(id).orElseThrow();
    }

    /** The contact person at the provider (kontaktperson), entered by the caseworker. */
    @RequireCaseworker
    public Course setContact(long id, Integer version, String person, String phone) {
        Course course = staffCourse(id);
        return contact(course, version, person, phone);
    }

    /** The contact person, entered by the provider delivering the course. */
    @RequireProvider
    public Course setContactAsProvider(long id, Integer version, String person, String phone) {
        return contact(providerCourse(id), version, person, phone);
    }

    private Course contact(Course course, Integer version, String person, String phone) {
        List<Violation> violations = new ArrayList<>();
        String p = blankToNull(person);
        String ph = blankToNull(phone);
        if (p != null && p.length() > InputLimits.NAME_LENGTH) {
            violations.add(new Violation("contactPerson", "rehabilitation.contact.tooLong", InputLimits.NAME_LENGTH));
        }
        if (ph != null && (ph.length() > InputLimits.PHONE_LENGTH || !ph.matches("[+0-9 ()-]+"))) {
            violations.add(new Violation("contactPhone", "rehabilitation.contact.phone"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        change(course, version);
        jdbc.sql("update rehabilitation_course set contact_person = ?, contact_phone = ? where id = ?")
                .params(p, ph, course.id()).update();
        audit.changed(AuditAction.UPDATE, course.citizenId(), RESOURCE, course.id(), "kontaktperson registreret");
        return rows.find(course.id()).orElseThrow();
    }

    /**
     * The citizen's IPPA: the problems with importance and difficulty at the start, and difficulty at the end. Blank
     * lines are skipped; every broken rule is named by line; nothing is stored when one is broken.
     */
    @RequireCaseworker
    public Course recordIppa(long id, Integer version, List<ProblemInput> problems) {
        Course course = staffCourse(id);
        RehabilitationPolicy.IppaBounds bounds = policies.on(course.municipalityId(), course.start())
                .map(RehabilitationPolicy.Version::ippa).orElse(new RehabilitationPolicy.IppaBounds(7, 1, 5));
        List<ProblemInput> given = problems == null ? List.of() : problems.stream().filter(p -> p != null && !p.blank()).toList();
        List<Violation> violations = new ArrayList<>();
        if (given.size() > bounds.maxProblems()) {
            violations.add(new Violation("ippa", "rehabilitation.ippa.tooMany", bounds.maxProblems()));
        }
        for (int i = 0; i < given.size(); i++) {
            ProblemInput p = given.get(i);
            String at = "ippa[" + i + "]";
            int line = i + 1;
            if (p.problem() == null || p.problem().isBlank() || p.problem().length() > 500) {
                violations.add(new Violation(at + ".problem", "rehabilitation.ippa.problem", line));
            }
            scale(violations, at + ".importance", "rehabilitation.ippa.importance", p.importance(), true, line, bounds);
            scale(violations, at + ".startDifficulty", "rehabilitation.ippa.startDifficulty", p.startDifficulty(), true, line, bounds);
            scale(violations, at + ".endDifficulty", "rehabilitation.ippa.endDifficulty", p.endDifficulty(), false, line, bounds);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        change(course, version);
        jdbc.sql("delete from rehabilitation_ippa_problem where course_id = ?").param(id).update();
        for (int i = 0; i < given.size(); i++) {
            ProblemInput p = given.get(i);
            jdbc.sql("""
                            insert into rehabilitation_ippa_problem (course_id, position, problem, importance, start_difficulty, end_difficulty)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, p.problem().strip(), p.importance(), p.startDifficulty(), p.endDifficulty()).update();
        }
        audit.changed(AuditAction.UPDATE, course.citizenId(), RESOURCE, id, "IPPA registreret");
        return rows.find(id).orElseThrow();
    }

    /**
     * Adds an FSIII function-ability state the course aims at; without a start state the citizen's latest assessment
     * gives it (when it scored that state).
     */
    @RequireCaseworker
    public Course addGoal(long id, Integer version, UUID stateCode, Integer startState) {
        Course course = staffCourse(id);
        FsiiiConcept concept = stateCode == null ? null : fsiii.find(stateCode)
                .filter(c -> fsiii.currentFunctionalAbilityStates().stream()
                        .anyMatch(a -> a.concepts().stream().anyMatch(x -> x.code().equals(c.code()))))
                .orElse(null);
        if (concept == null) {
            throw new InvalidInputException("stateCode", "rehabilitation.goal.state");
        }
        if (course.goalStates().stream().anyMatch(g -> g.stateCode().equals(stateCode))) {
            throw new InvalidInputException("stateCode", "rehabilitation.goal.duplicate", concept.name());
        }
        if (startState != null && (startState < 0 || startState > 4)) {
            throw new InvalidInputException("startState", "rehabilitation.goal.scale");
        }
        Integer start = startState != null ? startState : latestScore(course.citizenId(), stateCode);
        change(course, version);
        int position = course.goalStates().stream().mapToInt(Course.GoalState::position).max().orElse(0) + 1;
        jdbc.sql("insert into rehabilitation_goal (course_id, position, state_code, state_name, start_state) values (?, ?, ?, ?, ?)")
                .params(id, position, stateCode, concept.name(), start).update();
        audit.changed(AuditAction.UPDATE, course.citizenId(), RESOURCE, id, "mål for forløbet tilføjet");
        return rows.find(id).orElseThrow();
    }

    private Integer latestScore(long citizenId, UUID stateCode) {
        return assessments.overview(citizenId).latest().flatMap(a -> a.scoreFor(stateCode))
                .filter(s -> s >= 0 && s <= 4).orElse(null);
    }

    /** A note by municipal staff. */
    @RequireCitizenAccess
    public Course addNote(long id, String text) {
        Course course = staffCourse(id);
        note(course, text, false);
        return rows.find(id).orElseThrow();
    }

    /** A note by the provider delivering the course. */
    @RequireProvider
    public Course addNoteAsProvider(long id, String text) {
        Course course = providerCourse(id);
        note(course, text, true);
        return rows.find(id).orElseThrow();
    }

    private void note(Course course, String text, boolean provider) {
        String t = blankToNull(text);
        if (t == null) {
            throw new InvalidInputException("text", "rehabilitation.note.required");
        }
        if (t.length() > 4000) {
            throw new InvalidInputException("text", "rehabilitation.note.tooLong", 4000);
        }
        jdbc.sql("insert into rehabilitation_note (course_id, text, written_at, written_by, written_by_provider) values (?, ?, ?, ?, ?)")
                .params(course.id(), t, Timestamp.from(Instant.now(clock)), users.current().username(), provider).update();
        audit.changed(AuditAction.CREATE, course.citizenId(), RESOURCE, course.id(), "note på forløbet");
    }

    Course staffCourse(long id) {
        Course course = rows.find(id).orElseThrow(() -> new NotFoundException("rehabilitation.course.notFound"));
        // refuses (and audits) a citizen of another municipality
        citizens.accessibleFor(course.citizenId(), "rehabilitation.course.notFound");
        return course;
    }

    Course providerCourse(long id) {
        CurrentUser user = users.current();
        Course course = rows.find(id).orElse(null);
        if (course == null || course.municipalityId() != user.municipalityId() || !(Objects.equals(course.providerId(), user.providerId())
                // after a switch of provider the new provider delivers the course
                || providers.deliveringGrant(course.grantKey(), java.time.LocalDate.now(clock))
                        .map(p -> Objects.equals(p.id(), user.providerId())).orElse(false))) {
            audit.denied(course == null ? null : course.citizenId(), RESOURCE, id);
            throw new NotFoundException("rehabilitation.course.notFound");
        }
        return course;
    }

    /** Counts the change on the course's version; a change to an old version is refused. */
    void change(Course course, Integer version) {
        if (version == null || !rows.touch(course.id(), version, users.current().username(), Instant.now(clock))) {
            throw new OptimisticLockingFailureException("Course " + course.id() + " changed since it was read");
        }
    }

    private static void scale(List<Violation> violations, String field, String key, Integer value, boolean required,
                              int line, RehabilitationPolicy.IppaBounds bounds) {
        if (value == null ? required : value < bounds.minScale() || value > bounds.maxScale()) {
            violations.add(new Violation(field, key, line, bounds.minScale(), bounds.maxScale()));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
