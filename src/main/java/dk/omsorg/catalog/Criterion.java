package dk.omsorg.catalog;

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

    /** The criterion in Danish for the caseworker, a retired state marked with the state it is scored on now. */
    String describe();

    /** The criterion in the standard's own words for a letter: the states' names only, nothing about KL's codes. */
    String describeForCitizen();

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
        public String describeForCitizen() {
            return "Score " + Ranges.text(min, max) + " på " + state.name();
        }

        @Override
        public CriterionCheck check(Map<UUID, Integer> scores) {
            ScoreReading reading = ScoreReading.of(state, scores, min, max);
            return new CriterionCheck(this, reading.inRange(), List.of(reading), reading.inRange() ? 1 : 0, 1);
        }
    }

    /**
     * A score in {@code min..max} on at least {@code atLeast} of the states in {@code of}. Each
     * listed state counts: a retired state is read from its successor, so a citizen scored on a state
     * KL merged from several listed states is scored on each of them (KL's 2024 simplification folded
     * e.g. Løfte og bære, Færden i forskellige omgivelser and Muskelstyrke into Mobilitet og
     * bevægelse; a standard written before it still lists them one by one).
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
        public String describeForCitizen() {
            return "Score " + Ranges.text(min, max) + " på mindst " + atLeast + " af: "
                    + of.stream().map(FsiiiRef::name).collect(Collectors.joining(", "));
        }

        @Override
        public CriterionCheck check(Map<UUID, Integer> scores) {
            List<ScoreReading> readings = of.stream().map(state -> ScoreReading.of(state, scores, min, max)).toList();
            int met = (int) readings.stream().filter(ScoreReading::inRange).count();
            return new CriterionCheck(this, met >= atLeast, readings, met, atLeast);
        }

        /** How many listed states can be scored at all; below {@code atLeast}, nothing can meet it. */
        public int scorableStates() {
            return (int) of.stream().filter(s -> s.scoredOn() != null).count();
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
