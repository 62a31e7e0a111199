package dk.omsorg.specialcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One municipality's rules for special cases ({@code special-cases.yaml}), each with its validity: the criteria as
 * quoted to the caseworker, the case's interventions per setting and the follow-up interval.
 */
public record SpecialCasePolicy(int municipalityId, String source, List<Rules> rules, String file) {

    /**
     * @param packageCriteria      seed 000 KRITERIER 1: the municipality's criteria for an individual package, quoted
     * @param respirationCriterion seed 000 KRITERIER 1: a need caused by respiration monitoring goes to the coordinator
     * @param shiftsCriterion      seed 000 KRITERIER 2, quoted
     * @param minimumShifts        how many of day, evening and night need a fixed watch (seed 000: two)
     * @param interventions        the catalogue's intervention codes of the case, per setting
     * @param followUpMonths       the contact caseworker follows up this often (seed 000: every 3 months)
     * @param reportedUnderAge     the case's hours are in the yearly extract while the citizen is younger (seed 000: 67)
     * @param reportedAs           what the extract reports them as, in Danish (seed 000: § 83, stk. 1, nr. 1)
     */
    public record Rules(LocalDate validFrom, LocalDate validTo, String source, String packageCriteria,
                        String respirationCriterion, String shiftsCriterion, int minimumShifts,
                        Map<SpecialCaseSetting, List<String>> interventions, int followUpMonths, int reportedUnderAge,
                        String reportedAs) {

        public boolean inForce(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        /** Whether the intervention is one of the case's, in any setting. */
        public boolean caseIntervention(String interventionCode) {
            return interventions.values().stream().anyMatch(codes -> codes.contains(interventionCode));
        }
    }

    public Optional<Rules> on(LocalDate day) {
        return rules.stream().filter(r -> r.inForce(day)).findFirst();
    }
}
