package dk.omsorg.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One criterion read against a citizen's scores.
 *
 * @param met      how many listed states met the range (each listed state counts, also when read from a shared successor)
 * @param required how many had to
 */
public record CriterionCheck(Criterion criterion, boolean met, List<ScoreReading> readings, int metCount,
                             int required) {

    public CriterionCheck {
        readings = List.copyOf(readings);
    }

    /** "Score 2–4 på Indkøb: opfyldt (Indkøb: 3)". */
    public String explain() {
        String read = readings.stream().map(ScoreReading::describe).collect(Collectors.joining("; "));
        String counted = criterion instanceof Criterion.AtLeast ? " – " + metCount + " af mindst " + required : "";
        return criterion.describe() + ": " + (met ? "opfyldt" : "ikke opfyldt") + counted + " (" + read + ")";
    }
}
