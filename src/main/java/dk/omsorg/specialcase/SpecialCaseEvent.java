package dk.omsorg.specialcase;

import java.time.Instant;

/**
 * One line of a special case's history, in Danish as its readers read it. Kinds are this module's and the offers'
 * (OPENED, FOLLOW_UP, EXTRA_MINUTES, STATUS, ENDED, …); the text is what is shown.
 */
public record SpecialCaseEvent(long id, long specialCaseId, Instant happenedAt, String happenedBy, String kind,
                               String text) {
}
