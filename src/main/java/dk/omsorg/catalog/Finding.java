package dk.omsorg.catalog;

/**
 * A rule of the quality standard that a proposed grant does not meet, or asks the caseworker to
 * look at.
 *
 * @param interventionCode the intervention the finding concerns (for a group limit: the first of
 *                         the group's proposed interventions)
 * @param message          Danish, for the caseworker and the decision letter
 * @param quote            the standard's own words the finding rests on; null when there are none
 */
public record Finding(FindingRule rule, Severity severity, String interventionCode, String message, String quote)
        implements PolicyResult {

    public Finding {
        if (rule == null || severity == null || message == null) {
            throw new IllegalArgumentException("A finding needs a rule, a severity and a message");
        }
    }
}
