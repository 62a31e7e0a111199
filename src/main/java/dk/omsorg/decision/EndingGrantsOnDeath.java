package dk.omsorg.decision;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.DanishText;
import dk.omsorg.citizen.CitizenDied;
import dk.omsorg.decision.internal.DecisionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The death path (issue 20; seed 002 "Ved dødsfald stopper leverandøren indsatsen", "Ophør af visiteret indsats"):
 * when a citizen's death is recorded, every current grant ends the day after the death, as a new version of each
 * current decision, so versions, notices to the providers (STOPPED_GRANT, from {@link DecisionMade}), settlement and
 * follow-ups all follow as after any change. Made by the system, in the recording transaction, without a caseworker's
 * click: the change only shortens grants, so no catalogue check or authority is at stake. Recorded as decided by the
 * caseworker who confirmed the death, else the one who made the current version. A grant that ends by then keeps its
 * end; a grant that starts later ends on its first day (the earliest a grant can end). No letter: the citizen is dead
 * and a letter would go to no one; the decision's reasoning says why the help ended.
 */
@Component
class EndingGrantsOnDeath {

    private final DecisionRepository decisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EndingGrantsOnDeath(DecisionRepository decisions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(CitizenDied died) {
        LocalDate lastDay = lastDay(died.diedOn());
        for (Decision current : decisions.forCitizen(died.municipalityId(), died.citizenId())) {
            if (current.isCurrent()) {
                end(current, lastDay, died);
            }
        }
    }

    /** The last day of help after a death on {@code diedOn}: the day after. */
    static LocalDate lastDay(LocalDate diedOn) {
        return diedOn.plusDays(1);
    }

    private void end(Decision current, LocalDate lastDay, CitizenDied died) {
        LocalDate today = LocalDate.now(clock);
        List<Grant> grants = new ArrayList<>();
        boolean changed = false;
        for (Grant g : current.grants()) {
            if (g.end() != null && !g.end().isAfter(lastDay)) {
                grants.add(g.carryOver());
                continue;
            }
            changed = true;
            LocalDate end = lastDay.isBefore(g.start()) ? g.start() : lastDay;
            LocalDate effective = today.isAfter(end) ? end : today;
            if (effective.isBefore(g.effectiveFrom())) {
                effective = g.effectiveFrom();
            }
            grants.add(new Grant(null, g.grantKey(), g.versionNo() + 1, false, g.catalogVersion(), g.catalogValidFrom(),
                    g.areaCode(), g.areaName(), g.interventionCode(), g.interventionName(), g.legalBasis(), g.appealable(),
                    g.times(), g.per(), g.every(), g.shifts(), g.minutesPerDelivery(), g.start(), end, g.goals(),
                    g.startBy(), g.weeklyMinutes(), g.course(), g.criteriaOutcome(), g.criteriaText(),
                    g.criteriaExplanation(), g.overrideReason(), g.findings(), g.provider(), effective, g.legalBasisAge(),
                    g.measured()));
        }
        if (!changed) {
            return;
        }
        String reasoning = "Borgeren døde den " + DanishText.date(died.diedOn()) + ". Hjælpen ophører dagen efter, den "
                + DanishText.date(lastDay) + ".";
        Decision next = current.successor(today, reasoning, current.overrideReason(), false, grants,
                current.combinationFindings());
        String by = died.caseworker() != null ? died.caseworker() : current.createdBy();
        Instant now = Instant.now(clock);
        Decision saved = decisions.insert(next, by, now);
        decisions.markSuperseded(current.id(), current.version(), saved.id(), by, now);
        audit.changed(AuditAction.UPDATE, current.citizenId(), Decisions.RESOURCE, saved.id(),
                "bevillinger afsluttet ved dødsfald");
        events.publishEvent(new DecisionMade(saved.id(), saved.municipalityId(), saved.citizenId(), saved.versionNo(),
                current.id(), false));
    }
}
