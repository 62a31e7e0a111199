package dk.omsorg.catalog;

import java.util.List;

/**
 * A cap across several interventions of an area, e.g. "Max. 5 spiseindsatser dagligt, heraf 2
 * mellemmåltider": {@code max} deliveries of {@code interventions} together per period, and
 * within that, caps on subsets.
 */
public record GroupLimit(String name, List<String> interventions, int max, LimitPeriod per, String text,
                         List<Within> within) {

    public GroupLimit {
        interventions = List.copyOf(interventions);
        within = within == null ? List.of() : List.copyOf(within);
        if (max < 1) {
            throw new IllegalArgumentException("A group limit's max must be positive");
        }
    }

    public String quote() {
        return text != null ? text : name + ": højst " + max + " " + per.danish();
    }

    /** A cap on a subset of the group, over the group's period. */
    public record Within(List<String> interventions, int max) {
        public Within {
            interventions = List.copyOf(interventions);
            if (max < 1) {
                throw new IllegalArgumentException("A within cap must be positive");
            }
        }
    }
}
