package dk.omsorg.decision;

/**
 * A decision, or a new version of one, was saved. For the modules to come (provider notices,
 * follow-up), which must not be called from here.
 *
 * @param supersedesDecisionId the version it replaces; null for a first decision
 */
public record DecisionMade(long decisionId, int municipalityId, long citizenId, int versionNo,
                           Long supersedesDecisionId, boolean minorAdjustment) {
}
