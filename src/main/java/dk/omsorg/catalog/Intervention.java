package dk.omsorg.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One grantable kind of help (indsats) in a catalogue.
 *
 * @param code                unique in its catalogue, e.g. {@code rh-bad}
 * @param fsiii               the FSIII intervention it reports as; null when none
 * @param typicalScore        "Scorer som udgangspunkt 3"; null when the standard gives none
 * @param shifts              the shifts it may be granted in; empty means all
 * @param criteria            allocation criteria; null when the standard states none
 * @param limits              frequency caps; each must hold
 * @param excludesInSameVisit codes of interventions in the same catalogue not granted at the same visit
 * @param startDeadline       overrides the area's; null to use the area's
 * @param deliveryWindows     override the area's; empty to use the area's
 * @param maxDuration         overrides the area's; null to use the area's
 * @param scope               SOCIAL shape: the scope in words, e.g. "15 timer pr. måned"
 * @param hoursPerMonth       SOCIAL shape: a numeric cap on hours per month
 * @param maxMonths           SOCIAL shape: a time-limited course's length in months
 * @param legalBases          dated legal bases overriding the area's; empty to use the area's
 * @param measure             what a grant of it measures: its own {@code measure}, else its area's, else TIME
 */
public record Intervention(String code, String name, FsiiiRef fsiii, String description, List<String> includes,
                           List<String> excludes, Integer typicalScore, Integer typicalMinutes,
                           String typicalFrequency, List<Shift> shifts, Criteria criteria, List<Limit> limits,
                           List<String> excludesInSameVisit, String exclusionText, StartDeadline startDeadline,
                           List<DeliveryWindow> deliveryWindows, MaxDuration maxDuration, String scope,
                           Integer hoursPerMonth, Integer maxMonths, List<LegalBasis> legalBases,
                           GrantMeasure measure) {

    /** An intervention measured in time. */
    public Intervention(String code, String name, FsiiiRef fsiii, String description, List<String> includes,
                        List<String> excludes, Integer typicalScore, Integer typicalMinutes, String typicalFrequency,
                        List<Shift> shifts, Criteria criteria, List<Limit> limits, List<String> excludesInSameVisit,
                        String exclusionText, StartDeadline startDeadline, List<DeliveryWindow> deliveryWindows,
                        MaxDuration maxDuration, String scope, Integer hoursPerMonth, Integer maxMonths,
                        List<LegalBasis> legalBases) {
        this(code, name, fsiii, description, includes, excludes, typicalScore, typicalMinutes, typicalFrequency, shifts,
                criteria, limits, excludesInSameVisit, exclusionText, startDeadline, deliveryWindows, maxDuration, scope,
                hoursPerMonth, maxMonths, legalBases, GrantMeasure.TIME);
    }

    /** An intervention whose legal basis is its area's. */
    public Intervention(String code, String name, FsiiiRef fsiii, String description, List<String> includes,
                        List<String> excludes, Integer typicalScore, Integer typicalMinutes, String typicalFrequency,
                        List<Shift> shifts, Criteria criteria, List<Limit> limits, List<String> excludesInSameVisit,
                        String exclusionText, StartDeadline startDeadline, List<DeliveryWindow> deliveryWindows,
                        MaxDuration maxDuration, String scope, Integer hoursPerMonth, Integer maxMonths) {
        this(code, name, fsiii, description, includes, excludes, typicalScore, typicalMinutes, typicalFrequency, shifts,
                criteria, limits, excludesInSameVisit, exclusionText, startDeadline, deliveryWindows, maxDuration, scope,
                hoursPerMonth, maxMonths, List.of());
    }

    public Intervention {
        includes = copy(includes);
        excludes = copy(excludes);
        shifts = copy(shifts);
        limits = copy(limits);
        excludesInSameVisit = copy(excludesInSameVisit);
        deliveryWindows = copy(deliveryWindows);
        legalBases = copy(legalBases);
        measure = measure == null ? GrantMeasure.TIME : measure;
    }

    /** The shifts it may be granted in: those listed, or all when none are. */
    public Set<Shift> allowedShifts() {
        return shifts.isEmpty() ? EnumSet.allOf(Shift.class) : EnumSet.copyOf(shifts);
    }

    public boolean excludesInSameVisit(String otherCode) {
        return excludesInSameVisit.contains(otherCode);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
