package dk.omsorg.followup.internal;

import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionMade;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.followup.FollowUp;
import dk.omsorg.followup.FollowUpRules;
import dk.omsorg.followup.FollowUpSchedule;
import dk.omsorg.followup.FollowUpSchedule.Due;
import dk.omsorg.followup.MunicipalityFollowUp;
import dk.omsorg.followup.RuleKind;
import dk.omsorg.followup.internal.FollowUpRepository.NewFollowUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Schedules follow-ups when a decision is made or changed. Runs after the decision's transaction has committed,
 * in one of its own, recorded in the event publication registry until it completes (a failed run is retried);
 * the unique keys make a second run write nothing twice.
 *
 * <p>Per new or changed grant: the follow-ups the rules want ({@link FollowUpSchedule#forGrant}); an open one
 * under a rule that no longer applies — or a reminder before an end that has moved — is cancelled; one under a
 * rule that still applies is kept (with the caseworker's interval). A grant left out of the new version has its
 * open follow-ups cancelled. The citizen's open follow-ups go to the caseworker who made the decision.
 */
@Component
class SchedulingFollowUps {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(SchedulingFollowUps.class);

    private final Decisions decisions;
    private final FollowUpRules rules;
    private final GrantFactsReader facts;
    private final FollowUpRepository followUps;
    private final FollowUpTasks tasks;
    private final Clock clock;

    SchedulingFollowUps(Decisions decisions, FollowUpRules rules, GrantFactsReader facts, FollowUpRepository followUps,
                        FollowUpTasks tasks, Clock clock) {
        this.decisions = decisions;
        this.rules = rules;
        this.facts = facts;
        this.followUps = followUps;
        this.tasks = tasks;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionMade event) {
        MunicipalityFollowUp municipality = rules.forMunicipality(event.municipalityId()).orElse(null);
        if (municipality == null) {
            log.debug("Municipality {} has no follow-up rules", event.municipalityId());
            return;
        }
        Decision decision = decisions.stored(event.decisionId())
                .orElseThrow(() -> new IllegalStateException("Decision " + event.decisionId() + " not found"));
        List<Decision> all = decisions.storedForCitizen(decision.municipalityId(), decision.citizenId());
        Instant now = Instant.now(clock);
        Set<UUID> inDecision = new HashSet<>();
        for (Grant grant : decision.grants()) {
            inDecision.add(grant.grantKey());
            if (grant.carriedOver()) {
                continue;
            }
            List<Due> wanted = FollowUpSchedule.forGrant(municipality, facts.facts(decision, grant, all), decision.decidedOn());
            List<FollowUp> open = followUps.openForGrant(decision.municipalityId(), grant.grantKey());
            Set<RuleKind> kept = new HashSet<>();
            for (FollowUp f : open) {
                boolean stillWanted = wanted.stream().anyMatch(w -> w.rule() == f.rule()
                        && (f.rule() != RuleKind.TEMPORARY_END || w.dueOn().equals(f.dueOn())));
                if (stillWanted) {
                    kept.add(f.rule());
                } else {
                    followUps.cancel(f.id(), now, SYSTEM);
                    tasks.cancelled(f, SYSTEM);
                }
            }
            for (Due due : wanted) {
                if (!kept.contains(due.rule())) {
                    followUps.insert(new NewFollowUp(decision.municipalityId(), decision.citizenId(), decision.id(),
                            grant.grantKey(), grant.interventionName(), due.rule(), due.source(), due.baseOn(),
                            due.intervalMonths(), due.dueOn(), decision.createdBy(), null), now, SYSTEM)
                            .ifPresent(id -> tasks.requested(List.of(id)));
                }
            }
        }
        if (event.supersedesDecisionId() != null) {
            decisions.stored(event.supersedesDecisionId()).ifPresent(previous -> previous.grants().stream()
                    .filter(g -> !inDecision.contains(g.grantKey()))
                    .forEach(g -> followUps.openForGrant(decision.municipalityId(), g.grantKey())
                            .forEach(f -> {
                                followUps.cancel(f.id(), now, SYSTEM);
                                tasks.cancelled(f, SYSTEM);
                            })));
        }
        // the tasks follow the follow-ups to their new caseworker
        tasks.requested(followUps.assignOpenOfCitizen(decision.municipalityId(), decision.citizenId(),
                decision.createdBy(), now, SYSTEM));
    }
}
