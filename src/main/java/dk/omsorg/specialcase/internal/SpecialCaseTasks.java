package dk.omsorg.specialcase.internal;

import dk.omsorg.shared.web.Messages;
import dk.omsorg.specialcase.SpecialCase;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkCancelled;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The special case's work in the queue: the follow-up every few months for the contact caseworker (seed 000:
 * "Visitator følger op på sagerne hver 3. måned"), keyed by its round (1 for the first) so each is a task of its own; and the
 * respiration-caused need for the faglig koordinator (seed 000 KRITERIER 1: "I sådanne tilfælde kontaktes faglig
 * koordinator"). Published in the case's transaction; the registry delivers them when it commits.
 */
@Component
public class SpecialCaseTasks {

    /** The team of the professional coordinator (faglig koordinator i Myndighed Ældre). */
    static final String COORDINATORS = "COORDINATOR";
    /** A case without a contact caseworker is the caseworkers' team's. */
    static final String CASEWORKERS = "CASEWORKER";

    private final ApplicationEventPublisher events;
    private final Messages messages;

    SpecialCaseTasks(ApplicationEventPublisher events, Messages messages) {
        this.events = events;
        this.messages = messages;
    }

    public static String followUpKey(long caseId, int round) {
        return "special-case:" + caseId + ":follow-up:" + round;
    }

    public void followUp(SpecialCase c, int round, String contactCaseworker, LocalDate due) {
        events.publishEvent(new TaskRequested(c.municipalityId(), c.citizenId(), TaskKind.SPECIAL_CASE_FOLLOW_UP,
                followUpKey(c.id(), round), messages.text("specialCase.task.followUp"), "/special-cases/" + c.id(),
                contactCaseworker, contactCaseworker == null ? CASEWORKERS : null, due));
    }

    public void followUpDone(SpecialCase c, int round, String by) {
        events.publishEvent(new TaskWorkDone(c.municipalityId(), TaskKind.SPECIAL_CASE_FOLLOW_UP, followUpKey(c.id(), round), by));
    }

    public void followUpCancelled(SpecialCase c, int round, String by) {
        events.publishEvent(new TaskWorkCancelled(c.municipalityId(), TaskKind.SPECIAL_CASE_FOLLOW_UP,
                followUpKey(c.id(), round), by));
    }

    /** One task per citizen and day: asking again the same day updates it rather than opening another. */
    public void respiration(int municipalityId, long citizenId, LocalDate today) {
        events.publishEvent(new TaskRequested(municipalityId, citizenId, TaskKind.SPECIAL_CASE_RESPIRATION,
                "special-case-respiration:" + citizenId + ":" + today, messages.text("specialCase.task.respiration"),
                "/citizens/" + citizenId, null, COORDINATORS, today));
    }
}
