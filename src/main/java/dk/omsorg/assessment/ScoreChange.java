package dk.omsorg.assessment;

/**
 * One state's score in the latest assessment beside its score in the one before.
 *
 * @param previousScore null when the previous assessment did not score the state (or there is none)
 */
public record ScoreChange(FsiiiConcept area, FsiiiConcept state, int score, Integer previousScore, Trend trend) {
}
