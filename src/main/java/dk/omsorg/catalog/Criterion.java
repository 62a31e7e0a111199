package dk.omsorg.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One allocation criterion on FSIII functional-ability scores. Scores are inclusive ranges within
 * 0–4; 9 (ikke relevant) and a state not assessed never meet a criterion.
 */
public sealed interface Criterion permits Criterion.StateRange, Criterion.AtLeast {

    int min();

    int max();

    /** The states the criterion names, in the file's order. */
    List<FsiiiRef> states();

    /** The criterion in Danish, with the states' names. */
    String describe();

    /** Reads the citizen's scores (keyed by state UUID) against the criterion. */
    CriterionCheck check(Map<UUID, Integer> scores);

    /** A score in {@code min..max} on one state: "Score 2–4 på Indkøb". */
    record StateRange(FsiiiRef state, int min, int max) implements Criterion {

        public StateRange {
            Ranges.require(min, max);
        }

        @Override
        public List<FsiiiRef> states() {
            return List.of(state);
        }

        @Override
        public String describe() {
            return "Score " + Ranges.text(min, max) + " på " + state.label();
        }

        @Override
        public CriterionCheck check(Map<UUID, Integer> scores) {
            ScoreReading reading = ScoreReading.of(state, scores, min, max);
            return new CriterionCheck(this, reading.inRange(), List.of(reading), reading.inRange() ? 1 : 0, 1);
        }
    }

    /**
     * A score in {@code min..max} on at least {@code atLeast} of the states in {@code of}. Two
     * retired states read from the same successor count once: the citizen has one score there.
     */
    record AtLeast(int atLeast, List<FsiiiRef> of, int min, int max) implements Criterion {

        public AtLeast {
            Ranges.require(min, max);
            of = List.copyOf(of);
            if (atLeast < 1 || atLeast > of.size()) {
                throw new IllegalArgumentException("atLeast must be between 1 and the number of states");
            }
        }

        @Override
        public List<FsiiiRef> states() {
            return of;
        }

        @Override
        public String describe() {
            return "Score " + Ranges.text(min, max) + " på mindst " + atLeast + " af: "
                    + of.stream().map(FsiiiRef::label).collect(Collectors.joining(", "));
        }

        @Override
        public CriterionCheck check(Map<UUID, Integer> scores) {
            List<ScoreReading> readings = new ArrayList<>();
            // keyed by the state actually read, so a successor reached twice counts once
            Map<UUID, Boolean> distinct = new LinkedHashMap<>();
            for (FsiiiRef state : of) {
                ScoreReading reading = ScoreReading.of(state, scores, min, max);
                readings.add(reading);
                if (reading.scoredOn() != null) {
                    distinct.merge(reading.scoredOn().uuid(), reading.inRange(), Boolean::logicalOr);
                }
            }
            int met = (int) distinct.values().stream().filter(b -> b).count();
            return new CriterionCheck(this, met >= atLeast, readings, met, atLeast);
        }

        /** How many different states can be read at all; below {@code atLeast}, nothing can meet it. */
        public int distinctScoredStates() {
            return (int) of.stream().map(FsiiiRef::scoredOn).filter(java.util.Objects::nonNull)
                    .map(FsiiiRef::uuid).distinct().count();
        }
    }

    /** Score ranges: inclusive, within 0–4. */
    final class Ranges {
        private Ranges() {
        }

        static void require(int min, int max) {
            if (min < 0 || max > 4 || min > max) {
                throw new IllegalArgumentException("A score range must lie within 0–4 with min ≤ max");
            }
        }

        static String text(int min, int max) {
            return min == max ? String.valueOf(min) : min + "–" + max;
        }
    }
}
