package dk.omsorg.catalog;

import java.util.Map;
import java.util.UUID;

/**
 * The score a criterion read for one of its states.
 *
 * @param state    the state the criterion names
 * @param scoredOn the state whose score was read: the state itself when it is current or was
 *                 scored directly (an older assessment), else its successor; null when a retired
 *                 state has no successor
 * @param score    the citizen's score there, or null when not assessed
 * @param inRange  the score lies in the criterion's range (9 and missing never do)
 */
public record ScoreReading(FsiiiRef state, FsiiiRef scoredOn, Integer score, boolean inRange) {

    public static final int NOT_RELEVANT = 9;

    static ScoreReading of(FsiiiRef state, Map<UUID, Integer> scores, int min, int max) {
        FsiiiRef read = scores.containsKey(state.uuid()) ? state : state.scoredOn();
        Integer score = read == null ? null : scores.get(read.uuid());
        boolean inRange = score != null && score != NOT_RELEVANT && score >= min && score <= max;
        return new ScoreReading(state, read, score, inRange);
    }

    /** True when the score was read from a successor rather than the state itself. */
    public boolean viaSuccessor() {
        return scoredOn != null && !scoredOn.uuid().equals(state.uuid());
    }

    /** "Kommunikation: 3 (for Anvende kommunikationsudstyr og -teknikker, udgået)". */
    public String describe() {
        if (scoredOn == null) {
            return state.name() + ": udgået uden afløser, kan ikke vurderes";
        }
        String value = score == null ? "ikke vurderet" : score == NOT_RELEVANT ? "9 (ikke relevant)" : score.toString();
        return scoredOn.name() + ": " + value + (viaSuccessor() ? " (for " + state.name() + ", udgået)" : "");
    }
}
