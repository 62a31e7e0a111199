package dk.omsorg.catalog;

import java.util.List;

/**
 * What a citizen with given scores can get under a catalogue: every intervention with its
 * criteria read against the scores, by area.
 */
public record Eligibility(Catalog catalog, List<AreaEligibility> areas) {

    public Eligibility {
        areas = List.copyOf(areas);
    }

    /** The interventions whose FSIII criteria are all met, in catalogue order. */
    public List<InterventionEligibility> eligible() {
        return areas.stream().flatMap(a -> a.eligible().stream()).toList();
    }

    /** The areas with at least one intervention whose criteria are met. */
    public List<AreaEligibility> areasWithEligible() {
        return areas.stream().filter(a -> !a.eligible().isEmpty()).toList();
    }

    /** The areas with interventions that need a concrete assessment (no FSIII criteria, or an alternative route). */
    public List<AreaEligibility> areasNeedingAssessment() {
        return areas.stream().filter(a -> !a.needingAssessment().isEmpty()).toList();
    }

    public record AreaEligibility(Area area, List<InterventionEligibility> interventions) {

        public AreaEligibility {
            interventions = List.copyOf(interventions);
        }

        public List<InterventionEligibility> eligible() {
            return interventions.stream().filter(InterventionEligibility::met).toList();
        }

        public List<InterventionEligibility> needingAssessment() {
            return interventions.stream().filter(i -> i.evaluation().needsConcreteAssessment()).toList();
        }
    }

    public record InterventionEligibility(Intervention intervention, CriteriaEvaluation evaluation) {

        public boolean met() {
            return evaluation.met();
        }
    }
}
