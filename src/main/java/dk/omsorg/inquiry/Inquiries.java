package dk.omsorg.inquiry;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.inquiry.internal.InquiryRepository;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Intake and distribution of inquiries: registering (with the citizen, consent and the processing
 * deadline), assigning to a caseworker or the first free one, postponing the expected decision,
 * and the queues.
 */
@Service
public class Inquiries {

    private final InquiryRepository inquiries;
    private final Citizens citizens;
    private final ProcessingDeadlines deadlines;
    private final StaffDirectory staff;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final InquiryTasks tasks;
    private final ChoosingApplicant applicants;

    Inquiries(InquiryRepository inquiries, Citizens citizens, ProcessingDeadlines deadlines, StaffDirectory staff,
              CurrentUsers users, AuditLog audit, JdbcClient jdbc, Clock clock, InquiryTasks tasks,
              dk.omsorg.citizen.Contacts contacts) {
        this.applicants = new ChoosingApplicant(contacts);
        this.inquiries = inquiries;
        this.citizens = citizens;
        this.deadlines = deadlines;
        this.staff = staff;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tasks = tasks;
    }

    /**
     * Registers an inquiry, creating the citizen from the CPR number if new. Nothing is stored
     * when any rule is broken.
     */
    @Transactional
    public Inquiry register(Citizens.NewCitizen citizenData, Inquiry.Intake intake) {
        return register(citizenData, intake, Applicant.NONE);
    }

    /**
     * As {@link #register(Citizens.NewCitizen, Inquiry.Intake)}, with the applicant picked from the citizen's contacts
     * or added as a new one in the same transaction (nothing stored when any rule is broken).
     */
    @Transactional
    public Inquiry register(Citizens.NewCitizen citizenData, Inquiry.Intake typed, Applicant applicant) {
        CurrentUser user = users.current();
        validate(typed);
        LocalDate receivedOn = LocalDate.ofInstant(typed.receivedAt(), DanishTime.ZONE);
        var deadline = deadlines.tableFor(user.municipalityId()).deadlineFor(typed.legalBasis(), receivedOn, typed.priority());
        Citizen citizen = citizens.findOrRegister(citizenData);
        ChoosingApplicant.Chosen chosen = applicants.choose(citizen.id(), typed, applicant);
        Inquiry.Intake intake = chosen.intake();
        Inquiry registered = Inquiry.register(user.municipalityId(), citizen.id(), intake, deadline);
        registered.appliedForBy(chosen.contactId());
        Inquiry inquiry = inquiries.save(registered);
        audit.changed(AuditAction.CREATE, citizen.id(), "inquiry", inquiry.id(), "henvendelse registreret");
        tasks.requested(inquiry);
        return inquiry;
    }

    private void validate(Inquiry.Intake intake) {
        var problems = new java.util.ArrayList<Violation>();
        if (intake.source() == null) {
            problems.add(new Violation("source", "inquiry.sourceRequired"));
        }
        if (intake.sourceName() != null && intake.sourceName().strip().length() > dk.omsorg.shared.InputLimits.NAME_LENGTH) {
            problems.add(new Violation("sourceName", "input.name.tooLong", dk.omsorg.shared.InputLimits.NAME_LENGTH));
        }
        if (intake.receivedAt() == null) {
            problems.add(new Violation("receivedAt", "inquiry.receivedRequired"));
        } else if (intake.receivedAt().isAfter(Instant.now(clock))) {
            problems.add(new Violation("receivedAt", "inquiry.receivedInFuture"));
        }
        if (intake.request() == null || intake.request().isBlank()) {
            problems.add(new Violation("request", "inquiry.requestRequired"));
        }
        if (intake.legalBasis() == null || intake.legalBasis().isBlank()) {
            problems.add(new Violation("legalBasis", "inquiry.legalBasisRequired"));
        }
        if (intake.priority() == null) {
            problems.add(new Violation("priority", "inquiry.priorityRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Assigns the inquiry to a caseworker of the same municipality. */
    @Transactional
    public Inquiry assign(long inquiryId, String caseworker) {
        Inquiry inquiry = accessible(inquiryId);
        StaffUser assignee = staff.find(caseworker)
                .filter(u -> u.role() == Role.CASEWORKER && u.enabled() && u.municipalityId() == inquiry.municipalityId())
                .orElseThrow(() -> new InvalidInputException("caseworker", "inquiry.unknownCaseworker", caseworker));
        inquiry.assignTo(assignee.username(), Instant.now(clock));
        Inquiry saved = inquiries.save(inquiry);
        audit.changed(AuditAction.UPDATE, inquiry.citizenId(), "inquiry", inquiryId, "tildelt visitator");
        tasks.requested(saved);
        // issue 15: the first caseworker a citizen's inquiry goes to answers for the citizen until someone chooses otherwise
        citizens.assignContactCaseworkerIfNone(inquiry.citizenId(), assignee.username());
        return saved;
    }

    /**
     * Assigns the inquiry to the first free caseworker: the one with the fewest open cases,
     * then by name, so work spreads evenly.
     */
    @Transactional
    public Inquiry assignToFirstFree(long inquiryId) {
        Inquiry inquiry = accessible(inquiryId);
        String caseworker = jdbc.sql("""
                        select u.username from app_user u
                        left join inquiry i on i.assigned_to = u.username and i.status = 'ASSIGNED'
                        where u.municipality_id = ? and u.role = 'CASEWORKER' and u.enabled
                        group by u.username, u.display_name
                        order by count(i.id), u.display_name limit 1""")
                .param(inquiry.municipalityId()).query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("caseworker", "inquiry.noCaseworkers"));
        return assign(inquiryId, caseworker);
    }

    @Transactional
    public Inquiry postponeDecision(long inquiryId, LocalDate expectedDecisionOn, String reason) {
        Inquiry inquiry = accessible(inquiryId);
        inquiry.postponeDecision(expectedDecisionOn, reason, users.current().username(), Instant.now(clock));
        Inquiry saved = inquiries.save(inquiry);
        audit.changed(AuditAction.UPDATE, inquiry.citizenId(), "inquiry", inquiryId, "ny forventet afgørelsesdato");
        tasks.requested(saved);
        return saved;
    }

    /**
     * Closes the inquiry because a decision has been made on it; it leaves the caseworker's queue.
     * Called by the decision module, so this module needs to know nothing about decisions.
     */
    @Transactional
    public Inquiry close(long inquiryId) {
        Inquiry inquiry = accessible(inquiryId);
        inquiry.close();
        Inquiry saved = inquiries.save(inquiry);
        audit.changed(AuditAction.UPDATE, inquiry.citizenId(), "inquiry", inquiryId, "henvendelse afsluttet med afgørelse");
        tasks.done(saved, users.current().username());
        return saved;
    }

    @Transactional
    public Inquiry read(long inquiryId) {
        Inquiry inquiry = accessible(inquiryId);
        audit.read(inquiry.citizenId(), "inquiry", inquiryId);
        return inquiry;
    }

    /** The citizen's inquiries, newest first. */
    @Transactional
    public List<QueueEntry> forCitizen(long citizenId) {
        citizens.accessible(citizenId);
        audit.read(citizenId, "inquiry", null);
        return queue("i.citizen_id = :citizen", "i.received_at desc", citizenId);
    }

    /** Open inquiries not yet assigned, by priority, then deadline. */
    @Transactional
    public List<QueueEntry> unassigned() {
        return audited(queue("i.status = 'UNASSIGNED'", priorityThenDeadline(), null));
    }

    /** Open inquiries already assigned, by deadline: for the coordinator's overview. */
    @Transactional
    public List<QueueEntry> assigned() {
        return audited(queue("i.status = 'ASSIGNED'", "coalesce(i.expected_decision_on, i.deadline), i.id", null));
    }

    /** The caseworker's own open inquiries, most urgent deadline first. */
    @Transactional
    public List<QueueEntry> mine() {
        return audited(queue("i.status = 'ASSIGNED' and i.assigned_to = :me",
                "coalesce(i.expected_decision_on, i.deadline), " + priorityOrder() + ", i.id", null));
    }

    public List<StaffUser> caseworkers() {
        return staff.withRole(users.current().municipalityId(), Role.CASEWORKER);
    }

    public List<ProcessingDeadlines.LegalBasisDeadline> legalBases() {
        return deadlines.legalBasesOn(users.current().municipalityId(), LocalDate.now(clock));
    }

    private Inquiry accessible(long inquiryId) {
        Inquiry inquiry = inquiries.findById(inquiryId).orElseThrow(() -> new NotFoundException("inquiry.notFound"));
        if (!inquiry.belongsTo(users.current().municipalityId())) {
            audit.denied(inquiry.citizenId(), "inquiry", inquiryId);
            // as an inquiry that does not exist: the id is not confirmed to exist elsewhere (audited)
            throw new NotFoundException("inquiry.notFound");
        }
        return inquiry;
    }

    private List<QueueEntry> audited(List<QueueEntry> entries) {
        entries.forEach(e -> audit.read(e.citizenId(), "inquiry-queue", e.inquiryId()));
        return entries;
    }

    private static String priorityOrder() {
        return "case i.priority when 'ACUTE' then 0 when 'HIGH' then 1 else 2 end";
    }

    private static String priorityThenDeadline() {
        return priorityOrder() + ", i.deadline, i.received_at";
    }

    private List<QueueEntry> queue(String condition, String order, Long citizenId) {
        CurrentUser user = users.current();
        LocalDate today = LocalDate.now(clock);
        var spec = jdbc.sql("""
                        select i.id, i.citizen_id, c.name, c.cpr_number, i.source, i.request, i.legal_basis, i.priority,
                               i.received_at, i.deadline, coalesce(i.expected_decision_on, i.deadline) as effective_deadline,
                               i.status, i.assigned_to, u.display_name
                        from inquiry i
                        join citizen c on c.id = i.citizen_id
                        left join app_user u on u.username = i.assigned_to
                        where i.municipality_id = :municipality and %s
                        order by %s""".formatted(condition, order))
                .param("municipality", user.municipalityId());
        if (condition.contains(":me")) {
            spec = spec.param("me", user.username());
        }
        if (citizenId != null) {
            spec = spec.param("citizen", citizenId);
        }
        return spec.query((rs, n) -> {
            LocalDate effective = rs.getObject("effective_deadline", LocalDate.class);
            return new QueueEntry(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("name"),
                    rs.getString("cpr_number"), InquirySource.valueOf(rs.getString("source")), rs.getString("request"),
                    rs.getString("legal_basis"), Priority.valueOf(rs.getString("priority")),
                    rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getObject("deadline", LocalDate.class), effective, InquiryStatus.valueOf(rs.getString("status")),
                    rs.getString("assigned_to"), rs.getString("display_name"), DeadlineUrgency.of(effective, today));
        }).list();
    }
}
