package dk.omsorg.task;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireTaskQueue;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.internal.TaskRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The work queue (opgaver): a user's own queue, a team's, a colleague's (coordinator, leader), the counts for the
 * menu, a citizen's open tasks, reassigning and closing by hand. Only the user's own municipality: another's task
 * reads as one that does not exist (404), and the attempt is audited. Every citizen shown is audited; bad input
 * changes nothing.
 */
@Service
@Transactional
public class Tasks {

    /** The most tasks one queue shows; a queue longer than this is narrowed with the filters. */
    /**
     * Tasks on one page of a queue: a page a person reads, and cheap to render however many tasks a caseworker has
     * (the workspace benchmark's caseworkers have about 2,500 open tasks each; 500 rows per page took seconds).
     */
    public static final int PAGE_SIZE = 50;
    static final String RESOURCE = "task";
    static final String QUEUE_RESOURCE = "task-queue";
    static final int MAX_CITIZEN_FILTER = 100;
    /** The roles whose staff have tasks: reassignable to, and in a coordinator's select. */
    public static final List<Role> WORKING_ROLES = List.of(Role.CASEWORKER, Role.COORDINATOR, Role.LEADER);

    private final TaskRepository tasks;
    private final StaffDirectory staff;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Tasks(TaskRepository tasks, StaffDirectory staff, CurrentUsers users, AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A queue: the user's own ({@code owner} empty or "me"), the user's own team's ({@code team:<own role>}), or —
     * for a coordinator or leader — any team's or a colleague's ({@code user:<username>}).
     *
     * @param kind    a {@link TaskKind} name, or empty for all
     * @param citizen a citizen's id, or part of a name; empty for all
     * @param due     overdue, today, week or all (empty: all)
     * @throws InvalidInputException  a filter or owner of no known form, naming the field
     * @throws AccessDeniedException  another's queue asked for by a user who may not see it (audited)
     * @throws NotFoundException      a colleague who is not staff of the municipality
     */
    @RequireTaskQueue
    public TaskQueue queue(String owner, String kind, String citizen, String due) {
        return queue(owner, kind, citizen, due, 1);
    }

    /** As {@link #queue(String, String, String, String)}, the given page (1 = the first {@link #PAGE_SIZE} tasks). */
    @RequireTaskQueue
    public TaskQueue queue(String owner, String kind, String citizen, String due, int page) {
        if (page < 1 || page > 100_000) {
            throw new InvalidInputException("page", "task.page.invalid");
        }
        CurrentUser user = users.current();
        TaskOwner whose = TaskOwner.parse(owner)
                .orElseThrow(() -> new InvalidInputException("owner", "task.owner.invalid", owner));
        TaskKind kindFilter = blank(kind) ? null : parseKind(kind);
        TaskDue dueFilter = blank(due) ? TaskDue.ALL : TaskDue.parse(due)
                .orElseThrow(() -> new InvalidInputException("due", "task.due.unknown", due));
        String citizenFilter = blank(citizen) ? null : citizen.strip();
        if (citizenFilter != null && citizenFilter.length() > MAX_CITIZEN_FILTER) {
            throw new InvalidInputException("citizen", "task.citizen.tooLong", MAX_CITIZEN_FILTER);
        }
        whose = allowed(user, whose);
        LocalDate today = today();
        Long citizenId = citizenFilter != null && citizenFilter.matches("[0-9]{1,18}") ? Long.valueOf(citizenFilter) : null;
        String nameLike = citizenFilter == null || citizenId != null ? null : likeEscaped(citizenFilter.toLowerCase(Locale.ROOT));
        String ownerUser = whose instanceof TaskOwner.Me ? user.username()
                : whose instanceof TaskOwner.User u ? u.username() : null;
        String ownerRole = whose instanceof TaskOwner.Team t ? t.role().name() : null;
        List<Task> found = tasks.open(user.municipalityId(), ownerUser, ownerRole, kindFilter, citizenId, nameLike,
                dueFilter.dueBefore(today).orElse(null), PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        boolean truncated = found.size() > PAGE_SIZE;
        List<Task> shown = truncated ? found.subList(0, PAGE_SIZE) : found;
        // the queue read, by whose it is (the own queue by the username: "me" would not say whose in the log)
        String queueId = ownerUser != null ? new TaskOwner.User(ownerUser).param() : whose.param();
        audit.readAll(shown.stream().map(Task::citizenId).distinct().toList(), QUEUE_RESOURCE, queueId);
        return new TaskQueue(whose, kindFilter, citizenFilter, dueFilter, List.copyOf(shown), truncated, today, page);
    }

    /** The user's own open tasks counted per kind (and how many overdue), for the menu; no citizen is named. */
    @RequireTaskQueue
    @Transactional(readOnly = true)
    public Map<TaskKind, TaskCount> counts() {
        CurrentUser user = users.current();
        if (user.is(Role.FINANCE)) {
            return tasks.countsForTeam(user.municipalityId(), Role.FINANCE.name(), today());
        }
        return tasks.countsForUser(user.municipalityId(), user.username(), today());
    }

    @RequireTaskQueue
    public Task read(long id) {
        Task task = accessible(id);
        audit.read(task.citizenId(), RESOURCE, id);
        return task;
    }

    /** The citizen's open tasks by due date, for the citizen overview. */
    @RequireCitizenAccess
    public List<Task> openForCitizen(long citizenId) {
        CurrentUser user = users.current();
        if (!tasks.citizenIn(citizenId, user.municipalityId())) {
            audit.denied(citizenId, RESOURCE, null);
            throw new NotFoundException("citizen.notFound");
        }
        List<Task> open = tasks.openForCitizen(user.municipalityId(), citizenId);
        audit.read(citizenId, RESOURCE, null);
        return open;
    }

    /**
     * The staff of the user's municipality who have tasks, for choosing a colleague's queue or a new owner; empty for
     * a user who may do neither (a caseworker's queue page then reads no staff list at all).
     */
    @RequireTaskQueue
    @Transactional(readOnly = true)
    public List<StaffUser> colleagues() {
        CurrentUser user = users.current();
        if (!user.is(Role.COORDINATOR) && !user.is(Role.LEADER)) {
            return List.of();
        }
        int municipality = user.municipalityId();
        List<StaffUser> all = new ArrayList<>();
        WORKING_ROLES.forEach(role -> all.addAll(staff.withRole(municipality, role)));
        return all;
    }

    /**
     * Closes an open task by hand as done, by the current user.
     *
     * @throws ConflictException                 closed already (409 "Opgaven er allerede afsluttet")
     * @throws OptimisticLockingFailureException changed since {@code version} was read
     */
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','FINANCE')")
    public Task close(long id, Integer version) {
        Task task = accessible(id);
        int expected = requireVersion(version);
        requireOpen(task);
        if (!tasks.closeDone(id, expected, Instant.now(clock), users.current().username())) {
            throw changedMeanwhile(id, expected);
        }
        audit.changed(AuditAction.UPDATE, task.citizenId(), RESOURCE, id, "opgave afsluttet");
        return tasks.find(id).orElseThrow();
    }

    /**
     * Gives an open task to a user of the municipality or to a team (exactly one of the two).
     *
     * @throws InvalidInputException an unknown user, one of another municipality or a provider's; an unknown team;
     *                               none or both given; no version — naming the field, nothing changed
     */
    @RequireQueueManagement
    public Task reassign(long id, String ownerUser, String ownerRole, Integer version) {
        Task task = accessible(id);
        int expected = requireVersion(version);
        CurrentUser user = users.current();
        String toUser = blank(ownerUser) ? null : ownerUser.strip();
        String toRole = blank(ownerRole) ? null : ownerRole.strip();
        if (toUser == null && toRole == null) {
            throw new InvalidInputException("ownerUser", "task.reassign.ownerRequired");
        }
        if (toUser != null && toRole != null) {
            throw new InvalidInputException("ownerUser", "task.reassign.both");
        }
        if (toUser != null && staff.find(toUser).filter(s -> s.enabled() && s.role().isMunicipalStaff()
                && s.municipalityId() == user.municipalityId()).isEmpty()) {
            throw new InvalidInputException("ownerUser", "task.ownerUser.unknown", toUser);
        }
        if (toRole != null) {
            String team = toRole;
            toRole = TaskOwner.parse("team:" + team).map(o -> ((TaskOwner.Team) o).role().name())
                    .orElseThrow(() -> new InvalidInputException("ownerRole", "task.ownerRole.unknown", team));
        }
        requireOpen(task);
        if (!tasks.reassign(id, expected, toUser, toRole, Instant.now(clock), user.username())) {
            throw changedMeanwhile(id, expected);
        }
        audit.changed(AuditAction.UPDATE, task.citizenId(), RESOURCE, id, "opgave overdraget");
        return tasks.find(id).orElseThrow();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    /** The queue the user may see; "user:" naming the user is the user's own. */
    private TaskOwner allowed(CurrentUser user, TaskOwner whose) {
        // finance's tasks go to its team (special cases' costs and offer reviews): its own queue is the team's
        if (user.is(Role.FINANCE) && whose instanceof TaskOwner.Me) {
            return new TaskOwner.Team(Role.FINANCE);
        }
        boolean manager = user.is(Role.COORDINATOR) || user.is(Role.LEADER);
        if (whose instanceof TaskOwner.User u) {
            if (u.username().equals(user.username())) {
                return new TaskOwner.Me();
            }
            if (!manager) {
                audit.denied(null, QUEUE_RESOURCE, whose.param());
                throw new AccessDeniedException("Only a coordinator or leader sees a colleague's tasks");
            }
            Optional<StaffUser> colleague = staff.find(u.username())
                    .filter(s -> s.role().isMunicipalStaff() && s.municipalityId() == user.municipalityId());
            if (colleague.isEmpty()) {
                // a user of another municipality reads as one that does not exist
                throw new NotFoundException("task.colleague.unknown", u.username());
            }
        }
        if (whose instanceof TaskOwner.Team t && t.role() != user.role() && !manager) {
            audit.denied(null, QUEUE_RESOURCE, whose.param());
            throw new AccessDeniedException("Only a coordinator or leader sees another team's tasks");
        }
        return whose;
    }

    private Task accessible(long id) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("task.notFound"));
        if (task.municipalityId() != users.current().municipalityId()) {
            audit.denied(task.citizenId(), RESOURCE, id);
            // as a task that does not exist: a refusal must not tell that the id is in use elsewhere
            throw new NotFoundException("task.notFound");
        }
        CurrentUser user = users.current();
        if (user.is(Role.FINANCE) && !Role.FINANCE.name().equals(task.ownerRole()) && !user.username().equals(task.ownerUser())) {
            audit.denied(task.citizenId(), RESOURCE, id);
            throw new AccessDeniedException("Finance sees only its own team's tasks");
        }
        return task;
    }

    private static TaskKind parseKind(String kind) {
        try {
            return TaskKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "task.kind.unknown", kind);
        }
    }

    private static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "task.version.required");
        }
        return version;
    }

    private static void requireOpen(Task task) {
        if (!task.isOpen()) {
            throw new ConflictException("task.alreadyClosed");
        }
    }

    /** Closed or changed by someone else since the version was read: say which. */
    private RuntimeException changedMeanwhile(long id, int version) {
        Task now = tasks.find(id).orElseThrow();
        if (!now.isOpen()) {
            return new ConflictException("task.alreadyClosed");
        }
        return new OptimisticLockingFailureException("Task " + id + " is at version " + now.version()
                + ", the change was made to version " + version);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
