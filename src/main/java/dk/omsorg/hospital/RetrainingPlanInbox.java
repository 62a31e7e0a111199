package dk.omsorg.hospital;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.hospital.internal.HospitalMessageStore;
import dk.omsorg.hospital.internal.NotificationReader.UnusableMessage;
import dk.omsorg.hospital.internal.RetrainingPlanReader;
import dk.omsorg.hospital.internal.RetrainingPlanReader.Plan;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Receives a hospital's genoptræningsplan (seed 002 "Genoptræning efter sygehusindlæggelse": "Sundhed & Omsorgs
 * Visitation modtager Genoptræningsplan fra sygehuset ... arkiveres direkte ... Videresender bestillingen til den
 * leverandør, som skal levere indsatsen"): reads and checks it, finds the citizen by CPR number in the hospital
 * client's municipality, archives it on the citizen once per plan identifier (a resent plan changes nothing) and asks
 * the visitation to order the training. A plan that cannot be read, or for no citizen of the municipality, is
 * answered with an OperationOutcome and nothing of it is stored: unlike a hospital notification, a plan is a document
 * the hospital resends to the right municipality, and its content is health data we must not keep.
 */
@Service
public class RetrainingPlanInbox {

    static final String RESOURCE = "retraining-plan";
    static final String TEAM = "CASEWORKER";

    private final RetrainingPlanReader reader;
    private final HospitalMessageStore outcomes;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetrainingPlanInbox(RetrainingPlanReader reader, HospitalMessageStore outcomes, Citizens citizens,
                            CurrentUsers users, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.reader = reader;
        this.outcomes = outcomes;
        this.citizens = citizens;
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The answer: an OperationOutcome (information when received, error otherwise) and the archived plan's id. */
    public record Answer(Outcome outcome, String body, Long planId) {
    }

    public enum Outcome {
        /** Archived now. */
        RECEIVED,
        /** Archived before (the same plan identifier): nothing changed. */
        ALREADY_RECEIVED,
        /** Not readable as a genoptræningsplan: nothing stored. */
        UNREADABLE,
        /** For no citizen of the municipality: nothing stored. */
        UNKNOWN_CITIZEN
    }

    @PreAuthorize("hasRole('HOSPITAL')")
    @Transactional
    public Answer receive(String body) {
        CurrentUser user = users.current();
        Plan plan;
        try {
            plan = reader.read(body);
        } catch (UnusableMessage e) {
            return new Answer(Outcome.UNREADABLE, outcomes.outcome(e.text()), null);
        }
        Optional<Long> earlier = find(user.municipalityId(), plan.identifier());
        if (earlier.isPresent()) {
            return new Answer(Outcome.ALREADY_RECEIVED, outcomes.information("Genoptræningsplanen er allerede modtaget."),
                    earlier.get());
        }
        List<Citizen> found = citizens.search(plan.cpr());
        if (found.size() != 1) {
            return new Answer(Outcome.UNKNOWN_CITIZEN,
                    outcomes.outcome("Kommunen har ingen borger med patientens cpr-nummer."), null);
        }
        Citizen citizen = found.get(0);
        Optional<Long> inserted = insert(citizen, plan, user.username());
        if (inserted.isEmpty()) {
            // the same plan arrived twice at once: the first one stands
            return new Answer(Outcome.ALREADY_RECEIVED, outcomes.information("Genoptræningsplanen er allerede modtaget."),
                    find(user.municipalityId(), plan.identifier()).orElseThrow());
        }
        long id = inserted.get();
        audit.changed(AuditAction.CREATE, citizen.id(), RESOURCE, id, "genoptræningsplan modtaget");
        String owner = citizen.contactCaseworker();
        events.publishEvent(new TaskRequested(citizen.municipalityId(), citizen.id(), TaskKind.RETRAINING_PLAN,
                RetrainingPlans.taskKey(id), "Genoptræningsplan modtaget: bestil genoptræning",
                "/citizens/" + citizen.id() + "/retraining-plans", owner, owner == null ? TEAM : null,
                LocalDate.now(clock.withZone(DanishTime.ZONE))));
        return new Answer(Outcome.RECEIVED, outcomes.information("Genoptræningsplanen er modtaget og arkiveret hos borgeren."), id);
    }

    private Optional<Long> find(int municipalityId, String identifier) {
        return jdbc.sql("select id from retraining_plan where municipality_id = ? and identifier = ?")
                .params(municipalityId, identifier).query(Long.class).optional();
    }

    private Optional<Long> insert(Citizen citizen, Plan plan, String by) {
        return jdbc.sql("""
                        insert into retraining_plan (municipality_id, citizen_id, identifier, ward, ward_sor, kind,
                            written_at, title, content_type, content, received_at, received_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_id, identifier) do nothing returning id""")
                .params(citizen.municipalityId(), citizen.id(), plan.identifier(), plan.ward(), plan.wardSor(),
                        plan.kind().name(), plan.writtenAt() == null ? null : Timestamp.from(plan.writtenAt()),
                        plan.title(), plan.contentType(), plan.content(), Timestamp.from(Instant.now(clock)), by)
                .query(Long.class).optional();
    }
}
