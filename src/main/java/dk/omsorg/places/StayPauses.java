package dk.omsorg.places;

import dk.omsorg.delivery.Absences;
import dk.omsorg.provider.HomeCarePause;
import org.springframework.context.ApplicationEventPublisher;
import dk.omsorg.security.CurrentUsers;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Home care pauses while the citizen stays in a temporary or interval place (issue 19; seed 002 "Fravær"): an absence
 * of kind midlertidigt ophold from the move-in day to the day before the (planned) move-out, so the reassessment scan
 * expects no delivery, and a notice to each provider delivering a grant in time — paused at the move-in, resumed at
 * the move-out. Runs in the stay's transaction.
 */
@Component
class StayPauses {

    private final Absences absences;
    private final ApplicationEventPublisher events;
    private final CurrentUsers users;

    StayPauses(Absences absences, ApplicationEventPublisher events, CurrentUsers users) {
        this.absences = absences;
        this.events = events;
        this.users = users;
    }

    /** The pause from the move-in; the absence's id. */
    long paused(Stay stay) {
        long absenceId = absences.registerStay(stay.citizenId(), stay.from(), lastDay(stay.to()), stay.unitName()).id();
        events.publishEvent(new HomeCarePause(false, users.current().municipalityId(), stay.citizenId(),
                "stay:" + stay.id() + ":paused", stay.from(), users.current().username()));
        return absenceId;
    }

    /** The citizen moved out: the pause ends the day before, and the providers resume on the move-out day. */
    void resumed(Stay stay) {
        absences.moveStayEnd(stay.citizenId(), stay.absenceId(), lastDay(stay.to()));
        events.publishEvent(new HomeCarePause(true, users.current().municipalityId(), stay.citizenId(),
                "stay:" + stay.id() + ":resumed", stay.to(), users.current().username()));
    }

    /** The planned move-out moved while the citizen stays: the pause follows it. */
    void plannedEndChanged(Stay stay) {
        absences.moveStayEnd(stay.citizenId(), stay.absenceId(), lastDay(stay.to()));
    }

    private static LocalDate lastDay(LocalDate moveOut) {
        return moveOut == null ? null : moveOut.minusDays(1);
    }
}
