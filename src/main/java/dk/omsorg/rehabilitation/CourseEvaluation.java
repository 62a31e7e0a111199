package dk.omsorg.rehabilitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A filled evaluation form and the caseworker's decision on it.
 *
 * @param decisionDay         the new end (extend) or the last day (close); null otherwise
 * @param resultingDecisionId the decision version the caseworker's decision made; null for continue and revisit
 */
public record CourseEvaluation(long id, EvaluationKind kind, LocalDate due, Recommendation recommendation, String note,
                               Instant filledAt, String filledBy, boolean filledByProvider, List<GoalResult> goals,
                               Recommendation decision, LocalDate decisionDay, String decisionNote, Instant decidedAt,
                               String decidedBy, Long resultingDecisionId, int version) {

    /** One goal: met or not, and its FSIII state when evaluated. */
    public record GoalResult(int position, UUID stateCode, boolean met, Integer state) {
    }

    public boolean decided() {
        return decision != null;
    }

    public long goalsMet() {
        return goals.stream().filter(GoalResult::met).count();
    }
}
