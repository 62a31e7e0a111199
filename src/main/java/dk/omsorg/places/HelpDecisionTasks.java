package dk.omsorg.places;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Seed 002 "Plejeboliger": after the move-in "sikres dette af visitator ca. 3-6 uger efter indflytning" — a task for
 * the decision on help, for the citizen's contact caseworker (the caseworkers' team while there is none), due at the
 * end of the window of the list rule's {@code helpDecision}; none where the rule has no helpDecision.
 */
@Component
class HelpDecisionTasks {

    static final String TEAM = "CASEWORKER";

    private final PlacePolicies places;
    private final Citizens citizens;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    HelpDecisionTasks(PlacePolicies places, Citizens citizens, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.places = places;
        this.citizens = citizens;
        this.jdbc = jdbc;
        this.events = events;
    }

    void movedIn(Stay stay) {
        if (stay.unitKind() != PlaceKind.NURSING_HOME) {
            return;
        }
        var citizen = citizens.accessible(stay.citizenId());
        Optional<ListRule.HelpDecision> rule = places.forMunicipality(citizen.municipalityId())
                .flatMap(policy -> list(stay, policy).flatMap(policy::list)).map(ListRule::helpDecision);
        if (rule.isEmpty()) {
            return;
        }
        LocalDate from = stay.from().plusWeeks(rule.get().fromWeeks());
        LocalDate due = stay.from().plusWeeks(rule.get().toWeeks());
        String title = "Afgørelse om hjælp i plejeboligen " + rule.get().fromWeeks() + "–" + rule.get().toWeeks()
                + " uger efter indflytningen: mellem " + DanishText.date(from) + " og " + DanishText.date(due);
        String owner = citizen.contactCaseworker();
        events.publishEvent(new TaskRequested(citizen.municipalityId(), stay.citizenId(), TaskKind.PLACE_HELP_DECISION,
                "place-help:" + stay.id(), title, "/citizens/" + stay.citizenId() + "/stays", owner,
                owner == null ? TEAM : null, due));
    }

    /** The list the stay came from; without an entry, the first nursing-home list the unit serves. */
    private Optional<WaitingList> list(Stay stay, PlacePolicy policy) {
        if (stay.entryId() != null) {
            return jdbc.sql("select list from place_list_entry where id = ?").param(stay.entryId())
                    .query(String.class).optional().map(WaitingList::valueOf);
        }
        return policy.unit(stay.unitCode()).flatMap(u -> u.waitingLists().stream()
                .filter(l -> policy.list(l).map(r -> r.helpDecision() != null).orElse(false)).findFirst());
    }
}
