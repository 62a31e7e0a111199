package dk.omsorg.acutestart;

import dk.omsorg.acutestart.AcuteStart.CalledBy;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.CprNumber;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.inquiry.ProcessingDeadlineTable;
import dk.omsorg.inquiry.ProcessingDeadlines;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Acute starts (seed 002 "Akut opstart af nødvendig indsats"): the provider registers help it started before a
 * decision — for a citizen it serves, or a new citizen a GP or hospital called about — and the authority gets a task
 * due at the municipality's acute deadline (processing-deadlines.yaml {@code acute}); the caseworker grants it with a
 * decision whose grant from this provider starts on or before the acute start (back-dated, so the visits are paid),
 * or refuses it, which ends it. Every read and change audited.
 */
@Service
@Transactional
public class AcuteStarts {

    static final String RESOURCE = "acute-start";
    static final String TEAM = "CASEWORKER";

    private final JdbcClient jdbc;
    private final Citizens citizens;
    private final Providers providers;
    private final Decisions decisions;
    private final ProcessingDeadlines deadlines;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AcuteStarts(JdbcClient jdbc, Citizens citizens, Providers providers, Decisions decisions, ProcessingDeadlines deadlines,
                CurrentUsers users, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.providers = providers;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** citizenId for a citizen the provider serves; else cpr, name (and address, phone) of a new citizen. */
    public record NewAcuteStart(Long citizenId, String cpr, String name, String address, String phone,
                                LocalDate startedOn, String help, CalledBy calledBy, String caller) {
    }

    @RequireProvider
    public AcuteStart register(NewAcuteStart in) {
        CurrentUser user = users.current();
        long providerId = user.providerId();
        LocalDate today = today();
        List<Violation> violations = new ArrayList<>();
        if (in.startedOn() == null) {
            violations.add(new Violation("startedOn", "acuteStart.startedOn.required"));
        } else if (in.startedOn().isAfter(today)) {
            violations.add(new Violation("startedOn", "acuteStart.startedOn.future"));
        }
        if (in.help() == null || in.help().isBlank()) {
            violations.add(new Violation("help", "acuteStart.help.required"));
        } else if (in.help().length() > InputLimits.TEXT_LENGTH) {
            violations.add(new Violation("help", "input.text.tooLong", "Hjælpen, der er sat i gang", InputLimits.TEXT_LENGTH));
        }
        if (in.calledBy() == null) {
            violations.add(new Violation("calledBy", "acuteStart.calledBy.required"));
        } else if (in.calledBy() != CalledBy.PROVIDER && (in.caller() == null || in.caller().isBlank())) {
            violations.add(new Violation("caller", "acuteStart.caller.required"));
        }
        if (in.citizenId() == null && in.calledBy() == CalledBy.PROVIDER) {
            // seed 002: a new citizen is started when "lægen eller sygehuset" asks for it
            violations.add(new Violation("calledBy", "acuteStart.newCitizen.calledBy"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var served = providers.citizensServedBy(providerId, today, Period.ZERO);
        Citizen citizen;
        boolean newCitizen = false;
        if (in.citizenId() != null) {
            if (!served.contains(in.citizenId())) {
                audit.denied(in.citizenId(), RESOURCE, null);
                throw new InvalidInputException("citizenId", "acuteStart.citizen.notServed");
            }
            citizen = citizens.accessible(in.citizenId());
        } else {
            CprNumber cpr = CprNumber.of(in.cpr());
            List<Citizen> known = citizens.search(cpr.value());
            if (!known.isEmpty() && !served.contains(known.get(0).id())) {
                // the municipality knows the citizen, but not as this provider's: the authority must be called
                throw new InvalidInputException("cpr", "acuteStart.citizen.knownElsewhere");
            }
            newCitizen = known.isEmpty();
            citizen = newCitizen
                    ? citizens.findOrRegister(new Citizens.NewCitizen(cpr, in.name(), in.address(), in.phone()))
                    : known.get(0);
        }
        LocalDate decideBy = in.startedOn().plusDays(acuteDays(user.municipalityId(), in.startedOn()));
        Timestamp now = Timestamp.from(Instant.now(clock));
        Long id = jdbc.sql("""
                        insert into acute_start (municipality_id, citizen_id, provider_id, started_on, help, called_by, caller,
                            new_citizen, decide_by, status, registered_at, registered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                        on conflict (municipality_id, citizen_id, provider_id, started_on) do nothing returning id""")
                .params(user.municipalityId(), citizen.id(), providerId, in.startedOn(), in.help().strip(), in.calledBy().name(),
                        in.caller() == null || in.caller().isBlank() ? null : in.caller().strip(), newCitizen, decideBy, now,
                        user.username())
                .query(Long.class).optional().orElseThrow(() -> new ConflictException("acuteStart.duplicate"));
        audit.changed(AuditAction.CREATE, citizen.id(), RESOURCE, id, "akut opstart registreret af leverandøren");
        String provider = providers.get(providerId).name();
        events.publishEvent(new TaskRequested(user.municipalityId(), citizen.id(), TaskKind.ACUTE_START, subject(id),
                "Akut opstart hos " + provider + ": træf afgørelse", "/acute-starts/" + id, citizen.contactCaseworker(),
                citizen.contactCaseworker() == null ? TEAM : null, decideBy));
        return find(user.municipalityId(), id);
    }

    /** A citizen the provider serves, for choosing whom help was started for. */
    public record ServedCitizen(long id, String name) {
    }

    /** The citizens the provider serves today, by name; reading them is audited. */
    @RequireProvider
    public List<ServedCitizen> servedCitizens() {
        CurrentUser user = users.current();
        List<ServedCitizen> served = new ArrayList<>();
        for (long id : providers.citizensServedBy(user.providerId(), today(), Period.ZERO)) {
            Citizen c = citizens.accessible(id);
            served.add(new ServedCitizen(c.id(), c.name()));
        }
        audit.readAll(served.stream().map(ServedCitizen::id).toList(), RESOURCE, null);
        served.sort(java.util.Comparator.comparing(ServedCitizen::name));
        return served;
    }

    /** The provider's own acute starts, newest first. */
    @RequireProvider
    public List<AcuteStart> mine() {
        CurrentUser user = users.current();
        List<AcuteStart> list = jdbc.sql(AcuteStartRows.SELECT + " where a.provider_id = ? order by a.started_on desc, a.id desc limit 200")
                .param(user.providerId()).query(AcuteStartRows::row).list();
        audit.readAll(list.stream().map(AcuteStart::citizenId).distinct().toList(), RESOURCE, null);
        return list;
    }

    /** The municipality's acute starts: open ones by deadline first, then the latest decided. */
    @RequireCitizenAccess
    public List<AcuteStart> list() {
        List<AcuteStart> list = jdbc.sql(AcuteStartRows.SELECT + """
                         where a.municipality_id = ? order by a.status <> 'OPEN', a.decide_by, a.started_on desc, a.id desc
                         limit 200""")
                .param(users.current().municipalityId()).query(AcuteStartRows::row).list();
        audit.readAll(list.stream().map(AcuteStart::citizenId).distinct().toList(), RESOURCE, null);
        return list;
    }

    @RequireCitizenAccess
    public AcuteStart read(long id) {
        AcuteStart start = find(users.current().municipalityId(), id);
        audit.read(start.citizenId(), RESOURCE, id);
        return start;
    }

    /**
     * Grants the acute start with a decision of the citizen that grants help from this provider from the acute start
     * or earlier (the grant back-dated to it, so the provider's visits from that day are paid).
     */
    @RequireCaseworker
    public AcuteStart grant(long id, Long decisionId, Integer version) {
        AcuteStart start = openOne(id);
        if (decisionId == null) {
            throw new InvalidInputException("decisionId", "acuteStart.decision.required");
        }
        Decision decision = decisions.read(decisionId);
        if (decision.citizenId() != start.citizenId()) {
            throw new InvalidInputException("decisionId", "acuteStart.decision.otherCitizen");
        }
        boolean covers = decision.grants().stream().anyMatch(g -> fromProvider(g, start.providerId())
                && !g.start().isAfter(start.startedOn()));
        if (!covers) {
            throw new InvalidInputException("decisionId", "acuteStart.decision.notBackDated", start.providerName(),
                    start.startedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        decide(start, version, "status = 'GRANTED', decision_id = ?", decisionId, "akut opstart bevilget");
        return find(users.current().municipalityId(), id);
    }

    /** Refuses the acute start: the help ends today, and the provider reads the reason. */
    @RequireCaseworker
    public AcuteStart refuse(long id, String reason, Integer version) {
        AcuteStart start = openOne(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "acuteStart.refusal.required");
        }
        // today in Denmark, not the database's current_date (its session may run in UTC: an hour off around midnight)
        decide(start, version, "status = 'REFUSED', refusal_reason = ?, ended_on = date '" + today() + "'", reason.strip(),
                "akut opstart afslået");
        return find(users.current().municipalityId(), id);
    }

    private void decide(AcuteStart start, Integer version, String set, Object value, String detail) {
        String user = users.current().username();
        int updated = jdbc.sql("update acute_start set " + set + ", decided_at = ?, decided_by = ?, version = version + 1 "
                        + "where id = ? and status = 'OPEN' and version = ?")
                .params(value, Timestamp.from(Instant.now(clock)), user, start.id(), version == null ? -1 : version).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Acute start " + start.id() + " changed meanwhile");
        }
        audit.changed(AuditAction.UPDATE, start.citizenId(), RESOURCE, start.id(), detail);
        events.publishEvent(new TaskWorkDone(users.current().municipalityId(), TaskKind.ACUTE_START, subject(start.id()), user));
    }

    private AcuteStart openOne(long id) {
        AcuteStart start = find(users.current().municipalityId(), id);
        citizens.accessible(start.citizenId());
        if (!start.open()) {
            throw new ConflictException("acuteStart.notOpen");
        }
        return start;
    }

    private static boolean fromProvider(Grant grant, long providerId) {
        return grant.provider() != null && Objects.equals(grant.provider().providerId(), providerId);
    }

    private int acuteDays(int municipalityId, LocalDate day) {
        // choice: a municipality without an acute deadline decides the same day, as Greve's standard says
        return deadlines.tableFor(municipalityId).inForceOn(day).map(ProcessingDeadlineTable.Version::acute)
                .map(ProcessingDeadlineTable.AcuteDeadline::days).orElse(0);
    }

    private AcuteStart find(int municipalityId, long id) {
        return jdbc.sql(AcuteStartRows.SELECT + " where a.municipality_id = ? and a.id = ?").params(municipalityId, id)
                .query(AcuteStartRows::row).optional().orElseThrow(() -> new NotFoundException("acuteStart.notFound"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    private static String subject(long id) {
        return "acute-start:" + id;
    }
}
